package vn.gov.scorecard.schedule;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.job.RunCommand;
import vn.gov.scorecard.job.RunOptions;
import vn.gov.scorecard.job.RunProperties;
import vn.gov.scorecard.period.Period;

/**
 * The scheduled mode ({@code --schedule}): the process stays up and, on the cron (default 02:00 on
 * the 1st of each month, Asia/Ho_Chi_Minh), runs the job for every period that has just ended,
 * reading {@code scorecard.input} and writing to {@code scorecard.output}, with the day it runs
 * as the as-of date. A run that fails is logged with its reason and the schedule goes on.
 * <p>
 * Asked to stop (the context closes on SIGTERM), it stops first of all the application's parts:
 * the run in progress ends at the end of its current step, resumable, and no other starts; only
 * then do the scheduler and the database close.
 */
@Component
@ConditionalOnBooleanProperty("schedule")
class ScheduledRuns implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

	private final RunCommand command;
	private final RunProperties run;
	private final ScheduleProperties schedule;
	private final Clock clock;
	private final TaskScheduler scheduler;
	private final ReentrantLock ticking = new ReentrantLock();
	private volatile boolean running;
	private ScheduledFuture<?> ticks;

	ScheduledRuns(RunCommand command, RunProperties run, ScheduleProperties schedule, Clock clock, TaskScheduler scheduler) {
		this.command = command;
		this.run = run;
		this.schedule = schedule;
		this.clock = clock;
		this.scheduler = scheduler;
	}

	/** Runs every period that ended before today; a tick that finds the last still going is skipped. */
	void runPeriodsJustEnded() {
		if (!running || !ticking.tryLock()) {
			return;
		}
		try {
			LocalDate today = LocalDate.now(clock.withZone(schedule.zone()));
			for (Period period : SchedulePlan.periodsEndedBefore(today)) {
				if (!running) {
					break;
				}
				try {
					log.info("scheduled run of {} (as of {})", period, today);
					command.execute(RunOptions.checked(period, Path.of(run.input()), Path.of(run.output()), today, false));
				}
				catch (RunCommand.StoppedException e) {
					log.warn("scheduled run of {}: {}", period, e.getMessage());
				}
				catch (Exception e) {
					log.error("scheduled run of {} failed (exit code {}): {}", period, ExitCode.of(e).code(), ExitCode.reason(e));
				}
			}
		}
		finally {
			ticking.unlock();
		}
	}

	@Override
	public void start() {
		if (run.input() == null || run.output() == null) {
			throw new IllegalStateException("the scheduled mode needs scorecard.input and scorecard.output");
		}
		log.info("scheduled mode: cron '{}' in {}, input {}, output {}", schedule.cron(), schedule.zone(), run.input(),
				run.output());
		running = true;
		ticks = scheduler.schedule(this::runPeriodsJustEnded, new CronTrigger(schedule.cron(), schedule.zone()));
	}

	/** Stops the run in progress at a safe point and waits for it. */
	@Override
	public void stop() {
		running = false;
		ticks.cancel(false);
		log.info("scheduled mode: stopping");
		try {
			command.stop();
		}
		catch (Exception e) {
			log.warn("scheduled mode: could not ask the run in progress to stop: {}", e.getMessage());
		}
		ticking.lock();
		ticking.unlock();
		log.info("scheduled mode stopped");
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Stopped before everything else, while the database and the scheduler still serve the run. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}
}

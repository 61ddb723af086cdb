package vn.gov.scorecard.schedule;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.job.RunCommand;
import vn.gov.scorecard.job.RunOptions;
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
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty("schedule")
class ScheduledRuns implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

	private final RunCommand command;
	private final Path input;
	private final Path output;
	private final Clock clock;
	private final ReentrantLock ticking = new ReentrantLock();
	private volatile boolean running;

	ScheduledRuns(RunCommand command, @Value("${scorecard.input}") Path input, @Value("${scorecard.output}") Path output,
			@Value("${scorecard.schedule.cron:0 0 2 1 * *}") String cron,
			@Value("${scorecard.schedule.zone:Asia/Ho_Chi_Minh}") String zone) {
		this.command = command;
		this.input = input;
		this.output = output;
		this.clock = Clock.system(ZoneId.of(zone));
		log.info("scheduled mode: cron '{}' in {}, input {}, output {}", cron, zone, input, output);
	}

	@Scheduled(cron = "${scorecard.schedule.cron:0 0 2 1 * *}", zone = "${scorecard.schedule.zone:Asia/Ho_Chi_Minh}")
	void runPeriodsJustEnded() {
		if (!running || !ticking.tryLock()) {
			return;
		}
		try {
			LocalDate today = LocalDate.now(clock);
			for (Period period : SchedulePlan.periodsEndedBefore(today)) {
				if (!running) {
					break;
				}
				try {
					log.info("scheduled run of {} (as of {})", period, today);
					command.execute(RunOptions.checked(period, input, output, today, false));
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
		running = true;
	}

	/** Stops the run in progress at a safe point and waits for it. */
	@Override
	public void stop() {
		running = false;
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

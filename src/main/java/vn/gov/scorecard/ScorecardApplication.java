package vn.gov.scorecard;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.job.RunCommand;
import vn.gov.scorecard.job.RunHistory;
import vn.gov.scorecard.job.RunProperties;
import vn.gov.scorecard.job.ExitCode.InvalidArgumentsException;
import vn.gov.scorecard.schedule.ScheduleProperties;
import vn.gov.scorecard.schedule.ScheduledTick;
import vn.gov.scorecard.schedule.Scheduler;

/**
 * The application the command line's modes open: a run, the history, the schedule and its
 * plan, each in a Spring context of its own that is closed when the work is done. The
 * command line itself, and {@code main}, are {@link ScorecardCommand}'s.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ScorecardApplication {

	/**
	 * The scheduled mode: ticks on the cron until SIGTERM (systemd's stop) or SIGINT
	 * (Ctrl+C), then returns 0; {@code args} are Spring's. Each tick opens the
	 * application and closes it after, so that the database is free between ticks.
	 */
	static ExitCode schedule(String... args) {
		Scheduler scheduler;
		try {
			scheduler = scheduler(Clock.systemUTC(), args);
		}
		catch (RuntimeException e) {
			System.err.println("scorecard: " + ExitCode.reason(e));
			return ExitCode.of(e);
		}
		stopCleanlyOnSignals(scheduler);
		scheduler.run();
		return ExitCode.SUCCESS;
	}

	/** The scheduled mode's scheduler, not started: its tick's day is {@code clock}'s. */
	public static Scheduler scheduler(Clock clock, String... args) {
		ScheduleProperties schedule;
		try (ConfigurableApplicationContext settings = new SpringApplicationBuilder(ScheduleSettings.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(args)) {
			RunProperties run = settings.getBean(RunProperties.class);
			if (run.input() == null || run.input().isBlank() || run.output() == null || run.output().isBlank()) {
				throw new InvalidArgumentsException("the scheduled mode needs scorecard.input and scorecard.output");
			}
			if (run.acceptProvinceChange() || run.acceptUnitChanges()) {
				throw new InvalidArgumentsException(
						"the scheduled mode never accepts a province or unit change: run the period"
								+ " by hand with --accept-province-change or --accept-unit-changes");
			}
			schedule = settings.getBean(ScheduleProperties.class);
		}
		return new Scheduler(schedule, clock, new ApplicationTicks(args));
	}

	/**
	 * Only the scheduled mode's settings: no database, no job. Not a
	 * {@code @Configuration}, so scans leave it out.
	 */
	@EnableConfigurationProperties({ ScheduleProperties.class, RunProperties.class })
	static class ScheduleSettings {

	}

	/**
	 * A tick in an application opened for it; stopping reaches the tick whether its
	 * application is up yet or not.
	 */
	private static final class ApplicationTicks implements Scheduler.Ticks {

		private final String[] args;

		private volatile ScheduledTick current;

		private volatile boolean stopping;

		ApplicationTicks(String[] args) {
			this.args = args;
		}

		@Override
		public void tick(LocalDate day) {
			inContext(args, context -> {
				ScheduledTick tick = context.getBean(ScheduledTick.class);
				current = tick;
				if (stopping) {
					tick.stop();
				}
				tick.tick(day);
				current = null;
				return ExitCode.SUCCESS;
			});
		}

		@Override
		public void stopTick() {
			stopping = true;
			ScheduledTick tick = current;
			if (tick != null) {
				try {
					tick.stop();
				}
				catch (Exception e) {
					LoggerFactory.getLogger(ScorecardApplication.class)
						.warn("scheduled mode: could not ask the run in progress to stop: {}", e.getMessage());
				}
			}
		}

	}

	/**
	 * On SIGTERM (systemd's stop) or SIGINT (Ctrl+C), stops the scheduler, and the run in
	 * progress at a safe point.
	 */
	private static void stopCleanlyOnSignals(Scheduler scheduler) {
		onSignals(signal -> {
			try {
				scheduler.stop();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
	}

	/**
	 * Handles SIGTERM and SIGINT in place of the JVM's shutdown, logging which came: a
	 * run cannot go on while the JVM shuts down (fonts, temporary files and threads can
	 * no longer be had then), so the handler asks the work to stop at a safe point and
	 * lets it return.
	 */
	@SuppressWarnings("removal")
	private static void onSignals(java.util.function.Consumer<String> stop) {
		sun.misc.SignalHandler handler = signal -> {
			LoggerFactory.getLogger(ScorecardApplication.class)
				.info("SIG{} received: stopping at a safe point", signal.getName());
			stop.accept(signal.getName());
		};
		sun.misc.Signal.handle(new sun.misc.Signal("TERM"), handler);
		sun.misc.Signal.handle(new sun.misc.Signal("INT"), handler);
	}

	/**
	 * Prints what a tick on {@code day} would do ({@code --schedule --plan}), touching
	 * nothing; {@code args} are Spring's.
	 */
	static ExitCode plan(LocalDate day, String... args) {
		return inContext(args, context -> {
			context.getBean(ScheduledTick.class).printPlan(day, System.out);
			return ExitCode.SUCCESS;
		});
	}

	/**
	 * Prints the past runs ({@code --history}) and returns the exit code; {@code args}
	 * are Spring's.
	 */
	static ExitCode history(String... args) {
		return inContext(args, context -> {
			context.getBean(RunHistory.class).print(System.out);
			return ExitCode.SUCCESS;
		});
	}

	/**
	 * Runs once and returns the exit code; {@code args} are Spring's. SIGTERM (systemd,
	 * kill) or SIGINT (Ctrl+C) stops the run at the end of its current step, resumable by
	 * the same command (exit 9), as in the scheduled mode.
	 */
	static ExitCode runOnce(String... args) {
		return inContext(args, context -> {
			RunCommand command = context.getBean(RunCommand.class);
			onSignals(signal -> {
				try {
					command.stop();
				}
				catch (Exception e) {
					LoggerFactory.getLogger(ScorecardApplication.class)
						.warn("could not ask the run to stop: {}", e.getMessage());
				}
			});
			return command.execute();
		});
	}

	@FunctionalInterface
	private interface Work {

		ExitCode in(ConfigurableApplicationContext context) throws Exception;

	}

	/**
	 * Starts the application, does the work and closes it again. A failure prints its
	 * one-line reason on stderr (and, for an internal error, the stack trace in the log)
	 * and gives its exit code.
	 */
	private static ExitCode inContext(String[] args, Work work) {
		try (ConfigurableApplicationContext context = application().run(args)) {
			return work.in(context);
		}
		catch (Exception e) {
			ExitCode code = ExitCode.of(e);
			if (code == ExitCode.INTERNAL_ERROR) {
				LoggerFactory.getLogger(ScorecardApplication.class).error("failed", e);
			}
			System.err.println("scorecard: " + ExitCode.reason(e));
			return code;
		}
	}

	private static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(ScorecardApplication.class).logStartupInfo(false);
	}

}

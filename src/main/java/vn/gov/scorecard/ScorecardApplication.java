package vn.gov.scorecard;

import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.job.RunCommand;
import vn.gov.scorecard.job.RunHistory;

/**
 * Computes the compliance scorecards of a province's units for one period, then exits:
 * {@code java -jar scorecard.jar --input=DIR --period=P --output=DIR [--as-of=yyyy-MM-dd]}. Its
 * other modes and every option are in {@link ScorecardCommand}, which {@code --help} prints.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ScorecardApplication {

	public static void main(String[] args) {
		ScorecardCommand command = new ScorecardCommand();
		int code = ScorecardCommand.commandLine(command).execute(args);
		if (!command.keepsRunning) {
			System.exit(code);
		}
	}

	/** The exit code of a command line that does not keep running: the entry point as tests use it. */
	public static ExitCode run(String... args) {
		return ExitCode.ofCode(ScorecardCommand.commandLine(new ScorecardCommand()).execute(args));
	}

	/**
	 * Starts the scheduled mode and returns, leaving the application running on its cron until the
	 * process is stopped; {@code args} are Spring's, {@code --schedule=true} among them.
	 */
	public static ConfigurableApplicationContext schedule(String... args) {
		return application().registerShutdownHook(false).properties("spring.main.keep-alive=true").run(args);
	}

	/**
	 * On SIGTERM (systemd's stop) or SIGINT (Ctrl+C), closes the scheduled mode's context, which
	 * lets a run in progress end its current step and stop there, resumable, then exits 0. The
	 * signals are handled here rather than by the JVM's shutdown because a run cannot go on while
	 * the JVM shuts down: fonts, temporary files and threads can no longer be had then.
	 */
	@SuppressWarnings("removal")
	static void stopCleanlyOnSignals(ConfigurableApplicationContext context) {
		sun.misc.SignalHandler stop = signal -> {
			LoggerFactory.getLogger(ScorecardApplication.class).info("scheduled mode: SIG{} received", signal.getName());
			context.close();
			System.exit(ExitCode.SUCCESS.code());
		};
		sun.misc.Signal.handle(new sun.misc.Signal("TERM"), stop);
		sun.misc.Signal.handle(new sun.misc.Signal("INT"), stop);
	}

	/** Prints the past runs ({@code --history}) and returns the exit code; {@code args} are Spring's. */
	static ExitCode history(String... args) {
		return inContext(args, context -> {
			context.getBean(RunHistory.class).print(System.out);
			return ExitCode.SUCCESS;
		});
	}

	/** Runs once and returns the exit code; {@code args} are Spring's. */
	static ExitCode runOnce(String... args) {
		return inContext(args, context -> context.getBean(RunCommand.class).execute());
	}

	@FunctionalInterface
	private interface Work {
		ExitCode in(ConfigurableApplicationContext context) throws Exception;
	}

	/**
	 * Starts the application, does the work and closes it again. A failure prints its one-line
	 * reason on stderr (and, for an internal error, the stack trace in the log) and gives its exit code.
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

package vn.gov.scorecard;

import java.nio.file.Path;
import java.util.Arrays;

import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.job.RunCommand;
import vn.gov.scorecard.job.RunHistory;
import vn.gov.scorecard.sample.SampleData;

/**
 * Computes the compliance scorecards of a province's units for one period, then exits:
 * {@code java -jar scorecard.jar --input=DIR --period=P --output=DIR [--as-of=yyyy-MM-dd]}. It also
 * runs on a schedule ({@code --schedule}), lists past runs ({@code --history}) and writes the
 * sample province's input files ({@code --generate-sample=DIR}), or a national data set for
 * benchmarks ({@code --generate-national=DIR [--scale=0.01…1]}). {@code --help} lists them all
 * (from {@code usage.txt}) and touches nothing.
 */
@SpringBootApplication
public class ScorecardApplication {

	public static void main(String[] args) {
		if (Arrays.stream(args).anyMatch(a -> a.equals("--help") || a.equals("-h"))) {
			System.out.print(usage());
			return;
		}
		if (args.length >= 1 && args[0].startsWith("--generate-sample=")) {
			Path directory = Path.of(args[0].substring("--generate-sample=".length()));
			SampleData.write(directory, 2026);
			System.out.println("sample province written to " + directory.toAbsolutePath());
			return;
		}
		if (args.length >= 1 && args[0].startsWith("--generate-national=")) {
			Path directory = Path.of(args[0].substring("--generate-national=".length()));
			double scale = Arrays.stream(args).filter(a -> a.startsWith("--scale=")).findFirst()
					.map(a -> Double.parseDouble(a.substring("--scale=".length()))).orElse(1.0);
			SampleData.Size size = SampleData.Size.national(scale);
			SampleData.write(directory, 2026, size);
			System.out.println(size.provinces() + " provinces written to " + directory.toAbsolutePath());
			return;
		}
		if (Arrays.asList(args).contains("--history")) {
			System.exit(history(args).code());
		}
		if (Arrays.stream(args).anyMatch(a -> a.equals("--schedule") || a.equals("--schedule=true"))) {
			try {
				stopCleanlyOnSignals(schedule(args));
			}
			catch (Exception e) {
				System.err.println("scorecard: " + ExitCode.reason(e));
				System.exit(ExitCode.of(e).code());
			}
			return;
		}
		System.exit(run(args).code());
	}

	/**
	 * Starts the scheduled mode and returns, leaving the application running on its cron until the
	 * process is stopped. {@code --schedule} alone means {@code --schedule=true}.
	 */
	public static ConfigurableApplicationContext schedule(String... args) {
		String[] arguments = Arrays.stream(args).map(a -> a.equals("--schedule") ? "--schedule=true" : a)
				.toArray(String[]::new);
		return application().registerShutdownHook(false).properties("spring.main.keep-alive=true").run(arguments);
	}

	/**
	 * On SIGTERM (systemd's stop) or SIGINT (Ctrl+C), closes the scheduled mode's context, which
	 * lets a run in progress end its current step and stop there, resumable, then exits 0. The
	 * signals are handled here rather than by the JVM's shutdown because a run cannot go on while
	 * the JVM shuts down: fonts, temporary files and threads can no longer be had then.
	 */
	@SuppressWarnings("removal")
	private static void stopCleanlyOnSignals(ConfigurableApplicationContext context) {
		sun.misc.SignalHandler stop = signal -> {
			LoggerFactory.getLogger(ScorecardApplication.class).info("scheduled mode: SIG{} received", signal.getName());
			context.close();
			System.exit(ExitCode.SUCCESS.code());
		};
		sun.misc.Signal.handle(new sun.misc.Signal("TERM"), stop);
		sun.misc.Signal.handle(new sun.misc.Signal("INT"), stop);
	}

	/** Prints the past runs ({@code --history}) and returns the exit code. */
	public static ExitCode history(String... args) {
		try (ConfigurableApplicationContext context = application().run(args)) {
			context.getBean(RunHistory.class).print(System.out);
			return ExitCode.SUCCESS;
		}
		catch (Exception e) {
			System.err.println("scorecard: " + ExitCode.reason(e));
			return ExitCode.of(e);
		}
	}

	/** Runs once and returns the exit code; on failure prints the one-line reason on stderr. */
	public static ExitCode run(String... args) {
		try (ConfigurableApplicationContext context = application().run(args)) {
			return context.getBean(RunCommand.class).execute();
		}
		catch (Exception e) {
			ExitCode code = ExitCode.of(e);
			if (code == ExitCode.INTERNAL_ERROR) {
				LoggerFactory.getLogger(ScorecardApplication.class).error("run failed", e);
			}
			System.err.println("scorecard: " + ExitCode.reason(e));
			return code;
		}
	}

	static String usage() {
		try (var in = ScorecardApplication.class.getResourceAsStream("/usage.txt")) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(ScorecardApplication.class).logStartupInfo(false);
	}
}

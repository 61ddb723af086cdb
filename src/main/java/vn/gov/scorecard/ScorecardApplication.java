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
 * benchmarks ({@code --generate-national=DIR [--scale=0.01…1]}).
 */
@SpringBootApplication
public class ScorecardApplication {

	public static void main(String[] args) {
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
			schedule(args);
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
		return application().properties("spring.main.keep-alive=true").run(arguments);
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

	private static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(ScorecardApplication.class).logStartupInfo(false);
	}
}

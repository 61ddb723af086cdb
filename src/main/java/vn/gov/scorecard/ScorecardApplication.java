package vn.gov.scorecard;

import java.nio.file.Path;

import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.job.RunCommand;
import vn.gov.scorecard.sample.SampleProvince;

/**
 * Computes the compliance scorecards of a province's units for one period, then exits:
 * {@code java -jar scorecard.jar --input=DIR --period=P --output=DIR [--as-of=yyyy-MM-dd]}; or writes
 * the sample province's input files: {@code --generate-sample=DIR}.
 */
@SpringBootApplication
public class ScorecardApplication {

	public static void main(String[] args) {
		if (args.length >= 1 && args[0].startsWith("--generate-sample=")) {
			Path directory = Path.of(args[0].substring("--generate-sample=".length()));
			SampleProvince.write(directory, 2026);
			System.out.println("sample province written to " + directory.toAbsolutePath());
			return;
		}
		System.exit(run(args).code());
	}

	/** Runs once and returns the exit code; on failure prints the one-line reason on stderr. */
	public static ExitCode run(String... args) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ScorecardApplication.class)
				.logStartupInfo(false)
				.run(args)) {
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
}

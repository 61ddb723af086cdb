package vn.gov.scorecard;

import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.job.RunCommand;

/**
 * Computes the compliance scorecards of a province's units for one period, then exits:
 * {@code java -jar scorecard.jar --input=DIR --period=P --output=DIR [--as-of=yyyy-MM-dd]}.
 */
@SpringBootApplication
public class ScorecardApplication {

	public static void main(String[] args) {
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

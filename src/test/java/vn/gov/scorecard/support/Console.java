package vn.gov.scorecard.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import vn.gov.scorecard.ScorecardCommand;
import vn.gov.scorecard.job.ExitCode;

/** The command line run in this JVM, as an operator sees it on the console. */
public final class Console {

	private Console() {
	}

	/**
	 * Runs the command, asserts its exit code, and returns what it printed on stdout and
	 * stderr (the log included).
	 */
	public static String run(ExitCode expected, String... args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
		System.setOut(capture);
		System.setErr(capture);
		try {
			assertThat(ScorecardCommand.run(args)).as(printed.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
		return printed.toString(StandardCharsets.UTF_8);
	}

}

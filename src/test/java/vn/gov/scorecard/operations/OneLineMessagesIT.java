package vn.gov.scorecard.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.support.ChildJvm;
import vn.gov.scorecard.support.PostgresServer;
import vn.gov.scorecard.support.TestDatabase;

/**
 * Every failure an operator can cause or meet is one line with its documented exit code,
 * and no stack trace on the console (issue 24, point 7). The full disk and the read-only
 * folder are in {@link DisksIT}; the database lost mid-run in {@link DatabaseOutageIT}.
 */
class OneLineMessagesIT {

	@Test
	void aBadOptionValue(@TempDir Path work) throws Exception {
		assertOneLine(work, 2,
				"scorecard: Invalid value for option '--as-of': '15/10/2026' is not a date written yyyy-MM-dd"
						+ " (e.g. 2026-10-15)",
				"--input=" + province(work), "--period=2026-09", "--output=" + work.resolve("out"),
				"--as-of=15/10/2026");
	}

	@Test
	void anInvalidRuleFile(@TempDir Path work) throws Exception {
		Path rules = Files.writeString(work.resolve("rules.yml"), "version: \"2027.1\"\nweights: [\n",
				StandardCharsets.UTF_8);
		try (TestDatabase database = TestDatabase.create()) {
			String[] db = database.springArguments();
			assertOneLine(work, 2, "scorecard: " + rules + ":3: ", "--input=" + province(work), "--period=2026-09",
					"--output=" + work.resolve("out"), "--as-of=2026-10-05", "--scorecard.rules=file:" + rules, db[0],
					db[1]);
		}
	}

	@Test
	void aRefusedLogin(@TempDir Path work) throws Exception {
		PostgresServer server = PostgresServer.required();
		String url = server.createDatabase("");
		assertOneLine(work, 7, "scorecard: the database refused the login", "--input=" + province(work),
				"--period=2026-09", "--output=" + work.resolve("out"), "--as-of=2026-10-05",
				"--spring.datasource.url=" + url, "--spring.datasource.username=" + server.user(),
				"--spring.datasource.password=wrong");
	}

	/**
	 * Runs the command; it must exit with {@code exit} and print {@code line} as its only
	 * "scorecard:" line, and no stack trace.
	 */
	private static void assertOneLine(Path work, int exit, String line, String... args) throws Exception {
		try (ChildJvm child = ChildJvm.start(work.resolve("child.log"), args)) {
			child.finished(exit);
			assertThat(child.failureLine()).startsWith(line);
		}
	}

	private static Path province(Path work) throws IOException {
		Path input = Files.createDirectories(work.resolve("in"));
		Files.writeString(input.resolve("units.csv"), "unit_code,unit_name,unit_type\nSO1,Sở Nội vụ,SO\n",
				StandardCharsets.UTF_8);
		return input;
	}

}

package vn.gov.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;

import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.rules.RuleSet;
import vn.gov.scorecard.support.Console;
import vn.gov.scorecard.support.TestDatabase;

/**
 * A rule set is known by its name and its content (SPEC §5 v3): a changed file under a
 * name an earlier run used is refused, an invalid file is one line, and a failed run
 * resumes only under the rule set it began with.
 */
class RuleSetIdentityTest {

	@TempDir
	Path work;

	@Test
	void aChangedRuleFileUnderAUsedNameIsRefusedAndAnInvalidOneIsOneLine() throws IOException {
		Path input = Files.createDirectories(work.resolve("input"));
		Files.writeString(input.resolve("units.csv"), "unit_code,unit_name,unit_type\nSO01,Sở Nội vụ,SO\n",
				StandardCharsets.UTF_8);
		String bundled = new String(new ClassPathResource("rules.yml").getInputStream().readAllBytes(),
				StandardCharsets.UTF_8);
		Path rules = work.resolve("rules.yml");
		Files.writeString(rules, bundled.replace("version: \"2026.2\"", "version: \"T1\""), StandardCharsets.UTF_8);
		try (TestDatabase database = TestDatabase.create()) {
			String[] db = database.springArguments();
			String[] run = { "--input=" + input, "--period=2026-09", "--output=" + work.resolve("out"),
					"--as-of=2026-11-24", "--scorecard.rules=file:" + rules, db[0], db[1] };
			Console.run(ExitCode.SUCCESS, run);
			assertThat(work.resolve("out/2026-09/run.json")).content()
				.contains("\"ruleSet\" : \"T1\"", "\"ruleSetSha256\" : \""
						+ RuleSet.load(new org.springframework.core.io.FileSystemResource(rules)).sha256() + "\"");

			// the weights changed, the name did not
			Files.writeString(rules,
					bundled.replace("version: \"2026.2\"", "version: \"T1\"")
						.replace("DIGITAL_RATE:      { weight: 20", "DIGITAL_RATE:      { weight: 15")
						.replace("TASK_ON_TIME:      { weight: 15", "TASK_ON_TIME:      { weight: 20"),
					StandardCharsets.UTF_8);
			assertThat(Console.run(ExitCode.INVALID_ARGUMENTS, run)).contains(
					"scorecard: rule set T1 was used by run 1 with other content: give the changed rules a new version");
			assertThat(work.resolve("out/2026-09/run.json")).content().contains("\"runId\" : 1,");

			// bands out of order: one line, naming the file and the line, and no stack
			// trace
			Files.writeString(rules,
					bundled.replace("version: \"2026.2\"", "version: \"T2\"").replace("min: 70 }", "min: 95 }"),
					StandardCharsets.UTF_8);
			String printed = Console.run(ExitCode.INVALID_ARGUMENTS, run);
			assertThat(printed).contains("scorecard: " + rules + ":37: the bands must be written highest first, each"
					+ " minimum below the one before: 'Hoàn thành tốt nhiệm vụ' (95) follows 'Hoàn thành xuất sắc nhiệm vụ' (90)");
			assertThat(printed.lines()).noneMatch(line -> line.startsWith("\tat ") || line.contains("Exception"));
		}
	}

	@Test
	void aFailedRunIsAbandonedWhenAskedForUnderAnotherRuleSet() throws IOException {
		Path input = Files.createDirectories(work.resolve("input"));
		// no header: the load fails, and the run can be resumed
		Files.writeString(input.resolve("units.csv"), "", StandardCharsets.UTF_8);
		String bundled = new String(new ClassPathResource("rules.yml").getInputStream().readAllBytes(),
				StandardCharsets.UTF_8);
		Path first = work.resolve("first.yml");
		Path second = work.resolve("second.yml");
		Files.writeString(first, bundled.replace("version: \"2026.2\"", "version: \"A\""), StandardCharsets.UTF_8);
		Files.writeString(second, bundled.replace("version: \"2026.2\"", "version: \"B\""), StandardCharsets.UTF_8);
		try (TestDatabase database = TestDatabase.create()) {
			String[] db = database.springArguments();
			String output = "--output=" + work.resolve("out");
			Console.run(ExitCode.INPUT_PROBLEM, "--input=" + input, "--period=2026-09", output, "--as-of=2026-11-24",
					"--scorecard.rules=file:" + first, db[0], db[1]);
			String printed = Console.run(ExitCode.INPUT_PROBLEM, "--input=" + input, "--period=2026-09", output,
					"--as-of=2026-11-24", "--scorecard.rules=file:" + second, db[0], db[1]);
			assertThat(printed).contains("abandoning run 1 of 2026-09")
				.contains(", rule set A (")
				.contains(", rule set B (");
			assertThat(database.jdbc()
				.queryForList("""
						SELECT e.status FROM batch_job_execution e ORDER BY e.job_instance_id, e.job_execution_id""",
						String.class))
				.containsExactly("ABANDONED", "FAILED");
		}
	}

}

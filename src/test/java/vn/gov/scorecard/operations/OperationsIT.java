package vn.gov.scorecard.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.scorecard.ScorecardApplication;
import vn.gov.scorecard.ScorecardCommand;
import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.job.RunHistory;
import vn.gov.scorecard.schedule.Scheduler;
import vn.gov.scorecard.rules.RuleSet;
import vn.gov.scorecard.support.ChildJvm;
import vn.gov.scorecard.support.TestDatabase;

/** Reruns, history, one run per period at a time, and the scheduled mode. */
class OperationsIT {

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private static void write(Path directory, String name, String content) throws IOException {
		Files.createDirectories(directory);
		Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
	}

	/**
	 * A small province: one department, one commune; X1 has 1 of 2 work items digital in
	 * September.
	 */
	private static Path province(Path directory) throws IOException {
		write(directory, "units.csv",
				"unit_code,unit_name,unit_type\nSO1,Sở Nội vụ,SO\nX1,Ủy ban nhân dân xã Hồng Thái,XA\n");
		write(directory, "work_items.csv", """
				unit_code,item_id,kind,received_on,processed_digitally
				X1,1,CONG_VIEC,2026-09-02,true
				X1,2,CONG_VIEC,2026-09-03,false
				""");
		return directory;
	}

	private static String[] arguments(TestDatabase database, Path input, Path out, String period) {
		String[] db = database.springArguments();
		return new String[] { "--input=" + input, "--period=" + period, "--output=" + out, "--as-of=2026-10-05", db[0],
				db[1] };
	}

	@Test
	void aRerunAfterACorrectedFileIsANewRunAndKeepsTheEarlierOne(@TempDir Path work) throws Exception {
		Path input = province(work.resolve("in"));
		Path out = work.resolve("out");
		try (TestDatabase database = TestDatabase.create()) {
			assertThat(ScorecardCommand.run(arguments(database, input, out, "2026-09"))).isEqualTo(ExitCode.SUCCESS);
			// the corrected delivery, the whole file again: work item 2 was in fact
			// processed digitally
			write(input, "work_items.csv", "unit_code,item_id,kind,received_on,processed_digitally\n"
					+ "X1,1,CONG_VIEC,2026-09-02,true\nX1,2,CONG_VIEC,2026-09-03,true\n");
			assertThat(ScorecardCommand.run(arguments(database, input, out, "2026-09"))).isEqualTo(ExitCode.SUCCESS);

			JsonNode run = JsonMapper.builder().build().readTree(out.resolve("2026-09/run.json").toFile());
			long second = run.get("runId").asLong();
			long first = run.get("replacesRunId").asLong();
			assertThat(second).isGreaterThan(first);
			// the output folder holds the latest: DIGITAL_RATE 1/2, then 2/2
			assertThat(Files.readString(out.resolve("2026-09/scores.csv")))
				.contains("X1,XA,DIGITAL_RATE,2,2,1.0000,100%,MET");
			// and the earlier run's results stay queryable
			assertThat(database.jdbc()
				.queryForObject("""
						SELECT numerator || '/' || denominator FROM indicator_result
						WHERE run_id = ? AND period = '2026-09' AND unit_code = 'X1' AND indicator = 'DIGITAL_RATE'""",
						String.class, first))
				.isEqualTo("1/2");

			List<RunHistory.Entry> history = history(database);
			assertThat(history).extracting(RunHistory.Entry::runId).containsExactly(second, first);
			assertThat(history).extracting(RunHistory.Entry::period).containsOnly("2026-09");
			assertThat(history).extracting(RunHistory.Entry::status).containsOnly("COMPLETED");
			// each run loaded 2 units and 2 work items
			assertThat(history).extracting(RunHistory.Entry::loaded).containsExactly(4L, 4L);
			assertThat(history).extracting(RunHistory.Entry::units).containsOnly(2L);
			// both under the bundled rule set, its name and the first 12 hex digits of
			// its SHA-256
			assertThat(history).extracting(RunHistory.Entry::ruleSet)
				.containsOnly("2026.2/" + RuleSet.load(new ClassPathResource("rules.yml")).sha256().substring(0, 12));
		}
	}

	/**
	 * Runs {@code --history} in this JVM and reads back the runs it listed (completed
	 * ones).
	 */
	private static List<RunHistory.Entry> history(TestDatabase database) {
		String listing = historyListing(database);
		assertThat(listing).contains("run  period", "COMPLETED", "rule set",
				"(times: " + java.time.ZoneId.systemDefault() + ")");
		// the mean is empty when no unit was ranked; the rule set is last but for what a
		// run that replaced another changed
		return listing.lines()
			.skip(1)
			.map(line -> line.replaceFirst("  replaces run .*$", "").trim().split("\\s+"))
			.map(f -> new RunHistory.Entry(Long.parseLong(f[0]), f[1], false, null, null, f[6], Long.parseLong(f[7]),
					Long.parseLong(f[8]), Long.parseLong(f[9]), f.length > 11 ? f[10] : "", f[f.length - 1], "", null,
					null))
			.toList();
	}

	/** What {@code --history} printed, run in this JVM. */
	private static String historyListing(TestDatabase database) {
		PrintStream original = System.out;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
		try {
			assertThat(ScorecardCommand.run("--history", database.springArguments()[0], database.springArguments()[1]))
				.isEqualTo(ExitCode.SUCCESS);
		}
		finally {
			System.setOut(original);
		}
		return printed.toString(StandardCharsets.UTF_8);
	}

	/**
	 * A run the reject cap stopped shows, in --history, why: the file, its rejected rows
	 * and where they are (issue 24).
	 */
	@Test
	void theHistorySaysWhyARunFailed(@TempDir Path work) throws Exception {
		Path input = province(work.resolve("in"));
		// 6 of 6 work items on a day that does not exist: more than 5% and more than 5
		// rows
		StringBuilder bad = new StringBuilder("unit_code,item_id,kind,received_on,processed_digitally\n");
		for (int i = 1; i <= 6; i++) {
			bad.append("X1,").append(i).append(",CONG_VIEC,2026-09-31,true\n");
		}
		write(input, "work_items.csv", bad.toString());
		Path out = work.resolve("out");
		try (TestDatabase database = TestDatabase.create()) {
			assertThat(ScorecardCommand.run(arguments(database, input, out, "2026-09")))
				.isEqualTo(ExitCode.REJECT_CAP_EXCEEDED);
			// loaded 0 (nothing was kept), rejected 6, units 0
			assertThat(historyListing(database))
				.containsPattern("(?m)^\\s+1\\s+2026-09\\s.*FAILED\\s+0\\s+6\\s+0\\s.*  work_items.csv: 6 of 6 rows"
						+ " rejected, more than the cap of 5% of its rows and 5 rows; nothing was loaded; the rejected rows are in "
						+ java.util.regex.Pattern.quote(out + "/failed/2026-09/run-1/rejects.csv") + "$");
		}
	}

	@Test
	void aSecondRunOfTheSamePeriodIsRefusedWhileAnotherPeriodsRunWaitsItsTurn(@TempDir Path work) throws Exception {
		Path input = province(work.resolve("in"));
		Path out = work.resolve("out");
		try (TestDatabase database = TestDatabase.create(); Connection lock = database.dataSource().getConnection()) {
			// hold the first run inside its count step
			lock.setAutoCommit(false);
			try (Statement statement = lock.createStatement()) {
				statement.execute("LOCK TABLE indicator_count IN ACCESS EXCLUSIVE MODE");
			}
			try (ChildJvm first = ChildJvm.start(work.resolve("first.log"),
					arguments(database, input, out, "2026-09"))) {
				first.await("the first run to reach its count step", PATIENCE,
						() -> first.output().contains("step count started"));
				try (ChildJvm other = ChildJvm.start(work.resolve("other.log"),
						arguments(database, input, out, "2026-08"));
						ChildJvm second = ChildJvm.start(work.resolve("second.log"),
								arguments(database, input, out, "2026-09"))) {
					assertThat(second.exitCode(PATIENCE)).isEqualTo(ExitCode.ALREADY_RUNNING.code());
					assertThat(second.output())
						.contains("scorecard: a run of 2026-09 is already in progress; try again when it ends");
					// the other period is not refused: its load waits until the first run
					// has drawn its documents
					// from the records it counted (issue 24, point 4), then it runs
					other.await("the run of 2026-08 to wait for the records", PATIENCE,
							() -> database.waitingOnLock("scorecard:records"));
					lock.rollback();
					first.finished(0);
					other.finished(0);
				}
			}
		}
	}

	/**
	 * Three ticks of the scheduled mode on a real database (SPEC §7 v3), each in an
	 * application opened for it: the clock says 6 October 2026, the day after September's
	 * deadline, so every period whose last day lies in the 13 months before is due:
	 * 2025-09 … 2026-09, 2025-Q3 … 2026-Q3, 2025-H2, 2026-H1 and 2025, 13 + 5 + 2 + 1 =
	 * 21 in all. The first tick fails them all on a units file that is not UTF-8; the
	 * second waits, the input being unchanged; once a good delivery lands, the third
	 * retries them with their as-of date and they complete.
	 */
	@Test
	void theScheduleRunsWhatIsDueWaitsOnABadInputAndRetriesOnceItChanges(@TempDir Path work) throws Exception {
		Path input = work.resolve("in");
		Path out = work.resolve("out");
		write(input, "units.csv", "unit_code,unit_name,unit_type\n");
		Files.write(input.resolve("units.csv"),
				new byte[] { 'u', 'n', 'i', 't', '_', 'c', 'o', 'd', 'e', (byte) 0xC0 });
		Clock october6 = Clock.fixed(Instant.parse("2026-10-05T19:00:00Z"), ZoneOffset.UTC); // 02:00
																								// in
																								// Hà
																								// Nội
		try (TestDatabase database = TestDatabase.create()) {
			String[] db = database.springArguments();
			Scheduler scheduler = ScorecardApplication.scheduler(october6, "--schedule=true",
					"--scorecard.input=" + input, "--scorecard.output=" + out, db[0], db[1]);
			scheduler.tickNow();
			assertThat(attempts(database, "FAILED")).isEqualTo(21);
			scheduler.tickNow();
			assertThat(attempts(database, "FAILED")).isEqualTo(21);
			assertThat(attempts(database, "COMPLETED")).isZero();
			Path staging = province(work.resolve("staging"));
			for (String name : List.of("work_items.csv", "units.csv")) {
				Files.move(staging.resolve(name), input.resolve(name), StandardCopyOption.REPLACE_EXISTING);
			}
			scheduler.tickNow();
			assertThat(attempts(database, "COMPLETED")).isEqualTo(21);
			JsonNode run = JsonMapper.builder().build().readTree(out.resolve("2026-09/run.json").toFile());
			assertThat(run.get("asOf").asString()).isEqualTo("2026-10-06");
			assertThat(out.resolve("2025-09/run.json")).exists();
			assertThat(out.resolve("2025/run.json")).exists();
			// each period failed once and completed once: retried, not run twice
			assertThat(database.jdbc().queryForList("""
					SELECT period || ' ' || string_agg(outcome, ' ' ORDER BY attempted_at) FROM schedule_attempt
					WHERE period IN ('2025-09', '2026-Q3') GROUP BY period ORDER BY period""", String.class))
				.containsExactly("2025-09 FAILED COMPLETED", "2026-Q3 FAILED COMPLETED");

			// a late correction before September closes: its run is made again, and the
			// log says what changed since the run it replaces (issue 28): X1's item 2 was
			// digital after all, 2/2; X1 is not ranked (DIGITAL_RATE's weight 20 is under
			// the 50 to rank), so only its indicator changed
			write(input, "work_items.csv", "unit_code,item_id,kind,received_on,processed_digitally\n"
					+ "X1,1,CONG_VIEC,2026-09-02,true\nX1,2,CONG_VIEC,2026-09-03,true\n");
			ByteArrayOutputStream logged = new ByteArrayOutputStream();
			PrintStream console = System.out;
			System.setOut(new PrintStream(logged, true, StandardCharsets.UTF_8));
			try {
				scheduler.tickNow();
			}
			finally {
				System.setOut(console);
			}
			assertThat(logged.toString(StandardCharsets.UTF_8)).containsPattern(
					"INFO .*run \\d+ of 2026-09 replaces run \\d+ \\(\\d{4}-\\d\\d-\\d\\d\\): 1 of \\d+ units"
							+ " changed \\(score: 0, band: 0, rank: 0\\)");
		}
	}

	private static long attempts(TestDatabase database, String outcome) {
		return database.jdbc()
			.queryForObject("SELECT count(*) FROM schedule_attempt WHERE outcome = ?", Long.class, outcome);
	}

}

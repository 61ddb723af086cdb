package vn.gov.scorecard.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.schedule.SchedulePlan;
import vn.gov.scorecard.support.ChildJvm;
import vn.gov.scorecard.support.SmallProvince;
import vn.gov.scorecard.support.Folders;
import vn.gov.scorecard.support.PdfText;
import vn.gov.scorecard.support.TestDatabase;

/**
 * Issue 9: runs an operator can trust, each through the real entry point in child JVMs on
 * a real PostgreSQL: retries that run what was asked, period folders that never mix runs,
 * one run id, the embedded database's place, durability, recovery and sharing, a clean
 * SIGTERM, and messages.
 */
class OperatorTrustIT {

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private static Path write(Path directory, String name, String content) throws IOException {
		Files.createDirectories(directory);
		return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
	}

	/** Two departments; SO1 has one digital work item in September 2026. */
	private static Path province(Path directory) throws IOException {
		write(directory, "units.csv", "unit_code,unit_name,unit_type\nSO1,Sở Nội vụ,SO\nSO2,Sở Tư pháp,SO\n");
		write(directory, "work_items.csv",
				"unit_code,item_id,kind,received_on,processed_digitally\nSO1,1,CONG_VIEC,2026-09-02,true\n");
		return directory;
	}

	private static String[] run(TestDatabase database, Path input, Path out) {
		String[] db = database.springArguments();
		return new String[] { "--input=" + input, "--period=2026-09", "--output=" + out, "--as-of=2026-10-05", db[0],
				db[1] };
	}

	private static ChildJvm finished(ChildJvm child, int exitCode) throws InterruptedException {
		assertThat(child.exitCode(PATIENCE)).as(child.output()).isEqualTo(exitCode);
		return child;
	}

	@Test
	void aFailedRunAskedForWithCorrectedFilesInAnotherFolderIsAbandonedForANewRun(@TempDir Path work) throws Exception {
		Path broken = province(work.resolve("broken"));
		// the clerk saved units.csv as UTF-16
		Files.write(broken.resolve("units.csv"),
				"unit_code,unit_name,unit_type\nSO1,Sở Nội vụ,SO\n".getBytes(StandardCharsets.UTF_16));
		Path corrected = province(work.resolve("corrected"));
		Path out = work.resolve("out");
		try (TestDatabase database = TestDatabase.create()) {
			try (ChildJvm first = ChildJvm.start(work.resolve("1.log"), run(database, broken, out))) {
				assertThat(finished(first, 3).output()).contains("units.csv: is in UTF-16");
			}
			try (ChildJvm second = ChildJvm.start(work.resolve("2.log"), run(database, corrected, out))) {
				assertThat(finished(second, 0).output()).containsPattern(
						"WARN +RunCommand - abandoning run 1 of 2026-09, which did not complete: it was started"
								+ " with input .*broken, .*this command asks for input .*corrected, .*; a new run starts")
					.contains("run 2 of 2026-09 started", "Scorecard 2026-09 — run 2,");
			}
			assertThat(out.resolve("2026-09/run.json")).content().contains("\"runId\" : 2");
			assertThat(database.jdbc()
				.queryForList("SELECT status FROM batch_job_execution ORDER BY job_execution_id", String.class))
				.containsExactly("ABANDONED", "COMPLETED");
			// the same command again is a rerun of a completed period, not a resumption
			// of run 1
			try (ChildJvm history = ChildJvm.start(work.resolve("h.log"), database.springArguments()[0],
					database.springArguments()[1], "--history")) {
				assertThat(finished(history, 0).output()).containsPattern("\\s+2\\s+2026-09\\s.*COMPLETED")
					.containsPattern("\\s+1\\s+2026-09\\s.*ABANDONED");
			}
		}
	}

	@Test
	void aRerunAfterAUnitWasDissolvedLeavesNoScorecardOfItAndArchivesTheRunItReplaces(@TempDir Path work)
			throws Exception {
		Path input = province(work.resolve("in"));
		Path out = work.resolve("out");
		try (TestDatabase database = TestDatabase.create()) {
			try (ChildJvm first = ChildJvm.start(work.resolve("1.log"), run(database, input, out))) {
				finished(first, 0);
			}
			assertThat(Folders.snapshot(out.resolve("2026-09/units")).keySet()).containsExactly("SO1.html", "SO1.pdf",
					"SO2.html", "SO2.pdf");
			Map<String, String> runOne = Folders.snapshot(out.resolve("2026-09"));
			// SO2 was merged away on 1 August: it exists no more in September
			write(input, "units.csv",
					"unit_code,unit_name,unit_type,dissolved_on\nSO1,Sở Nội vụ,SO,\nSO2,Sở Tư pháp,SO,2026-08-01\n");
			try (ChildJvm second = ChildJvm.start(work.resolve("2.log"), run(database, input, out))) {
				// one run id, in the log, the summary, run.json, the PDFs, the history
				// and the archive
				assertThat(finished(second, 0).output())
					.contains("run 2 of 2026-09 started", "it replaces run 1", "run 2: step publish",
							"Scorecard 2026-09 — run 2,", "run 2: the run it replaces moved to")
					.doesNotContain("run #", "period run");
			}
			// neither the dissolved unit's scorecard nor its page of the site is left
			// behind
			assertThat(Folders.snapshot(out.resolve("2026-09/units")).keySet()).containsExactly("SO1.html", "SO1.pdf");
			assertThat(out.resolve("2026-09/index.html")).content().doesNotContain("SO2");
			assertThat(out.resolve("2026-09/run.json")).content().contains("\"runId\" : 2", "\"replacesRunId\" : 1");
			assertThat(PdfText.read(out.resolve("2026-09/units/SO1.pdf")).text()).contains("lần tính số 2.");
			assertThat(Folders.snapshot(out.resolve("archive/2026-09/run-1"))).isEqualTo(runOne);
			assertThat(out.resolve(".work/2026-09")).isEmptyDirectory();
		}
	}

	@Test
	void aRunStoppedByTheRejectCapLeavesTheCompletedRunInPlaceAndItsRejectsInFailed(@TempDir Path work)
			throws Exception {
		Path input = province(work.resolve("in"));
		Path out = work.resolve("out");
		try (TestDatabase database = TestDatabase.create()) {
			try (ChildJvm first = ChildJvm.start(work.resolve("1.log"), run(database, input, out))) {
				finished(first, 0);
			}
			Map<String, String> runOne = Folders.snapshot(out.resolve("2026-09"));
			StringBuilder documents = new StringBuilder("unit_code,doc_id,issued_on\n");
			for (int i = 1; i <= 10; i++) {
				documents.append("SO1,").append(i).append(",31/09/2026\n");
			}
			write(input, "documents.csv", documents.toString());
			Path rejects = out.resolve("failed/2026-09/run-2/rejects.csv").toAbsolutePath();
			try (ChildJvm second = ChildJvm.start(work.resolve("2.log"), run(database, input, out))) {
				assertThat(finished(second, 4).output())
					.contains("scorecard: documents.csv: 10 of 10 rows rejected, more than"
							+ " the cap of 5% of its rows and 5 rows; nothing was loaded; the rejected rows are in "
							+ rejects);
			}
			assertThat(Folders.snapshot(out.resolve("2026-09"))).isEqualTo(runOne);
			assertThat(Files.readAllLines(rejects)).hasSize(11)
				.element(1)
				.asString()
				.startsWith("documents.csv,2,SO1,1,issued_on,31/09/2026,");
		}
	}

	@Test
	void theEmbeddedDatabaseIsDurableSharedSafelyAndRecoversFromAKilledProcess(@TempDir Path work) throws Exception {
		Path input = province(work.resolve("in"));
		Path out = work.resolve("out");
		Path db = work.resolve("db");
		String[] arguments = { "--input=" + input, "--period=2026-09", "--output=" + out, "--as-of=2026-10-05",
				"--scorecard.embedded-db.dir=" + db };
		try (ChildJvm holder = ChildJvm.start(new ChildJvm.Setting().stopAt("csv-written"), work.resolve("holder.log"),
				arguments)) {
			holder.await("the run to pause", PATIENCE, () -> holder.output().contains("stopped at csv-written"));
			assertThat(holder.output()).contains("database: embedded PostgreSQL in " + db.toAbsolutePath());
			long pid = holder.pid();
			try (ChildJvm same = ChildJvm.start(work.resolve("same.log"), arguments)) {
				assertThat(finished(same, 6).output())
					.contains("scorecard: a run of 2026-09 is already in progress (process " + pid
							+ ": run of 2026-09 since");
			}
			try (ChildJvm history = ChildJvm.start(work.resolve("history.log"), "--history",
					"--scorecard.embedded-db.dir=" + db)) {
				assertThat(finished(history, 6).output()).contains("scorecard: the embedded database "
						+ db.toAbsolutePath() + " is in use by process " + pid + ": run of 2026-09 since");
			}
			holder.kill();
		}
		// the killed process's server is still running in the folder
		long server = Long.parseLong(Files.readAllLines(db.resolve("pgdata/postmaster.pid")).get(0).strip());
		assertThat(ProcessHandle.of(server)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());
		try (ChildJvm again = ChildJvm.start(work.resolve("again.log"), arguments)) {
			assertThat(finished(again, 0).output()).contains(
					"stopping the embedded PostgreSQL (pid " + server + ") that a killed process left running",
					"resuming run 1 of 2026-09");
		}
		assertThat(ProcessHandle.of(server).map(ProcessHandle::isAlive).orElse(false)).isFalse();
	}

	@Test
	void theEmbeddedDatabaseRunsDurably(@TempDir Path work) throws Exception {
		try (var database = vn.gov.scorecard.database.EmbeddedDatabase.start(work.resolve("db"), "a test");
				var connection = java.sql.DriverManager.getConnection(database.jdbcUrl());
				var statement = connection.createStatement()) {
			for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
				try (var result = statement.executeQuery("SHOW " + setting)) {
					result.next();
					assertThat(result.getString(1)).as(setting).isEqualTo("on");
				}
			}
		}
	}

	@Test
	void theDefaultEmbeddedDatabaseIsTheUsersWhateverTheFolderAndHelpTouchesNothing(@TempDir Path work)
			throws Exception {
		Path input = province(work.resolve("in"));
		Path home = Files.createDirectories(work.resolve("home"));
		Path here = Files.createDirectories(work.resolve("here"));
		Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));
		try (ChildJvm run = ChildJvm.start(new ChildJvm.Setting().in(here, home), work.resolve("run.log"),
				"--input=" + input, "--period=2026-09", "--output=" + work.resolve("out"), "--as-of=2026-10-05")) {
			assertThat(finished(run, 0).output())
				.contains("database: embedded PostgreSQL in " + home.resolve(".local/share/scorecard/db"));
		}
		assertThat(here).isEmptyDirectory();
		try (ChildJvm history = ChildJvm.start(new ChildJvm.Setting().in(elsewhere, home), work.resolve("history.log"),
				"--history")) {
			assertThat(finished(history, 0).output()).containsPattern("\\s+1\\s+2026-09\\s.*COMPLETED");
		}
		Path untouched = Files.createDirectories(work.resolve("untouched"));
		Path otherHome = Files.createDirectories(work.resolve("other-home"));
		try (ChildJvm help = ChildJvm.start(new ChildJvm.Setting().in(untouched, otherHome), work.resolve("help.log"),
				"--help")) {
			assertThat(finished(help, 0).output()).contains("--input=DIR --period=P --output=DIR", "--provisional",
					"--schedule", "--history", "--generate-sample=DIR", "--help", "scorecard.embedded-db.dir",
					"7 the database refused the login");
		}
		assertThat(untouched).isEmptyDirectory();
		assertThat(otherHome).isEmptyDirectory();
	}

	@Test
	void anInputFolderWithNoFileTheJobKnowsSaysWhatItLookedFor(@TempDir Path work) throws Exception {
		Path input = Files.createDirectories(work.resolve("in"));
		// an Excel 97-2003 workbook, which the job does not read
		Files.write(input.resolve("documents.xls"), new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 });
		try (TestDatabase database = TestDatabase.create();
				ChildJvm child = ChildJvm.start(work.resolve("run.log"), run(database, input, work.resolve("out")))) {
			assertThat(finished(child, 3).output()).contains("scorecard: no input file in " + input.toAbsolutePath()
					+ ": looked for units.csv, meetings.csv, documents.csv, work_items.csv, tasks.csv, reports.csv"
					+ " (or .xlsx, or files in folders named units/, meetings/, …); found documents.xls");
		}
	}

	/**
	 * Between ticks the scheduled mode holds nothing (SPEC §7 v3): on the embedded
	 * database, a run by hand, --history and --schedule --plan all work while it waits
	 * for its next tick, and --plan says what a tick would do without doing it.
	 */
	@Test
	void betweenTicksTheEmbeddedDatabaseIsFreeAndThePlanSaysWhatATickWouldDo(@TempDir Path work) throws Exception {
		Path input = province(work.resolve("in"));
		Path out = work.resolve("out");
		Path home = Files.createDirectories(work.resolve("home"));
		Path here = Files.createDirectories(work.resolve("here"));
		ChildJvm.Setting setting = new ChildJvm.Setting().in(here, home);
		// its tick is at 02:00 every day: it waits all through the test
		try (ChildJvm scheduled = ChildJvm.start(setting, work.resolve("scheduled.log"), "--schedule",
				"--scorecard.input=" + input, "--scorecard.output=" + out)) {
			scheduled.await("the scheduled mode to wait", PATIENCE,
					() -> scheduled.output().contains("scheduled mode: ticks on"));
			try (ChildJvm run = ChildJvm.start(setting, work.resolve("run.log"), "--input=" + input, "--period=2026-09",
					"--output=" + out, "--as-of=2026-10-05")) {
				finished(run, 0);
			}
			try (ChildJvm history = ChildJvm.start(setting, work.resolve("history.log"), "--history")) {
				assertThat(finished(history, 0).output()).containsPattern("\\s+1\\s+2026-09\\s.*COMPLETED");
			}
			// on 10 October 2026: 2025-09 … 2026-09, 2025-Q3 … 2026-Q3, 2025-H2, 2026-H1
			// and 2025 end within the 13
			// months before, from 10 September 2025 (13 + 5 + 2 + 1 = 21); 2026-09
			// (deadline 5 October) is open until
			// 15 October, and run 1 read the same files
			try (ChildJvm plan = ChildJvm.start(setting, work.resolve("plan.log"), "--schedule", "--plan",
					"--as-of=2026-10-10", "--scorecard.input=" + input, "--scorecard.output=" + out)) {
				assertThat(finished(plan, 0).output()).contains(
						"A tick on 2026-10-10 (delivery 5 days after a period's end, open 10 days more) would consider 21 periods:",
						"  2025-09: run as of 2026-10-10 — no completed final run (delivery deadline 05/10/2025)",
						"  2026-09: skip — open until 15/10/2026; the input files are those run 1 read",
						"  2026-Q3: run as of 2026-10-10 — no completed final run (delivery deadline 05/10/2026)",
						"It would run 20 of them. Nothing was run or changed.");
			}
			try (ChildJvm history = ChildJvm.start(setting, work.resolve("history-after.log"), "--history")) {
				// still one run: the plan ran nothing
				assertThat(finished(history, 0).output()).doesNotContainPattern("(?m)^\\s+2\\s+\\d{4}");
			}
			scheduled.terminate();
			assertThat(scheduled.exitCode(PATIENCE)).as(scheduled.output()).isZero();
			assertThat(scheduled.output()).contains("scheduled mode: stopping", "scheduled mode stopped");
		}
	}

	/**
	 * A one-shot run stopped by systemd or Ctrl+C stops at a safe point, says so in one
	 * line, exit 9, and resumes (issue 24).
	 */
	@Test
	void sigtermStopsAOneShotRunAtASafePointAndTheSameCommandResumesIt(@TempDir Path work) throws Exception {
		Path input = work.resolve("in");
		SmallProvince.write(input, 11);
		Path out = work.resolve("out");
		try (TestDatabase database = TestDatabase.create()) {
			String[] arguments = { "--input=" + input, "--period=2026-09", "--output=" + out, "--as-of=2026-10-05",
					database.springArguments()[0], database.springArguments()[1] };
			try (ChildJvm run = ChildJvm.start(work.resolve("run.log"), arguments)) {
				run.await("the report step", PATIENCE, () -> run.output().contains("step report started"));
				run.terminate();
				assertThat(run.exitCode(PATIENCE)).as(run.output()).isEqualTo(9);
				assertThat(run.output())
					.contains("SIGTERM received: stopping at a safe point",
							"scorecard: run 1 of 2026-09 stopped at a safe point; the same command resumes it")
					.doesNotContain("\tat ", "Exception", "ERROR");
			}
			assertThat(database.jdbc()
				.queryForObject("SELECT status FROM batch_job_execution ORDER BY job_execution_id DESC LIMIT 1",
						String.class))
				.isEqualTo("STOPPED");
			assertThat(out.resolve("2026-09")).doesNotExist();
			try (ChildJvm resumed = ChildJvm.start(work.resolve("resumed.log"), arguments)) {
				assertThat(finished(resumed, 0).output()).contains("resuming run 1 of 2026-09");
			}
			assertThat(out.resolve("2026-09/run.json")).exists();
		}
	}

	@Test
	void sigtermStopsTheScheduledModeAtASafePointResumablyAndExitsZero(@TempDir Path work) throws Exception {
		Path input = work.resolve("in");
		SmallProvince.write(input, 11);
		Path out = work.resolve("out");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		// the oldest period a tick today finds due, which it runs first
		Period period = SchedulePlan.due(today, 5).get(0);
		try (TestDatabase database = TestDatabase.create()) {
			String[] db = database.springArguments();
			try (ChildJvm scheduled = ChildJvm.start(work.resolve("scheduled.log"), "--schedule", db[0], db[1],
					"--scorecard.input=" + input, "--scorecard.output=" + out,
					"--scorecard.schedule.cron=* * * * * *")) {
				scheduled.await("the report step", PATIENCE, () -> scheduled.output().contains("step report started"));
				scheduled.terminate();
				assertThat(scheduled.exitCode(PATIENCE)).as(scheduled.output()).isZero();
				assertThat(scheduled.output())
					.contains("scheduled mode: stopping", "asked to stop",
							"stopped at a safe point; the same command resumes it", "scheduled mode stopped")
					.doesNotContain("Exception", "\tat ", "ERROR");
			}
			assertThat(database.jdbc()
				.queryForObject("SELECT status FROM batch_job_execution ORDER BY job_execution_id DESC LIMIT 1",
						String.class))
				.isEqualTo("STOPPED");
			assertThat(out.resolve(period.toString())).doesNotExist();
			try (ChildJvm resumed = ChildJvm.start(work.resolve("resumed.log"), "--input=" + input,
					"--period=" + period, "--output=" + out, "--as-of=" + today, db[0], db[1])) {
				assertThat(finished(resumed, 0).output()).contains("resuming run 1 of " + period);
			}
			assertThat(out.resolve(period + "/run.json")).exists();
		}
	}

}

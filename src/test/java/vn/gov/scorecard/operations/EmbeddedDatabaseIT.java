package vn.gov.scorecard.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.support.ChildJvm;
import vn.gov.scorecard.support.TwoDepartments;

/**
 * Issue 9 and SPEC v3 §7: the embedded database in the operator's hands, through the real
 * entry point in child JVMs: one place per user whatever the folder, durable, held by one
 * command at a time and recovered after a killed process; free between the scheduled
 * mode's ticks.
 */
class EmbeddedDatabaseIT {

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	@Test
	void theEmbeddedDatabaseIsDurableSharedSafelyAndRecoversFromAKilledProcess(@TempDir Path work) throws Exception {
		Path input = TwoDepartments.write(work.resolve("in"));
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
				assertThat(same.finished(6).output())
					.contains("scorecard: a run of 2026-09 is already in progress (process " + pid
							+ ": run of 2026-09 since");
			}
			try (ChildJvm history = ChildJvm.start(work.resolve("history.log"), "--history",
					"--scorecard.embedded-db.dir=" + db)) {
				assertThat(history.finished(6).output()).contains("scorecard: the embedded database "
						+ db.toAbsolutePath() + " is in use by process " + pid + ": run of 2026-09 since");
			}
			holder.kill();
		}
		// the killed process's server is still running in the folder
		long server = Long.parseLong(Files.readAllLines(db.resolve("pgdata/postmaster.pid")).get(0).strip());
		assertThat(ProcessHandle.of(server)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());
		try (ChildJvm again = ChildJvm.start(work.resolve("again.log"), arguments)) {
			assertThat(again.finished(0).output()).contains(
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
		Path input = TwoDepartments.write(work.resolve("in"));
		Path home = Files.createDirectories(work.resolve("home"));
		Path here = Files.createDirectories(work.resolve("here"));
		Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));
		try (ChildJvm run = ChildJvm.start(new ChildJvm.Setting().in(here, home), work.resolve("run.log"),
				"--input=" + input, "--period=2026-09", "--output=" + work.resolve("out"), "--as-of=2026-10-05")) {
			assertThat(run.finished(0).output())
				.contains("database: embedded PostgreSQL in " + home.resolve(".local/share/scorecard/db"));
		}
		assertThat(here).isEmptyDirectory();
		try (ChildJvm history = ChildJvm.start(new ChildJvm.Setting().in(elsewhere, home), work.resolve("history.log"),
				"--history")) {
			assertThat(history.finished(0).output()).containsPattern("\\s+1\\s+2026-09\\s.*COMPLETED");
		}
		Path untouched = Files.createDirectories(work.resolve("untouched"));
		Path otherHome = Files.createDirectories(work.resolve("other-home"));
		try (ChildJvm help = ChildJvm.start(new ChildJvm.Setting().in(untouched, otherHome), work.resolve("help.log"),
				"--help")) {
			assertThat(help.finished(0).output()).contains("--input=DIR --period=P --output=DIR", "--provisional",
					"--schedule", "--history", "--generate-sample=DIR", "--help", "scorecard.embedded-db.dir",
					"7 the database refused the login");
		}
		assertThat(untouched).isEmptyDirectory();
		assertThat(otherHome).isEmptyDirectory();
	}

	@Test
	void betweenTicksTheEmbeddedDatabaseIsFreeAndThePlanSaysWhatATickWouldDo(@TempDir Path work) throws Exception {
		Path input = TwoDepartments.write(work.resolve("in"));
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
				run.finished(0);
			}
			try (ChildJvm history = ChildJvm.start(setting, work.resolve("history.log"), "--history")) {
				assertThat(history.finished(0).output()).containsPattern("\\s+1\\s+2026-09\\s.*COMPLETED");
			}
			// on 10 October 2026: 2025-09 … 2026-09, 2025-Q3 … 2026-Q3, 2025-H2, 2026-H1
			// and 2025 end within the 13
			// months before, from 10 September 2025 (13 + 5 + 2 + 1 = 21); 2026-09
			// (deadline 5 October) is open until
			// 15 October, and run 1 read the same files
			try (ChildJvm plan = ChildJvm.start(setting, work.resolve("plan.log"), "--schedule", "--plan",
					"--as-of=2026-10-10", "--scorecard.input=" + input, "--scorecard.output=" + out)) {
				assertThat(plan.finished(0).output()).contains(
						"A tick on 2026-10-10 (delivery 5 days after a period's end, open 10 days more) would consider 21 periods:",
						"  2025-09: run as of 2026-10-10 — no completed final run (delivery deadline 05/10/2025)",
						"  2026-09: skip — open until 15/10/2026; the input files are those run 1 read",
						"  2026-Q3: run as of 2026-10-10 — no completed final run (delivery deadline 05/10/2026)",
						"It would run 20 of them. Nothing was run or changed.");
			}
			try (ChildJvm history = ChildJvm.start(setting, work.resolve("history-after.log"), "--history")) {
				// still one run: the plan ran nothing
				assertThat(history.finished(0).output()).doesNotContainPattern("(?m)^\\s+2\\s+\\d{4}");
			}
			scheduled.terminate();
			scheduled.finished(0);
			assertThat(scheduled.output()).contains("scheduled mode: stopping", "scheduled mode stopped");
		}
	}

	/**
	 * A one-shot run stopped by systemd or Ctrl+C stops at a safe point, says so in one
	 * line, exit 9, and resumes (issue 24).
	 */

}

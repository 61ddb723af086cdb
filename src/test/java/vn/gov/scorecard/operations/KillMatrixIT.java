package vn.gov.scorecard.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.ScorecardApplication;
import vn.gov.scorecard.ScorecardCommand;
import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.support.ChildJvm;
import vn.gov.scorecard.support.SmallProvince;
import vn.gov.scorecard.support.Folders;
import vn.gov.scorecard.support.Outputs;
import vn.gov.scorecard.support.TestDatabase;

/**
 * SPEC v2 §6: the period folder always holds one complete run. A rerun of a completed
 * period is killed with SIGKILL in every phase, one after the other: each new try of the
 * same command resumes the run and is killed one phase further on (loading, counting,
 * rendering, between the CSVs and run.json, between the exchange and the archiving).
 * After every kill the period folder is byte for byte the previous run (after the
 * exchange: the new one, complete), and the last try ends with the new run in place,
 * equal to an uninterrupted rerun, and the previous one in archive/.
 */
class KillMatrixIT {

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	@TempDir
	static Path work;
	static Path input;
	static Path reference;

	@BeforeAll
	static void rerunWithoutInterruption() throws IOException {
		input = work.resolve("input");
		SmallProvince.write(input, 11);
		try (TestDatabase database = TestDatabase.create()) {
			Path out = work.resolve("reference");
			firstRun(database, out);
			assertThat(ScorecardCommand.run(rerun(database, out))).isEqualTo(ExitCode.SUCCESS);
			reference = out.resolve("2026-09");
		}
	}

	@Test
	void aRerunKilledInEveryPhaseNeverLeavesAMixedPeriodFolder(@TempDir Path out) throws Exception {
		try (TestDatabase database = TestDatabase.create(); Connection lock = database.dataSource().getConnection()) {
			Map<String, String> first = firstRun(database, out);
			lock.setAutoCommit(false);

			// 1. loading: the load waits on the task table, which the test holds
			try (ChildJvm child = ChildJvm.start(out.resolve("load.log"), rerun(database, out))) {
				child.await("the load step", PATIENCE, () -> child.output().contains("step load started"));
				lock(lock, "task");
				child.await("the load to wait on the task table", PATIENCE, () -> database.waitingOn("task"));
				child.kill();
			}
			lock.rollback();
			assertThat(stepStatus(database, "load")).isEqualTo("STARTED");
			assertThat(Folders.snapshot(out.resolve("2026-09"))).as("after a kill while loading").isEqualTo(first);

			// 2. counting
			lock(lock, "indicator_count");
			try (ChildJvm child = ChildJvm.start(out.resolve("count.log"), rerun(database, out))) {
				child.await("the count to wait on its table", PATIENCE, () -> database.waitingOn("indicator_count"));
				child.kill();
			}
			lock.rollback();
			assertThat(stepStatus(database, "count")).isEqualTo("STARTED");
			assertThat(Folders.snapshot(out.resolve("2026-09"))).as("after a kill while counting").isEqualTo(first);

			// 3. rendering: killed once the first new scorecard is written into the run's
			// work folder
			Path units = out.resolve(".work/2026-09/run-2/units");
			try (ChildJvm child = ChildJvm.start(out.resolve("report.log"), rerun(database, out))) {
				child.await("the first new scorecard", PATIENCE, () -> Folders.count(units, ".pdf") > 0);
				child.kill();
			}
			assertThat(stepStatus(database, "report")).isEqualTo("STARTED");
			assertThat(Folders.snapshot(out.resolve("2026-09"))).as("after a kill while rendering").isEqualTo(first);

			// 4. writing: the CSVs are written, run.json not yet
			killAtPause("csv-written", database, out);
			assertThat(stepStatus(database, "output")).isEqualTo("STARTED");
			assertThat(Folders.snapshot(out.resolve("2026-09"))).as("after a kill while writing").isEqualTo(first);

			// 5. the swap: exchanged, not yet archived. The period folder is the new run,
			// whole; the
			// replaced run waits in the work folder
			killAtPause("exchanged", database, out);
			assertThat(out.resolve("2026-09/run.json")).content().contains("\"runId\" : 2");
			Outputs.assertSame(reference, out.resolve("2026-09"));
			assertThat(Folders.snapshot(out.resolve(".work/2026-09/run-2"))).isEqualTo(first);

			// the last try finishes the swap
			try (ChildJvm again = ChildJvm.start(out.resolve("resumed.log"), rerun(database, out))) {
				again.finished(0);
				assertThat(again.output()).contains("resuming run 2 of 2026-09", "Scorecard 2026-09 — run 2,");
			}
			Outputs.assertSame(reference, out.resolve("2026-09"));
			assertThat(Folders.snapshot(out.resolve("archive/2026-09/run-1"))).isEqualTo(first);
			assertThat(out.resolve(".work/2026-09/run-2")).doesNotExist();
		}
	}

	/**
	 * Killed between the exchange and the archiving, then asked for with another as-of
	 * date: the interrupted run is abandoned, and the run it had replaced, waiting in its
	 * work folder, goes to the archive byte for byte instead of being deleted (issue 24,
	 * point 1).
	 */
	@Test
	void aRunKilledAfterTheExchangeAndThenAbandonedLeavesTheRunItReplacedInTheArchive(@TempDir Path out)
			throws Exception {
		try (TestDatabase database = TestDatabase.create()) {
			Map<String, String> first = firstRun(database, out);
			killAtPause("exchanged", database, out);
			String[] db = database.springArguments();
			try (ChildJvm other = ChildJvm.start(out.resolve("other.log"), "--input=" + input, "--period=2026-09",
					"--output=" + out, "--as-of=2026-11-26", db[0], db[1])) {
				other.finished(0);
				// run 3 replaces the last completed run, 1; the abandoned run 2, which
				// had been exchanged into the
				// period folder, is archived beside it when run 3 takes its place
				assertThat(other.output()).contains("abandoning run 2 of 2026-09", "it replaces run 1");
			}
			assertThat(Folders.snapshot(out.resolve("archive/2026-09/run-1"))).isEqualTo(first);
			assertThat(out.resolve("archive/2026-09/run-2/run.json")).content().contains("\"runId\" : 2");
			assertThat(out.resolve("2026-09/run.json")).content().contains("\"runId\" : 3", "\"replacesRunId\" : 1");
			assertThat(out.resolve(".work/2026-09")).isEmptyDirectory();
		}
	}

	@Test
	void withoutAnExchangeTheSwapIsTwoRenamesThatTheNextTryFinishes(@TempDir Path out) throws Exception {
		// on a file system that cannot exchange folders (NFS, CIFS), killed between the
		// two renames,
		// the period folder is missing until the same command runs again and finishes the
		// swap
		try (TestDatabase database = TestDatabase.create()) {
			Map<String, String> first = firstRun(database, out);
			ChildJvm.Setting twoRenames = new ChildJvm.Setting().checkpoints()
				.property("scorecard.publish.swap", "rename");
			try (TestDatabase.Hold archived = database.hold("archived");
					ChildJvm child = ChildJvm.start(twoRenames, out.resolve("killed.log"), rerun(database, out))) {
				child.await("the pause between the renames", PATIENCE, archived::reached);
				child.kill();
			}
			assertThat(out.resolve("2026-09")).doesNotExist();
			assertThat(Folders.snapshot(out.resolve("archive/2026-09/run-1"))).isEqualTo(first);
			try (ChildJvm again = ChildJvm.start(out.resolve("resumed.log"), rerun(database, out))) {
				again.finished(0);
			}
			Outputs.assertSame(reference, out.resolve("2026-09"));
		}
	}

	private static void killAtPause(String point, TestDatabase database, Path out) throws Exception {
		try (TestDatabase.Hold hold = database.hold(point);
				ChildJvm child = ChildJvm.start(new ChildJvm.Setting().checkpoints(), out.resolve(point + ".log"),
						rerun(database, out))) {
			child.await("the pause at " + point, PATIENCE, hold::reached);
			child.kill();
		}
	}

	/** Run 1, as of 24 November; returns its period folder's snapshot. */
	private static Map<String, String> firstRun(TestDatabase database, Path out) {
		String[] db = database.springArguments();
		assertThat(ScorecardCommand.run("--input=" + input, "--period=2026-09", "--output=" + out, "--as-of=2026-11-24",
				db[0], db[1]))
			.isEqualTo(ExitCode.SUCCESS);
		Map<String, String> snapshot = Folders.snapshot(out.resolve("2026-09"));
		assertThat(snapshot).containsKeys("run.json", "ranking.pdf", "scores.csv");
		readEverythingAgain(database);
		return snapshot;
	}

	/** Run 2 recomputes the period as of the next day: every document's date differs. */
	private static String[] rerun(TestDatabase database, Path out) {
		String[] db = database.springArguments();
		return new String[] { "--input=" + input, "--period=2026-09", "--output=" + out, "--as-of=2026-11-25", db[0],
				db[1] };
	}

	/**
	 * Every rerun reads its unchanged files again, as after a change to the records by
	 * hand (decision 54): otherwise it would take them from the first run and never be
	 * loading when killed, nor touch the task table.
	 */
	private static void readEverythingAgain(TestDatabase database) {
		database.jdbc().update("DELETE FROM kind_load");
	}

	private static void lock(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE");
		}
	}

	private static String stepStatus(TestDatabase database, String step) {
		return database.jdbc()
			.queryForObject(
					"SELECT status FROM batch_step_execution WHERE step_name = ? ORDER BY step_execution_id DESC LIMIT 1",
					String.class, step);
	}

}

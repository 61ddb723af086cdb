package vn.gov.scorecard.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.ScorecardApplication;
import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.sample.SampleData;
import vn.gov.scorecard.support.ChildJvm;
import vn.gov.scorecard.support.Outputs;
import vn.gov.scorecard.support.TestDatabase;

/**
 * A run killed with SIGKILL in the middle of a step, then started again for the same period,
 * resumes at the step that did not finish and ends with the outputs of an uninterrupted run. To
 * catch the child inside a chosen step every time, the test holds a lock on a table that only that
 * step (or the last part of it) needs, kills the child once it waits on it, then lets go.
 */
class RestartTest {

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	@TempDir
	static Path work;
	static Path input;
	static Path uninterrupted;

	@BeforeAll
	static void runOnceWithoutInterruption() throws IOException {
		input = work.resolve("input");
		SampleData.write(input, 11);
		try (TestDatabase database = TestDatabase.create()) {
			Path out = work.resolve("uninterrupted");
			assertThat(ScorecardApplication.run(arguments(database, out))).isEqualTo(ExitCode.SUCCESS);
			uninterrupted = out.resolve("2026-09");
		}
	}

	@Test
	void killedWhileLoading(@TempDir Path out) throws Exception {
		// the earlier files are loaded (uncommitted) when tasks.csv waits for the task table
		killWhileWaitingOn("task", "load", true, out);
	}

	@Test
	void killedWhileCountingIndicators(@TempDir Path out) throws Exception {
		killWhileWaitingOn("indicator_count", "count", false, out);
	}

	@Test
	void killedWhileRenderingPdfs(@TempDir Path out) throws Exception {
		try (TestDatabase database = TestDatabase.create()) {
			try (ChildJvm child = ChildJvm.start(out.resolve("first.log"), arguments(database, out))) {
				child.await("the first scorecard", PATIENCE, () -> pdfCount(out) > 0);
				child.kill();
			}
			assertThat(stepStatus(database, "report")).isEqualTo("STARTED");
			assertThat(pdfCount(out)).isLessThan(140);
			resumeAndCompare(database, out);
		}
	}

	/**
	 * Kills the child while its {@code step} waits on {@code table}. The lock is taken before the
	 * child starts, or, for a table that the schema's CREATE … IF NOT EXISTS at start-up would wait
	 * on too, once the step has started (the step then still has long to go before the table).
	 */
	private static void killWhileWaitingOn(String table, String step, boolean lockAtStepStart, Path out) throws Exception {
		try (TestDatabase database = TestDatabase.create(); Connection lock = database.dataSource().getConnection()) {
			lock.setAutoCommit(false);
			if (!lockAtStepStart) {
				lock(lock, table);
			}
			try (ChildJvm child = ChildJvm.start(out.resolve("first.log"), arguments(database, out))) {
				if (lockAtStepStart) {
					child.await("step " + step + " to start", PATIENCE, () -> child.output().contains("step " + step + " started"));
					lock(lock, table);
				}
				child.await("the run to wait on " + table, PATIENCE, () -> waitingOn(database, table));
				child.kill();
			}
			lock.rollback();
			assertThat(stepStatus(database, step)).isEqualTo("STARTED");
			resumeAndCompare(database, out);
		}
	}

	private static void lock(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE");
		}
	}

	private static void resumeAndCompare(TestDatabase database, Path out) throws Exception {
		try (ChildJvm again = ChildJvm.start(out.resolve("second.log"), arguments(database, out))) {
			assertThat(again.exitCode(PATIENCE)).as(again.output()).isZero();
			assertThat(again.output()).contains("was left STARTED by a process that ended", "resuming run 1 of 2026-09",
					"Scorecard 2026-09 — run 1 (period run #1)", "Outputs: ");
		}
		Outputs.assertSame(uninterrupted, out.resolve("2026-09"));
	}

	private static String[] arguments(TestDatabase database, Path out) {
		String[] db = database.springArguments();
		return new String[] { "--input=" + input, "--period=2026-09", "--output=" + out, "--as-of=2026-11-24", db[0], db[1] };
	}

	private static boolean waitingOn(TestDatabase database, String table) {
		return database.jdbc().queryForObject("""
				SELECT count(*) > 0 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
				WHERE NOT l.granted AND c.relname = ?""", Boolean.class, table);
	}

	private static String stepStatus(TestDatabase database, String step) {
		return database.jdbc().queryForObject(
				"SELECT status FROM batch_step_execution WHERE step_name = ? ORDER BY step_execution_id DESC LIMIT 1",
				String.class, step);
	}

	private static long pdfCount(Path out) {
		Path units = out.resolve("2026-09/units");
		if (!Files.isDirectory(units)) {
			return 0;
		}
		try (Stream<Path> files = Files.list(units)) {
			return files.count();
		}
		catch (IOException e) {
			return 0;
		}
	}

}

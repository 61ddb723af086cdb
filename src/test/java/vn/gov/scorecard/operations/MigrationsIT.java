package vn.gov.scorecard.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.ScorecardApplication;
import vn.gov.scorecard.ScorecardCommand;
import vn.gov.scorecard.database.SqlFile;
import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.support.ChildJvm;
import vn.gov.scorecard.support.SmallProvince;
import vn.gov.scorecard.support.TestDatabase;

/**
 * The schema is Flyway's (issue 23): a database the last build before migrations made is
 * upgraded in place, and a start with nothing to migrate runs no DDL, so it never waits
 * on a running load.
 */
class MigrationsIT {

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	@Test
	void aDatabaseFromBeforeMigrationsIsTakenAsV1AndUpgraded() throws Exception {
		try (TestDatabase database = TestDatabase.withoutSchema()) {
			// what that build left: V1's tables, and a remembered load judged against an
			// as-of date
			database.jdbc().execute(SqlFile.read("migration/V1__schema.sql"));
			database.jdbc()
				.update("INSERT INTO kind_load VALUES ('meetings', 1, '{meetings.csv}', '{x}', 'u', 'l',"
						+ " DATE '2026-11-24', NULL, NULL)");
			String[] db = database.springArguments();
			assertThat(ScorecardCommand.run("--history", db[0], db[1])).isEqualTo(ExitCode.SUCCESS);
			assertThat(database.jdbc().queryForList("""
					SELECT coalesce(version, '-') || ' ' || type || ' ' || success FROM flyway_schema_history
					ORDER BY installed_rank""", String.class)).containsExactly("1 BASELINE true", "2 SQL true",
					"3 SQL true", "4 SQL true", "5 SQL true", "6 SQL true", "7 SQL true", "8 SQL true", "9 SQL true",
					"- JDBC true");
			// V2: the load judged against the as-of date is read again; the windows know
			// the as-of date. V3: the province
			assertThat(database.jdbc().queryForList("SELECT code FROM province", String.class)).isEmpty();
			assertThat(database.jdbc().queryForObject("SELECT count(*) FROM kind_load", Long.class)).isZero();
			assertThat(database.jdbc()
				.queryForObject("""
						SELECT count(*) FROM information_schema.columns
						WHERE (table_name, column_name) IN (('run_window', 'as_of'), ('kind_load', 'read_on'))""",
						Long.class))
				.isEqualTo(2);
		}
	}

	/**
	 * A database that holds another application's table only (the benchmark's floor
	 * tables) is no old scorecard database.
	 */
	@Test
	void aDatabaseWithOnlyOtherTablesGetsTheWholeSchemaBesideThem() throws Exception {
		try (TestDatabase database = TestDatabase.withoutSchema()) {
			database.jdbc().execute("CREATE TABLE floor_unit (unit_code text PRIMARY KEY)");
			database.jdbc().update("INSERT INTO floor_unit VALUES ('SO01')");
			String[] db = database.springArguments();
			assertThat(ScorecardCommand.run("--history", db[0], db[1])).isEqualTo(ExitCode.SUCCESS);
			assertThat(database.jdbc()
				.queryForList(
						"""
								SELECT coalesce(version, '-') || ' ' || type FROM flyway_schema_history ORDER BY installed_rank""",
						String.class))
				.containsExactly("0 BASELINE", "1 SQL", "2 SQL", "3 SQL", "4 SQL", "5 SQL", "6 SQL", "7 SQL", "8 SQL",
						"9 SQL", "- JDBC");
			assertThat(database.jdbc().queryForList("SELECT unit_code FROM floor_unit", String.class))
				.containsExactly("SO01");
		}
	}

	@Test
	void whileARunLoadsAnotherProcessStartsWithoutWaiting(@TempDir Path work) throws Exception {
		Path input = SmallProvince.write(work.resolve("input"), 11);
		try (TestDatabase database = TestDatabase.create(); Connection lock = database.dataSource().getConnection()) {
			String[] db = database.springArguments();
			lock.setAutoCommit(false);
			try (Statement statement = lock.createStatement()) {
				statement.execute("LOCK TABLE task IN ACCESS EXCLUSIVE MODE");
			}
			// the run has loaded its units and meetings (rows in run_file, locks held)
			// and waits on the tasks
			try (ChildJvm run = ChildJvm.start(work.resolve("run.log"), "--input=" + input, "--period=2026-09",
					"--output=" + work.resolve("out"), "--as-of=2026-11-24", db[0], db[1])) {
				run.await("the load to wait on the task table", PATIENCE, () -> database.waitingOn("task"));
				// a start that altered a table the load holds would wait for it: this one
				// must not
				assertTimeoutPreemptively(Duration.ofSeconds(60),
						() -> assertThat(ScorecardCommand.run("--history", db[0], db[1])).isEqualTo(ExitCode.SUCCESS));
				lock.rollback();
				assertThat(run.exitCode(PATIENCE)).as(run.output()).isZero();
			}
		}
	}

}

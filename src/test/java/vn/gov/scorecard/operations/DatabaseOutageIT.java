package vn.gov.scorecard.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.support.ChildJvm;
import vn.gov.scorecard.support.SmallProvince;

/**
 * The database going away in the middle of a run fails the run with a clear message and
 * leaves no partial results; once the database is back, the next run of the period
 * resumes and completes.
 */
class DatabaseOutageIT {

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	@Test
	void aRunWhoseDatabaseGoesAwayFailsCleanlyAndTheNextOneCompletes(@TempDir Path work) throws Exception {
		Path input = work.resolve("in");
		SmallProvince.write(input, 3);
		Path data = work.resolve("pgdata");
		EmbeddedPostgres server = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.start();
		int port = server.getPort();
		String[] arguments = { "--input=" + input, "--period=2026-09", "--output=" + work.resolve("out"),
				"--as-of=2026-11-24", "--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
				"--spring.datasource.username=postgres" };
		try (ChildJvm child = ChildJvm.start(work.resolve("first.log"), arguments)) {
			child.await("the load step", PATIENCE, () -> child.output().contains("step load started"));
			try (Connection lock = server.getPostgresDatabase().getConnection();
					Statement statement = lock.createStatement()) {
				// keep the run in its count step, then take the database away under it
				lock.setAutoCommit(false);
				statement.execute("LOCK TABLE indicator_count IN ACCESS EXCLUSIVE MODE");
				child.await("the count step", PATIENCE, () -> child.output().contains("step count started"));
				server.close();
			}
			catch (java.sql.SQLException expected) {
				// closing our own connection to a stopped server
			}
			child.finished(ExitCode.DATABASE_UNREACHABLE.code());
			assertThat(child.failureLine()).startsWith("scorecard: database unreachable: ");
		}
		assertThat(work.resolve("out/2026-09/scores.csv")).doesNotExist();

		server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
		try {
			// nothing of the failed count step was kept
			try (Connection connection = server.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement();
					var rows = statement.executeQuery("SELECT count(*) FROM indicator_count")) {
				rows.next();
				assertThat(rows.getLong(1)).isZero();
			}
			try (ChildJvm again = ChildJvm.start(work.resolve("second.log"), arguments)) {
				again.finished(0);
				assertThat(again.output()).contains("resuming run 1 of 2026-09");
			}
			assertThat(Files.readString(work.resolve("out/2026-09/scores.csv"))).contains("DIGITAL_RATE");
		}
		finally {
			server.close();
		}
	}

}

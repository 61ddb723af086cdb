package vn.gov.scorecard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.flywaydb.core.Flyway;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.gov.scorecard.indicators.IndicatorFormulas;

/**
 * A real PostgreSQL for the tests: one embedded server per test JVM, and a fresh database
 * with the project's schema for each test that asks.
 */
public final class TestDatabase implements AutoCloseable {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private static EmbeddedPostgres server;

	private final String name;

	private final HikariDataSource dataSource;

	private TestDatabase(String name, HikariDataSource dataSource) {
		this.name = name;
		this.dataSource = dataSource;
	}

	/** A new, empty database with the schema applied. */
	public static TestDatabase create() {
		TestDatabase database = withoutSchema();
		// as application.properties configures Boot's Flyway
		Flyway.configure()
			.dataSource(database.dataSource)
			.locations("classpath:sql/migration")
			.javaMigrations(new IndicatorFormulas())
			.load()
			.migrate();
		return database;
	}

	/**
	 * A new database with nothing in it, not even the schema: for tests of what the job
	 * does to an older one.
	 */
	public static TestDatabase withoutSchema() {
		String name = "test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
		try (Connection connection = server().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(jdbcUrl(name));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(4);
		return new TestDatabase(name, dataSource);
	}

	public static String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + server().getPort() + "/" + database;
	}

	public String jdbcUrl() {
		return jdbcUrl(name);
	}

	/** The arguments that point the application at this database. */
	public String[] springArguments() {
		return new String[] { "--spring.datasource.url=" + jdbcUrl(), "--spring.datasource.username=postgres" };
	}

	/** Whether a session waits for a lock on {@code table}. */
	public boolean waitingOn(String table) {
		return jdbc().queryForObject("""
				SELECT count(*) > 0 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
				WHERE NOT l.granted AND c.relname = ?""", Boolean.class, table);
	}

	/**
	 * Whether a session of this database waits for the advisory lock of {@code key} (a
	 * run's records lock, say).
	 */
	public boolean waitingOnLock(String key) {
		return jdbc().queryForObject("""
				SELECT count(*) > 0 FROM pg_locks
				WHERE locktype = 'advisory' AND NOT granted AND objid = (hashtext(?)::bigint & 4294967295)::oid
				  AND database = (SELECT oid FROM pg_database WHERE datname = current_database())""", Boolean.class,
				key);
	}

	static String checkpointKey(String point) {
		return "scorecard-test:" + point;
	}

	/**
	 * Holds the runs of this database that reach {@code point} (under the profile
	 * {@code checkpoints}: {@link ChildJvm.Setting#checkpoints()}) until the hold is
	 * closed.
	 */
	public Hold hold(String point) {
		try {
			Connection connection = dataSource.getConnection();
			try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(hashtext(?))")) {
				lock.setString(1, checkpointKey(point));
				lock.execute();
			}
			return new Hold(this, point, connection);
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A checkpoint held by the test, which runs reaching it wait behind. */
	public record Hold(TestDatabase database, String point, Connection connection) implements AutoCloseable {

		/** Whether a run waits at the point. */
		public boolean reached() {
			return database.waitingOnLock(checkpointKey(point));
		}

		/** Lets the runs waiting at the point go on (again: nothing more). */
		@Override
		public void close() throws SQLException {
			if (connection.isClosed()) {
				return;
			}
			try (connection; Statement unlock = connection.createStatement()) {
				unlock.execute("SELECT pg_advisory_unlock_all()");
			}
		}
	}

	public HikariDataSource dataSource() {
		return dataSource;
	}

	public JdbcTemplate jdbc() {
		return new JdbcTemplate(dataSource);
	}

	public TransactionTemplate transaction() {
		return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	@Override
	public void close() {
		dataSource.close();
	}

	private static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException ignored) {
					// the JVM is ending; the temporary server directory goes with it
				}
			}));
		}
		return server;
	}

}

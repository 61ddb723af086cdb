package vn.gov.scorecard.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server with password logins (Debian's PostgreSQL 15, which
 * {@code .ci/run} starts), for what the embedded server cannot show: an ICU collation, a
 * refused login. Set by {@code SCORECARD_TEST_SERVER_URL} (e.g.
 * {@code jdbc:postgresql://localhost:5432/}), {@code …_USER} and {@code …_PASSWORD};
 * without them these tests are skipped, unless {@code SCORECARD_REQUIRE_SERVER} says they
 * must run (as in CI), when they fail.
 */
public final class PostgresServer {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private final String url;

	private final String user;

	private final String password;

	private PostgresServer(String url, String user, String password) {
		this.url = url;
		this.user = user;
		this.password = password;
	}

	public static PostgresServer required() {
		String url = System.getenv("SCORECARD_TEST_SERVER_URL");
		if (url == null || url.isBlank()) {
			if (Boolean.parseBoolean(System.getenv("SCORECARD_REQUIRE_SERVER"))) {
				throw new IllegalStateException(
						"SCORECARD_TEST_SERVER_URL is not set: .ci/run starts the server and sets it");
			}
			Assumptions.abort("no PostgreSQL server configured (SCORECARD_TEST_SERVER_URL); .ci/run provides one");
		}
		return new PostgresServer(url, System.getenv("SCORECARD_TEST_SERVER_USER"),
				System.getenv("SCORECARD_TEST_SERVER_PASSWORD"));
	}

	/**
	 * Creates a database with the given options (e.g. a collation) and returns its JDBC
	 * URL.
	 */
	public String createDatabase(String options) throws SQLException {
		String name = "scorecard_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
		try (Connection connection = DriverManager.getConnection(url + "postgres", user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name);
			statement.execute("CREATE DATABASE " + name + " " + options);
		}
		return url + name;
	}

	public String user() {
		return user;
	}

	public String password() {
		return password;
	}

}

package vn.gov.scorecard.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import vn.gov.scorecard.period.Period;

/**
 * A PostgreSQL advisory lock held on its own connection for as long as a period's run
 * lasts. It is what makes "one run per period at a time" hold across processes and
 * machines, and it lets a run recognise an execution left STARTED by a killed process: if
 * the lock is free, nobody is running that period any more.
 */
final class PeriodLock implements AutoCloseable {

	private final Connection connection;

	private PeriodLock(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Takes the lock of the period, or returns {@code null} when another process holds
	 * it.
	 */
	static PeriodLock tryAcquire(DataSource dataSource, Period period) throws SQLException {
		Connection connection = dataSource.getConnection();
		try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(hashtext(?))")) {
			lock.setString(1, "scorecard:" + period);
			try (ResultSet result = lock.executeQuery()) {
				result.next();
				if (result.getBoolean(1)) {
					return new PeriodLock(connection);
				}
			}
		}
		catch (SQLException | RuntimeException e) {
			connection.close();
			throw e;
		}
		connection.close();
		return null;
	}

	/**
	 * Unlocks before the connection goes back to the pool (a pooled session outlives
	 * close()).
	 */
	@Override
	public void close() throws SQLException {
		try (connection; var unlock = connection.createStatement()) {
			unlock.execute("SELECT pg_advisory_unlock_all()");
		}
	}

}

package vn.gov.scorecard.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import vn.gov.scorecard.ingest.load.RecordGenerations;

/**
 * Loading and reading the records take turns, across processes (decision 78): a run's
 * load holds the province's records alone, and from its count step to its last step the
 * run holds them shared, so that another period's run cannot change what it counts,
 * scores and draws its documents from. A run's documents thus agree with its CSVs
 * whatever else runs; another run's load waits until they are written. The lock is a
 * PostgreSQL advisory lock on a connection of its own, taken exclusive for the load and
 * turned shared without letting go in between.
 */
@Component
class RecordsLock implements JobExecutionListener, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(RecordsLock.class);

	private static final String KEY = "scorecard:records";

	private final DataSource dataSource;

	private final RecordGenerations generations;

	private Connection connection;

	private boolean exclusive;

	private boolean shared;

	RecordsLock(DataSource dataSource, RecordGenerations generations) {
		this.dataSource = dataSource;
		this.generations = generations;
	}

	@Override
	public synchronized void beforeStep(StepExecution step) {
		long runId = step.getJobExecution().getJobInstance().getInstanceId();
		try {
			if (connection == null) {
				connection = dataSource.getConnection();
			}
			if (step.getStepName().equals("load")) {
				if (!exclusive) {
					take("pg_try_advisory_lock", "pg_advisory_lock", runId, "to load",
							"counting or drawing its documents from them");
					exclusive = true;
				}
				return;
			}
			if (!shared) {
				take("pg_try_advisory_lock_shared", "pg_advisory_lock_shared", runId, "to count and draw its documents",
						"loading");
				shared = true;
				// once held shared, no other run can load: the records stay as this finds
				// them
				Optional<String> changed = generations.changedSince(runId);
				if (changed.isPresent()) {
					throw new RecordsChangedException(changed.get() + "; its documents would not agree with its"
							+ " figures: run the period again, which starts a new run");
				}
			}
			if (exclusive) {
				call("pg_advisory_unlock");
				exclusive = false;
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("run " + runId + ": cannot lock the records: " + e.getMessage(), e);
		}
	}

	@Override
	public synchronized void afterJob(JobExecution execution) {
		if (connection == null) {
			return;
		}
		// unlock before the connection goes back to the pool: a pooled session outlives
		// close()
		try (Connection closing = connection) {
			try (Statement unlock = connection.createStatement()) {
				unlock.execute("SELECT pg_advisory_unlock_all()");
			}
		}
		catch (SQLException e) {
			log.warn("run {}: could not release the records lock ({}); it goes when the connection does",
					execution.getJobInstance().getInstanceId(), e.getMessage());
		}
		finally {
			connection = null;
			exclusive = false;
			shared = false;
		}
	}

	private void take(String tryFunction, String waitFunction, long runId, String why, String holder)
			throws SQLException {
		if (!"true".equals(call(tryFunction))) {
			log.info("run {}: waiting for the records {}: another run is {}", runId, why, holder);
			call(waitFunction);
			log.info("run {}: the records are free, going on", runId);
		}
	}

	/**
	 * Calls one of PostgreSQL's advisory lock functions (a name of this class, never
	 * input) on the lock's key.
	 */
	private String call(String function) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(hashtext(?))::text")) {
			statement.setString(1, KEY);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getString(1);
			}
		}
	}

	/** The records changed between a run's load and a later step of it. */
	static class RecordsChangedException extends RuntimeException {

		RecordsChangedException(String message) {
			super(message);
		}

	}

}

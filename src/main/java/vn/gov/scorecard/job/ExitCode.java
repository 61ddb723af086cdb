package vn.gov.scorecard.job;

import java.net.ConnectException;
import java.sql.SQLException;

import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import vn.gov.scorecard.database.DatabaseInUseException;
import vn.gov.scorecard.ingest.InputProblemException;
import vn.gov.scorecard.ingest.load.RejectCapExceededException;
import vn.gov.scorecard.output.OutputUnwritableException;
import vn.gov.scorecard.province.ProvinceOfDatabase.AnotherProvinceException;
import vn.gov.scorecard.rules.InvalidRuleSetException;

/** The process's exit codes; the README lists them for operators. */
public enum ExitCode {

	SUCCESS(0), INTERNAL_ERROR(1), INVALID_ARGUMENTS(2), INPUT_PROBLEM(3), REJECT_CAP_EXCEEDED(4),
	DATABASE_UNREACHABLE(5), ALREADY_RUNNING(6), LOGIN_REFUSED(7), OUTPUT_UNWRITABLE(8), STOPPED(9);

	/**
	 * The operating system's words for a full disk (ENOSPC), in every exception that
	 * carries it.
	 */
	private static final String NO_SPACE = "No space left on device";

	private final int code;

	ExitCode(int code) {
		this.code = code;
	}

	public int code() {
		return code;
	}

	public static ExitCode ofCode(int code) {
		for (ExitCode exit : values()) {
			if (exit.code == code) {
				return exit;
			}
		}
		throw new IllegalArgumentException("no exit code " + code);
	}

	/**
	 * The exit code for a failure, from the first cause in the chain that says what went
	 * wrong. A refused login wins over the "cannot connect" that wraps it.
	 */
	public static ExitCode of(Throwable failure) {
		return telling(failure) == null ? INTERNAL_ERROR : ownCode(telling(failure));
	}

	/**
	 * The one line an operator reads: what kind of failure, then the message of that
	 * cause, or of the root cause.
	 */
	public static String reason(Throwable failure) {
		String message = message(failure);
		String prefix = switch (of(failure)) {
			case DATABASE_UNREACHABLE -> "database unreachable: ";
			case LOGIN_REFUSED -> "the database refused the login (check spring.datasource.username and"
					+ " spring.datasource.password, or SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD): ";
			case INTERNAL_ERROR -> "internal error: ";
			case OUTPUT_UNWRITABLE -> message.contains(NO_SPACE) ? "the disk is full: " : "";
			default -> "";
		};
		return prefix + message;
	}

	/**
	 * The first line of the message of the cause that says what went wrong, or of the
	 * root cause.
	 */
	public static String message(Throwable failure) {
		Throwable telling = telling(failure);
		if (telling == null) {
			for (telling = failure; telling.getCause() != null; telling = telling.getCause()) {
				// the root cause
			}
		}
		String message = telling.getMessage() == null ? telling.getClass().getSimpleName() : telling.getMessage();
		return message.lines().findFirst().orElse("").strip();
	}

	private static Throwable telling(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (ownCode(t) == LOGIN_REFUSED) {
				return t;
			}
		}
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (ownCode(t) != INTERNAL_ERROR) {
				return t;
			}
		}
		return null;
	}

	private static ExitCode ownCode(Throwable t) {
		if (t instanceof InvalidArgumentsException || t instanceof InvalidRuleSetException
				|| t instanceof AnotherProvinceException) {
			return INVALID_ARGUMENTS;
		}
		if (t instanceof InputProblemException) {
			return INPUT_PROBLEM;
		}
		if (t instanceof RejectCapExceededException) {
			return REJECT_CAP_EXCEEDED;
		}
		if (t instanceof AlreadyRunningException || t instanceof JobExecutionAlreadyRunningException
				|| t instanceof DatabaseInUseException) {
			return ALREADY_RUNNING;
		}
		if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("28")) {
			return LOGIN_REFUSED;
		}
		if (t instanceof RunCommand.StoppedException) {
			return STOPPED;
		}
		if (t instanceof OutputUnwritableException || (t.getMessage() != null && t.getMessage().contains(NO_SPACE))) {
			return OUTPUT_UNWRITABLE;
		}
		if (t instanceof CannotGetJdbcConnectionException || t instanceof ConnectException
				|| (t instanceof SQLException sql && isConnectionLost(sql.getSQLState()))) {
			return DATABASE_UNREACHABLE;
		}
		return INTERNAL_ERROR;
	}

	/**
	 * Class 08: connection exceptions; 57P01–57P03: the server shut down or is not
	 * accepting connections.
	 */
	private static boolean isConnectionLost(String sqlState) {
		return sqlState != null && (sqlState.startsWith("08") || sqlState.matches("57P0[123]"));
	}

	/**
	 * Options that cannot be used: a bad period, a missing input directory, a bad date.
	 */
	public static class InvalidArgumentsException extends RuntimeException {

		public InvalidArgumentsException(String message) {
			super(message);
		}

	}

	/** Another process is running the same period. */
	public static class AlreadyRunningException extends RuntimeException {

		public AlreadyRunningException(String message) {
			super(message);
		}

	}

}

package vn.gov.scorecard.database;

import java.nio.file.Path;

/**
 * Another process holds the embedded database's folder; the message says who and what to
 * do.
 */
public class DatabaseInUseException extends RuntimeException {

	DatabaseInUseException(Path directory, String holder, String purpose) {
		super(message(directory, holder, purpose));
	}

	private static String message(Path directory, String holder, String purpose) {
		String where = " (embedded database " + directory.toAbsolutePath() + ")";
		if (holder.contains(": " + purpose + " since") && purpose.startsWith("run of ")) {
			return "a " + purpose + " is already in progress (" + holder + ")" + where + "; try again when it ends";
		}
		return "the embedded database " + directory.toAbsolutePath() + " is in use by " + holder
				+ "; try again when it ends, or configure a PostgreSQL server (SPRING_DATASOURCE_URL) to run several commands at once";
	}

}

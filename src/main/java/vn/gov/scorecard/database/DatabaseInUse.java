package vn.gov.scorecard.database;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/** Which database a run uses, as its log names it at the start: never with a password. */
@Component
public class DatabaseInUse {

	private final String description;

	DatabaseInUse(DataSource dataSource, ObjectProvider<EmbeddedDatabase> embedded) {
		EmbeddedDatabase database = embedded.getIfAvailable();
		if (database != null) {
			this.description = database.description();
		}
		else if (dataSource instanceof HikariDataSource hikari) {
			this.description = "PostgreSQL server " + withoutPassword(hikari.getJdbcUrl())
					+ (hikari.getUsername() == null ? "" : " as " + hikari.getUsername());
		}
		else {
			this.description = "a PostgreSQL server";
		}
	}

	public String description() {
		return description;
	}

	/** The URL with any {@code password=} parameter blanked. */
	static String withoutPassword(String url) {
		return url == null ? "" : url.replaceAll("(?i)([?&]password=)[^&]*", "$1***");
	}

}

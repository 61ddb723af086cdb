package vn.gov.scorecard.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL, used when no {@code spring.datasource.url} is set.
 *
 * @param dir the embedded PostgreSQL's folder; by default
 * {@code $XDG_DATA_HOME/scorecard/db}, else {@code ~/.local/share/scorecard/db}: one
 * place per user, whatever the working directory
 */
@ConfigurationProperties("scorecard.embedded-db")
public record EmbeddedDatabaseProperties(Path dir) {

	public Path folder() {
		if (dir != null) {
			return dir;
		}
		String dataHome = System.getenv("XDG_DATA_HOME");
		Path base = dataHome == null || dataHome.isBlank() ? Path.of(System.getProperty("user.home"), ".local", "share")
				: Path.of(dataHome);
		return base.resolve("scorecard").resolve("db");
	}
}

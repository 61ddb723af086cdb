package vn.gov.scorecard.database;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where a database's schema history starts, the first time this build meets it (decision
 * 58). A database the last build before migrations made holds V1's tables without
 * Flyway's history: it is taken as at V1 and upgraded from V2 on. A database that holds
 * only other tables (a DBA's, a benchmark's) is no such database: the whole schema is
 * made beside them, from V1. Flyway's own {@code baseline-on-migrate} cannot tell the two
 * apart, and took a database with one foreign table for an old scorecard database, then
 * failed at V2.
 */
@Component
class SchemaBaseline implements FlywayMigrationStrategy {

	private static final Logger log = LoggerFactory.getLogger(SchemaBaseline.class);

	@Override
	public void migrate(Flyway flyway) {
		DataSource dataSource = flyway.getConfiguration().getDataSource();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		boolean history = jdbc.queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class,
				flyway.getConfiguration().getTable());
		boolean anyTable = jdbc.queryForObject(
				"SELECT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema())", Boolean.class);
		if (!history && anyTable) {
			boolean beforeMigrations = jdbc.queryForObject(
					"SELECT to_regclass('unit') IS NOT NULL AND to_regclass('batch_job_instance') IS NOT NULL",
					Boolean.class);
			String version = beforeMigrations ? "1" : "0";
			log.info("database schema: {}", beforeMigrations ? "made before migrations: taken as V1"
					: "other tables, no scorecard schema: made beside them");
			Flyway.configure()
				.configuration(flyway.getConfiguration())
				.baselineVersion(version)
				.baselineDescription(beforeMigrations ? "schema from before migrations" : "other tables only")
				.load()
				.baseline();
		}
		flyway.migrate();
	}

}

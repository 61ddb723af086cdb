package vn.gov.scorecard.database;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the project's tables ({@code sql/schema.sql}), its indicator functions
 * ({@code sql/indicators/}) and Spring Batch's job repository tables at start-up, under an
 * advisory lock so that two processes starting at once do not race.
 */
@Component
public class SchemaInitializer implements InitializingBean {

	private static final long LOCK = 0x5c0_2ec4_2dL;

	private final JdbcTemplate jdbc;
	private final TransactionTemplate transaction;

	public SchemaInitializer(JdbcTemplate jdbc, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Override
	public void afterPropertiesSet() {
		transaction.executeWithoutResult(status -> {
			jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)", Object.class, LOCK);
			if (jdbc.queryForObject("SELECT to_regclass('batch_job_instance') IS NULL", Boolean.class)) {
				jdbc.execute(SqlFile.classpathResource("org/springframework/batch/core/schema-postgresql.sql"));
			}
			jdbc.execute(SqlFile.read("schema.sql"));
			// the indicator formulas, as functions of the types and views above
			for (String formula : SqlFile.list("indicators/*/*.sql")) {
				jdbc.execute(SqlFile.read(formula));
			}
		});
	}
}

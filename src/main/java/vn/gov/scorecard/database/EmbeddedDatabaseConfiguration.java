package vn.gov.scorecard.database;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

import com.zaxxer.hikari.HikariDataSource;

/**
 * With no {@code spring.datasource.url} (nor {@code SPRING_DATASOURCE_URL}), the job runs
 * on an embedded PostgreSQL that needs no installation, in one per-user folder whatever
 * the working directory ({@link EmbeddedDatabaseProperties}), so history, restarts and
 * baselines are found from anywhere.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties, Environment environment) {
		return EmbeddedDatabase.start(properties.folder(), purpose(environment));
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedDatabase database,
			@Value("${spring.datasource.hikari.connection-timeout:5000}") long connectionTimeout) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(database.jdbcUrl());
		dataSource.setMaximumPoolSize(4);
		dataSource.setConnectionTimeout(connectionTimeout);
		return dataSource;
	}

	/**
	 * What this process uses the database for, as a second process's refusal names it.
	 */
	private static String purpose(Environment environment) {
		if (environment.getProperty("history", Boolean.class, false)) {
			return "--history";
		}
		if (environment.getProperty("schedule", Boolean.class, false)) {
			return "a scheduled tick";
		}
		if (environment.getProperty("plan", Boolean.class, false)) {
			return "--schedule --plan";
		}
		String period = environment.getProperty("period", environment.getProperty("scorecard.period", ""));
		return "run of " + period.strip();
	}

	static class NoDatasourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !context.getEnvironment().containsProperty("spring.datasource.url");
		}

	}

}

package vn.gov.scorecard.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * With no {@code spring.datasource.url} (nor {@code SPRING_DATASOURCE_URL}), the job runs on an
 * embedded PostgreSQL that needs no installation. Its data directory persists between runs so
 * that history, restarts and previous-year baselines survive.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${scorecard.embedded-db.dir:scorecard-db}") Path dataDirectory) {
		try {
			Files.createDirectories(dataDirectory);
			return EmbeddedPostgres.builder()
					.setDataDirectory(dataDirectory)
					.setCleanDataDirectory(false)
					.start();
		}
		catch (IOException e) {
			throw new UncheckedIOException("embedded PostgreSQL cannot start in " + dataDirectory.toAbsolutePath()
					+ ": " + e.getMessage(), e);
		}
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedPostgres postgres,
			@Value("${spring.datasource.hikari.connection-timeout:5000}") long connectionTimeout) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setMaximumPoolSize(4);
		dataSource.setConnectionTimeout(connectionTimeout);
		return dataSource;
	}

	static class NoDatasourceUrl implements Condition {
		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !context.getEnvironment().containsProperty("spring.datasource.url");
		}
	}
}

package vn.gov.scorecard.indicators;

import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

import vn.gov.scorecard.database.SqlFile;
import vn.gov.scorecard.rules.Indicator;

/**
 * The indicator formulas ({@code sql/indicators/}, one file per SPEC code) and the views
 * and functions they read ({@code sql/functions.sql}) as one repeatable Flyway migration:
 * applied after the versioned migrations of {@code sql/migration/}, and again whenever
 * one of these files changed (its checksum is theirs), so that a start with nothing
 * changed runs no DDL. The files are named by the indicators, never found by scanning the
 * class path, so that every process computes the same checksum whatever its class path
 * holds.
 */
@Component
public class IndicatorFormulas implements JavaMigration {

	private final List<String> files = new ArrayList<>();

	public IndicatorFormulas() {
		files.add("functions.sql");
		for (Indicator indicator : Indicator.values()) {
			files.add("indicators/" + (indicator.countsRecords() ? "records/" : "counts/") + indicator.name() + ".sql");
		}
	}

	@Override
	public MigrationVersion getVersion() {
		return null;
	}

	@Override
	public String getDescription() {
		return "indicator formulas";
	}

	@Override
	public Integer getChecksum() {
		CRC32 crc = new CRC32();
		for (String file : files) {
			crc.update(file.getBytes(StandardCharsets.UTF_8));
			crc.update(SqlFile.read(file).getBytes(StandardCharsets.UTF_8));
		}
		return (int) crc.getValue();
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		try (Statement statement = context.getConnection().createStatement()) {
			for (String file : files) {
				statement.execute(SqlFile.read(file));
			}
		}
	}

}

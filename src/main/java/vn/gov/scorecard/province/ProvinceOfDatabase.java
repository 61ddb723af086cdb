package vn.gov.scorecard.province;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One province per database (SPEC §2 v3): the first run records the configured province
 * (on a database from before v3, the next run does), and a run configured for another is
 * refused, naming both, unless the operator says the province itself changed (the 2025
 * mergers of provinces).
 */
@Component
public class ProvinceOfDatabase {

	private static final Logger log = LoggerFactory.getLogger(ProvinceOfDatabase.class);

	private final JdbcTemplate jdbc;

	public ProvinceOfDatabase(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @throws AnotherProvinceException when the database holds another province's records
	 * and no change was accepted
	 */
	public void admit(Province configured, boolean acceptChange) {
		List<Province> recorded = jdbc.query("SELECT code, name FROM province",
				(row, i) -> new Province(row.getString(1), row.getString(2)));
		if (recorded.isEmpty()) {
			jdbc.update("INSERT INTO province (code, name) VALUES (?, ?)", configured.code(), configured.name());
			log.info("this database now holds the records of {}", configured);
			return;
		}
		Province holds = recorded.get(0);
		if (holds.code().equals(configured.code())) {
			if (!holds.name().equals(configured.name())) {
				jdbc.update("UPDATE province SET name = ?", configured.name());
			}
			return;
		}
		if (!acceptChange) {
			throw new AnotherProvinceException(
					"this database holds the records of " + holds + "; the run is configured for " + configured
							+ " (scorecard.province.code): use that province's own database, or, if the province itself"
							+ " changed, run once by hand with --accept-province-change");
		}
		jdbc.update("UPDATE province SET code = ?, name = ?", configured.code(), configured.name());
		log.warn("the province of this database changed from {} to {}, as --accept-province-change says", holds,
				configured);
	}

	/**
	 * A run configured for another province than the one whose records the database
	 * holds.
	 */
	public static class AnotherProvinceException extends RuntimeException {

		AnotherProvinceException(String message) {
			super(message);
		}

	}

}

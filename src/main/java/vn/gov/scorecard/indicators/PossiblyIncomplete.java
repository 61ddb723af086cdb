package vn.gov.scorecard.indicators;

import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.gov.scorecard.database.SqlFile;
import vn.gov.scorecard.period.Windows;

/**
 * Deliveries that may be incomplete (SPEC §4 v3): a unit that recorded a kind in each of
 * the three months before the period's last month, and nothing in that month, without a
 * nil return. A warning for Sở Nội vụ to ask before it signs; no effect on scores.
 */
public final class PossiblyIncomplete {

	/** One unit, kind and month, as run.json names them. */
	public record Delivery(@JsonProperty("unit_code") String unitCode, String kind, String month) {
	}

	private static final String QUERY = SqlFile.read("indicators/possibly_incomplete.sql");

	private PossiblyIncomplete() {
	}

	public static List<Delivery> of(NamedParameterJdbcTemplate jdbc, Windows windows) {
		return jdbc.query(QUERY,
				new MapSqlParameterSource("window_end", windows.end()).addValue("as_of", windows.asOf()),
				(row, i) -> new Delivery(row.getString(1), row.getString(2), row.getString(3)));
	}

}

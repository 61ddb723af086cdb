package vn.gov.scorecard.indicators;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The units that delivered nothing of a kind this year though they did last year (SPEC §4
 * v3): their reductions are NA rather than scored on the absence. Read from the run's
 * results for its period: a unit is listed where the count's reason was the one its
 * indicator got (not when the whole province lacks the kind, which the warnings say
 * once).
 */
public final class Undelivered {

	/** One unit and the kind it did not deliver, as run.json names them. */
	public record Unit(@JsonProperty("unit_code") String unitCode, String kind) {
	}

	private Undelivered() {
	}

	public static List<Unit> of(JdbcTemplate jdbc, long runId, String period) {
		return jdbc.query("""
				SELECT c.unit_code, CASE c.indicator WHEN 'DOC_REDUCTION' THEN 'documents' ELSE 'meetings' END AS kind
				FROM indicator_count c
				JOIN indicator_result r USING (run_id, period, unit_code, indicator)
				WHERE c.run_id = ? AND c.period = ? AND c.indicator IN ('DOC_REDUCTION', 'MEETING_REDUCTION')
				  AND r.reason = c.not_applicable
				ORDER BY c.unit_code COLLATE "C", kind""", (row, i) -> new Unit(row.getString(1), row.getString(2)),
				runId, period);
	}

}

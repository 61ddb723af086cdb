package vn.gov.scorecard.indicators;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** A run's warnings (SPEC §4: kinds with no record in the period's window), kept with its results. */
public final class RunWarnings {

	private RunWarnings() {
	}

	public static void replace(JdbcTemplate jdbc, long runId, List<String> warnings) {
		jdbc.update("DELETE FROM run_warning WHERE run_id = ?", runId);
		for (int i = 0; i < warnings.size(); i++) {
			jdbc.update("INSERT INTO run_warning (run_id, position, message) VALUES (?, ?, ?)", runId, i, warnings.get(i));
		}
	}

	public static List<String> of(JdbcTemplate jdbc, long runId) {
		return jdbc.queryForList("SELECT message FROM run_warning WHERE run_id = ? ORDER BY position", String.class, runId);
	}
}

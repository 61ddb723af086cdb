package vn.gov.scorecard.indicators;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A run's warnings, kept with its results: what the input directory held that was not
 * read (load step), the kinds with no record in the period's window (score step, SPEC
 * §4), and a ranking report that cannot be signed as it is (report step).
 */
@Component
public class RunWarnings {

	/**
	 * The step a warning comes from; a step that runs again replaces its own warnings
	 * only.
	 */
	public enum Step {

		LOAD, SCORE, REPORT

	}

	private final JdbcTemplate jdbc;

	public RunWarnings(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void replace(long runId, Step step, List<String> warnings) {
		jdbc.update("DELETE FROM run_warning WHERE run_id = ? AND step = ?", runId, step.name());
		int next = jdbc.queryForObject("SELECT coalesce(max(position) + 1, 0) FROM run_warning WHERE run_id = ?",
				Integer.class, runId);
		for (int i = 0; i < warnings.size(); i++) {
			jdbc.update("INSERT INTO run_warning (run_id, position, message, step) VALUES (?, ?, ?, ?)", runId,
					next + i, warnings.get(i), step.name());
		}
	}

	public List<String> of(long runId) {
		return jdbc.queryForList("SELECT message FROM run_warning WHERE run_id = ? ORDER BY position", String.class,
				runId);
	}

}

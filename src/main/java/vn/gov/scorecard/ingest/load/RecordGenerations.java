package vn.gov.scorecard.ingest.load;

import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The state of the records a run loaded, as a number that each load changing them
 * advances (V8). A load that read no record file against the same unit list leaves it
 * where it was.
 */
@Component
public class RecordGenerations {

	private final JdbcTemplate jdbc;

	public RecordGenerations(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the generation the run loaded, advancing it first when the load read
	 * records or another unit list.
	 */
	void loaded(long runId, boolean readRecords, String unitsFingerprint) {
		String lastUnits = jdbc.queryForObject("SELECT units FROM record_generation FOR UPDATE", String.class);
		if (readRecords || !Objects.equals(lastUnits, unitsFingerprint)) {
			jdbc.update("UPDATE record_generation SET generation = generation + 1, units = ?", unitsFingerprint);
		}
		jdbc.update("""
				INSERT INTO run_generation (run_id, generation) SELECT ?, generation FROM record_generation
				ON CONFLICT (run_id) DO UPDATE SET generation = EXCLUDED.generation""", runId);
	}

	/**
	 * Why the records are no longer those the run loaded (a later load of another run
	 * changed them), or empty when they are, or when the run has not loaded yet.
	 */
	public Optional<String> changedSince(long runId) {
		return jdbc
			.query("""
					SELECT r.generation, g.generation,
					       (SELECT max(l.run_id) FROM run_generation l WHERE l.generation = g.generation)
					FROM run_generation r CROSS JOIN record_generation g
					WHERE r.run_id = ? AND r.generation <> g.generation""",
					(row, i) -> "the records changed after run " + runId + " loaded them (generation " + row.getLong(1)
							+ " then, " + row.getLong(2) + " now"
							+ (row.getObject(3) == null ? "" : ", loaded by run " + row.getLong(3)) + ")",
					runId)
			.stream()
			.findFirst();
	}

}

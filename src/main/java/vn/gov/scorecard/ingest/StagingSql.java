package vn.gov.scorecard.ingest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The statements that stage and upsert one input file, derived from its contract definition.
 * Every identifier comes from {@link InputFile}'s constants; input values only ever travel
 * through COPY or bound parameters.
 */
record StagingSql(InputFile file) {

	String stageTable() {
		return "stage_" + file.table();
	}

	/** A temporary copy of the target table plus the source line; dropped when the load commits or rolls back. */
	String createStage() {
		return "CREATE TEMP TABLE " + stageTable() + " (line bigint NOT NULL, LIKE " + file.table() + ") ON COMMIT DROP";
	}

	String copyIntoStage() {
		return "COPY " + stageTable() + " (line, " + columns() + ") FROM STDIN (FORMAT csv)";
	}

	/**
	 * Every key of the file: the staged rows', and those of rows rejected while parsing as far as
	 * they could be read, so that a key repeated after a rejected first occurrence is a duplicate
	 * too (SPEC §2). Parameters: run id, file name.
	 */
	private String keys() {
		String rejectedKey = file.key().size() == 1 ? "unit_code"
				: "unit_code, record_id AS " + idColumn();
		return "SELECT line, " + String.join(", ", file.key()) + ", true AS staged FROM " + stageTable()
				+ " UNION ALL SELECT line, " + rejectedKey + ", false FROM run_reject WHERE run_id = ? AND file_name = ?"
				+ " AND unit_code IS NOT NULL" + (file.key().size() == 1 ? "" : " AND record_id IS NOT NULL");
	}

	/** Whether any key occurs more than once: a hash aggregate, far cheaper than removing nothing. */
	String hasDuplicates() {
		return "SELECT EXISTS (SELECT 1 FROM (" + keys() + ") k GROUP BY " + String.join(", ", file.key())
				+ " HAVING count(*) > 1 AND bool_or(staged))";
	}

	/**
	 * Moves every staged occurrence of a key after its first into run_reject, naming the first
	 * one's line. Parameters: run id, file name, run id, file name.
	 */
	String rejectDuplicates() {
		String id = idColumn();
		return "WITH ranked AS (SELECT line, staged, min(line) OVER (PARTITION BY " + String.join(", ", file.key())
				+ ") AS first_line FROM (" + keys() + ") k),"
				+ " removed AS (DELETE FROM " + stageTable() + " s USING ranked d"
				+ " WHERE s.line = d.line AND d.staged AND d.line > d.first_line"
				+ " RETURNING s.line, s.unit_code, s." + id + " AS id, d.first_line)"
				+ " INSERT INTO run_reject (run_id, file_name, line, column_name, value, reason, unit_code, record_id)"
				+ " SELECT ?, ?, line, '" + id + "', id, 'trùng khóa với dòng ' || first_line || ' trong cùng tệp', unit_code, "
				+ (file.key().size() == 1 ? "NULL" : "id") + " FROM removed";
	}

	/** The key's last column: the record's identifier within its unit (unit_code for units.csv). */
	String idColumn() {
		return file.key().get(file.key().size() - 1);
	}

	/**
	 * Inserts the staged rows, or replaces the stored record of the same key. A record that a
	 * re-delivered file repeats unchanged is left alone: the monthly files carry the whole history,
	 * and rewriting identical rows would cost most of the load.
	 */
	String upsert() {
		List<String> updated = file.columnNames().stream().filter(c -> !file.key().contains(c)).toList();
		return "INSERT INTO " + file.table() + " AS t (" + columns() + ") SELECT " + columns() + " FROM " + stageTable()
				+ " ON CONFLICT (" + String.join(", ", file.key()) + ") DO UPDATE SET "
				+ updated.stream().map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "))
				+ " WHERE (" + updated.stream().map(c -> "t." + c).collect(Collectors.joining(", "))
				+ ") IS DISTINCT FROM (" + updated.stream().map(c -> "EXCLUDED." + c).collect(Collectors.joining(", ")) + ")";
	}

	String countStaged() {
		return "SELECT count(*) FROM " + stageTable();
	}

	private String columns() {
		return String.join(", ", file.columnNames());
	}
}

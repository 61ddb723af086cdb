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

	/** Whether any key occurs more than once: a hash aggregate, far cheaper than removing nothing. */
	String hasDuplicates() {
		return "SELECT EXISTS (SELECT 1 FROM " + stageTable() + " GROUP BY " + String.join(", ", file.key())
				+ " HAVING count(*) > 1)";
	}

	/**
	 * Removes every occurrence of a key after its first, returning the removed line, its unit code,
	 * the record's id (the key's last column) and the line of the first occurrence.
	 */
	String removeDuplicates() {
		String key = String.join(", ", file.key());
		String id = file.key().get(file.key().size() - 1);
		return "DELETE FROM " + stageTable() + " s USING (SELECT line, min(line) OVER (PARTITION BY " + key
				+ ") AS first_line FROM " + stageTable() + ") d WHERE s.line = d.line AND d.line > d.first_line"
				+ " RETURNING s.line, s.unit_code, s." + id + " AS id, d.first_line";
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

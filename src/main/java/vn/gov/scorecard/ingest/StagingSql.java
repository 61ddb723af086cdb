package vn.gov.scorecard.ingest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The statements that stage and upsert the files of one kind, derived from its contract
 * definition. Every identifier comes from {@link InputKind}'s constants; input values only ever
 * travel through COPY or bound parameters. A staged row is known by its file's number (1-based,
 * in loading order) and its line; statements that name files take the kind's file names as a
 * {@code text[]} in that order.
 */
record StagingSql(InputKind kind) {

	String stageTable() {
		return "stage_" + kind.table();
	}

	/** A temporary copy of the target table plus the source file and line; dropped when the load commits or rolls back. */
	String createStage() {
		return "CREATE TEMP TABLE " + stageTable() + " (file_no integer NOT NULL, line bigint NOT NULL, LIKE " + kind.table()
				+ ") ON COMMIT DROP";
	}

	String copyIntoStage() {
		return "COPY " + stageTable() + " (file_no, line, " + columns() + ") FROM STDIN";
	}

	/**
	 * Every key of the kind's files: the staged rows', and those of rows rejected while parsing as
	 * far as they could be read, so that a key repeated after a rejected first occurrence is a
	 * duplicate too (SPEC §2). Parameters: file names, run id.
	 */
	private String keys() {
		String rejectedKey = kind.key().size() == 1 ? "r.unit_code" : "r.unit_code, r.record_id AS " + idColumn();
		return "SELECT file_no, line, " + String.join(", ", kind.key()) + ", true AS staged FROM " + stageTable()
				+ " UNION ALL SELECT f.no::integer, r.line, " + rejectedKey + ", false FROM run_reject r"
				+ " JOIN unnest(?::text[]) WITH ORDINALITY AS f(name, no) ON f.name = r.file_name"
				+ " WHERE r.run_id = ? AND r.unit_code IS NOT NULL" + (kind.key().size() == 1 ? "" : " AND r.record_id IS NOT NULL");
	}

	/** Whether any key occurs more than once: a hash aggregate, far cheaper than removing nothing. Parameters: file names, run id. */
	String hasDuplicates() {
		return "SELECT EXISTS (SELECT 1 FROM (" + keys() + ") k GROUP BY " + String.join(", ", kind.key())
				+ " HAVING count(*) > 1 AND bool_or(staged))";
	}

	/**
	 * Moves every staged occurrence of a key after its first (in file order, then line) into
	 * run_reject, naming the first one's line, and its file when that is another. Parameters: file
	 * names, run id, run id, file names, file names.
	 */
	String rejectDuplicates() {
		String id = idColumn();
		return "WITH ranked AS (SELECT file_no, line, staged, first_value(file_no) OVER w AS first_file,"
				+ " first_value(line) OVER w AS first_line FROM (" + keys() + ") k"
				+ " WINDOW w AS (PARTITION BY " + String.join(", ", kind.key()) + " ORDER BY file_no, line)),"
				+ " removed AS (DELETE FROM " + stageTable() + " s USING ranked d"
				+ " WHERE s.file_no = d.file_no AND s.line = d.line AND d.staged"
				+ " AND (d.file_no, d.line) <> (d.first_file, d.first_line)"
				+ " RETURNING s.file_no, s.line, s.unit_code, s." + id + " AS id, d.first_file, d.first_line)"
				+ " INSERT INTO run_reject (run_id, file_name, line, column_name, value, reason, unit_code, record_id)"
				+ " SELECT ?, (?::text[])[file_no], line, '" + id + "', id, 'trùng khóa với dòng ' || first_line"
				+ " || CASE WHEN first_file = file_no THEN ' trong cùng tệp' ELSE ' của tệp ' || (?::text[])[first_file] END,"
				+ " unit_code, " + (kind.key().size() == 1 ? "NULL" : "id") + " FROM removed";
	}

	String idColumn() {
		return KeyCells.idColumn(kind);
	}

	/**
	 * Inserts the staged rows, or replaces the stored record of the same key. A record that a
	 * re-delivered file repeats unchanged is left alone: the monthly files carry the whole history,
	 * and rewriting identical rows would cost most of the load.
	 */
	String upsert() {
		List<String> updated = kind.columnNames().stream().filter(c -> !kind.key().contains(c)).toList();
		return "INSERT INTO " + kind.table() + " AS t (" + columns() + ") SELECT " + columns() + " FROM " + stageTable()
				+ " ON CONFLICT (" + String.join(", ", kind.key()) + ") DO UPDATE SET "
				+ updated.stream().map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "))
				+ " WHERE (" + updated.stream().map(c -> "t." + c).collect(Collectors.joining(", "))
				+ ") IS DISTINCT FROM (" + updated.stream().map(c -> "EXCLUDED." + c).collect(Collectors.joining(", ")) + ")";
	}

	/**
	 * Gives the staged rows of the listed files, which lack {@code column}, the stored record's value
	 * of it (a row with no stored record keeps the column's default). Parameter: the file numbers.
	 */
	String keepStored(String column) {
		return "UPDATE " + stageTable() + " s SET " + column + " = t." + column + " FROM " + kind.table() + " t WHERE "
				+ kind.key().stream().map(c -> "s." + c + " = t." + c).collect(Collectors.joining(" AND "))
				+ " AND s.file_no = ANY (?::integer[])";
	}

	String tableHasRows() {
		return "SELECT EXISTS (SELECT 1 FROM " + kind.table() + ")";
	}

	/** Rows straight into the kind's table, truncated in the same transaction (see {@link FirstLoad}). */
	String copyIntoTable() {
		return "COPY " + kind.table() + " (" + columns() + ") FROM STDIN (FREEZE)";
	}

	/**
	 * Whether a row rejected while parsing has the key of a row in the kind's table, which then may
	 * be its repetition (SPEC §2). Parameters: file names, run id.
	 */
	String loadedKeyOfRejectedRow() {
		String id = idColumn();
		return "SELECT EXISTS (SELECT 1 FROM run_reject r JOIN unnest(?::text[]) AS f(name) ON f.name = r.file_name"
				+ " JOIN " + kind.table() + " t ON t.unit_code = r.unit_code"
				+ (kind.key().size() == 1 ? "" : " AND t." + id + " = r.record_id") + " WHERE r.run_id = ?)";
	}

	/** The staged rows per file number. */
	String countStaged() {
		return "SELECT file_no, count(*) FROM " + stageTable() + " GROUP BY file_no";
	}

	private String columns() {
		return String.join(", ", kind.columnNames());
	}
}

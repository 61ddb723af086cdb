package vn.gov.scorecard.ingest.load;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.gov.scorecard.ingest.InputKind;
import vn.gov.scorecard.ingest.rows.KeyCells;

/**
 * The statements that stage and upsert the files of one kind, derived from its contract
 * definition. Every identifier comes from {@link InputKind}'s constants; input values
 * only ever travel through COPY or bound parameters. A staged row is known by its file's
 * number (1-based, in loading order) and its line; statements that name files take the
 * kind's file names as a {@code text[]} in that order.
 */
record StagingSql(InputKind kind) {

	String stageTable() {
		return "stage_" + kind.table();
	}

	/**
	 * A temporary copy of the target table plus the source file and line; dropped when
	 * the load commits or rolls back.
	 */
	String createStage() {
		return "CREATE TEMP TABLE " + stageTable() + " (file_no integer NOT NULL, line bigint NOT NULL, LIKE "
				+ kind.table() + ") ON COMMIT DROP";
	}

	String copyIntoStage() {
		return "COPY " + stageTable() + " (file_no, line, " + columnsWithProvenance() + ") FROM STDIN";
	}

	/**
	 * Every key of the kind's files: the staged rows', and those of rows rejected while
	 * parsing as far as they could be read, so that a key repeated after a rejected first
	 * occurrence is a duplicate too (SPEC §2). Parameters: file names, run id.
	 */
	private String keys() {
		String rejectedKey = kind.key().size() == 1 ? "r.unit_code" : "r.unit_code, r.record_id AS " + idColumn();
		return "SELECT file_no, line, " + String.join(", ", kind.key()) + ", true AS staged FROM " + stageTable()
				+ " UNION ALL SELECT f.no::integer, r.line, " + rejectedKey + ", false FROM run_reject r"
				+ " JOIN unnest(?::text[]) WITH ORDINALITY AS f(name, no) ON f.name = r.file_name"
				+ " WHERE r.run_id = ? AND r.unit_code IS NOT NULL"
				+ (kind.key().size() == 1 ? "" : " AND r.record_id IS NOT NULL");
	}

	/**
	 * Whether any key occurs more than once: a hash aggregate, far cheaper than removing
	 * nothing. Parameters: file names, run id.
	 */
	String hasDuplicates() {
		return "SELECT EXISTS (SELECT 1 FROM (" + keys() + ") k GROUP BY " + String.join(", ", kind.key())
				+ " HAVING count(*) > 1 AND bool_or(staged))";
	}

	/**
	 * Moves every staged occurrence of a key after its first (in file order, then line)
	 * into run_reject, naming the first one's line, and its file when that is another.
	 * Parameters: file names, run id, run id, file names, file names.
	 */
	String rejectDuplicates() {
		String id = idColumn();
		return "WITH ranked AS (SELECT file_no, line, staged, first_value(file_no) OVER w AS first_file,"
				+ " first_value(line) OVER w AS first_line FROM (" + keys() + ") k" + " WINDOW w AS (PARTITION BY "
				+ String.join(", ", kind.key()) + " ORDER BY file_no, line))," + " removed AS (DELETE FROM "
				+ stageTable() + " s USING ranked d" + " WHERE s.file_no = d.file_no AND s.line = d.line AND d.staged"
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
	 * Inserts the staged rows, or replaces the stored record of the same key, and returns
	 * how many records each delivered path changed. A record that a re-delivered file
	 * repeats unchanged, from the same file, is left alone: the monthly files carry the
	 * whole history, and rewriting identical rows would cost most of the load. A record
	 * keeps the run that first delivered it.
	 */
	String upsert() {
		List<String> updated = new ArrayList<>(
				kind.columnNames().stream().filter(c -> !kind.key().contains(c)).toList());
		boolean units = kind == InputKind.UNITS;
		if (!units) {
			updated.addAll(List.of("file_name", "sheet"));
		}
		return "WITH changed AS (INSERT INTO " + kind.table() + " AS t (" + columnsWithProvenance() + ") SELECT "
				+ columnsWithProvenance() + " FROM " + stageTable() + " ON CONFLICT (" + String.join(", ", kind.key())
				+ ") DO UPDATE SET "
				+ updated.stream().map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", ")) + " WHERE ("
				+ updated.stream().map(c -> "t." + c).collect(Collectors.joining(", ")) + ") IS DISTINCT FROM ("
				+ updated.stream().map(c -> "EXCLUDED." + c).collect(Collectors.joining(", ")) + ")" + " RETURNING "
				+ (units ? "NULL::text" : "t.file_name") + " AS file_name)"
				+ " SELECT file_name, count(*) FROM changed GROUP BY file_name";
	}

	/**
	 * Withdraws (deletes) the records that the listed paths delivered before, whose first
	 * event date falls in a month the path's delivery now covers, and that no file of the
	 * kind now holds, neither as a staged row nor as a rejected one (SPEC §2 v3); lists
	 * them in run_withdrawn. A path covers the months of its staged rows' first event
	 * dates and the months its name's period gives. Parameters: the paths by file number,
	 * the numbers of the files whose paths were delivered with other content, the paths
	 * and months their names give (two arrays of one length), the paths delivered with
	 * other content, run id, run id.
	 */
	String withdraw() {
		String event = kind.firstEventColumn().orElseThrow();
		String id = idColumn();
		// the records of the changed paths are few, the staged rows many: the few are
		// hashed, and the
		// staged rows and rejects scanned once, to find which of them a file of the kind
		// still holds
		return "WITH covered AS (SELECT DISTINCT (?::text[])[file_no] AS file_name, date_trunc('month', " + event
				+ ")::date AS month" + " FROM " + stageTable() + " WHERE file_no = ANY (?::integer[])"
				+ " UNION SELECT file_name, month FROM unnest(?::text[], ?::date[]) AS n(file_name, month)),"
				+ " candidate AS MATERIALIZED (SELECT t.unit_code, t." + id + " AS id FROM " + kind.table() + " t"
				+ " JOIN covered c ON t.file_name = c.file_name AND t." + event + " >= c.month AND t." + event
				+ " < c.month + interval '1 month'" + " WHERE t.file_name = ANY (?::text[])),"
				+ " held AS (SELECT c.unit_code, c.id FROM candidate c JOIN " + stageTable()
				+ " s ON s.unit_code = c.unit_code AND s." + id
				+ " = c.id UNION SELECT c.unit_code, c.id FROM candidate c JOIN run_reject r ON r.unit_code = c.unit_code"
				+ " AND r.record_id = c.id WHERE r.run_id = ?)," + " withdrawn AS (DELETE FROM " + kind.table()
				+ " t USING (SELECT unit_code, id FROM candidate EXCEPT SELECT unit_code, id"
				+ " FROM held) w WHERE t.unit_code = w.unit_code AND t." + id + " = w.id"
				+ " RETURNING t.file_name, t.sheet, t.unit_code, t." + id + " AS record_id, t.first_run)"
				+ " INSERT INTO run_withdrawn (run_id, file_name, unit_code, record_id, first_run)"
				+ " SELECT ?, file_name || coalesce('#' || sheet, ''), unit_code, record_id, first_run FROM withdrawn";
	}

	/**
	 * Says, on each reject of the run whose key a stored record has, that the record
	 * stays as stored (SPEC §2 v3): a rejected row withdraws and changes nothing.
	 * Parameters: run id, file names.
	 */
	String keptOnReject() {
		String id = idColumn();
		return "UPDATE run_reject r SET reason = r.reason || '; bản ghi đã lưu' || coalesce(' từ lần tính ' || t.first_run, '')"
				+ " || ' được giữ nguyên' FROM " + kind.table()
				+ " t WHERE r.run_id = ? AND r.file_name = ANY (?::text[])" + " AND t.unit_code = r.unit_code"
				+ (kind.key().size() == 1 ? "" : " AND t." + id + " = r.record_id");
	}

	/**
	 * Gives the staged rows of the listed files, which lack {@code column}, the stored
	 * record's value of it (a row with no stored record keeps the column's default).
	 * Parameter: the file numbers.
	 */
	String keepStored(String column) {
		return "UPDATE " + stageTable() + " s SET " + column + " = t." + column + " FROM " + kind.table() + " t WHERE "
				+ kind.key().stream().map(c -> "s." + c + " = t." + c).collect(Collectors.joining(" AND "))
				+ " AND s.file_no = ANY (?::integer[])";
	}

	String tableHasRows() {
		return "SELECT EXISTS (SELECT 1 FROM " + kind.table() + ")";
	}

	/**
	 * Rows straight into the kind's table, truncated in the same transaction (see
	 * {@link FirstLoad}).
	 */
	String copyIntoTable() {
		return "COPY " + kind.table() + " (" + columnsWithProvenance() + ") FROM STDIN (FREEZE)";
	}

	/**
	 * Whether a row rejected while parsing has the key of a row in the kind's table,
	 * which then may be its repetition (SPEC §2). Parameters: file names, run id.
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

	/**
	 * The contract's columns, then the record's provenance: its path, its sheet (or
	 * null), the run that delivers it.
	 */
	private String columnsWithProvenance() {
		return kind == InputKind.UNITS ? columns() : columns() + ", file_name, sheet, first_run";
	}
}

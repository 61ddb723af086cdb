package vn.gov.scorecard.output;

import org.springframework.stereotype.Component;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.scoring.Format;

/**
 * Streams a run's rows from the database into its outputs (SPEC §6), none held: the CSV
 * files, and the rows of the workbook's long sheets.
 */
@Component
public class RunOutputs {

	private final JdbcTemplate jdbc;

	public RunOutputs(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * {@code rejects.csv}: every rejected row of the run, by input file (in loading
	 * order) and line.
	 */
	public void writeRejects(long runId, Path file) throws IOException {
		try (CsvOutput csv = rejectsCsv(file)) {
			rejects(runId, row -> {
				csv.row(row.getString(1), row.getLong(2), row.getString(3), row.getString(4), row.getString(5),
						row.getString(6), row.getString(7));
			});
		}
	}

	/** A {@code rejects.csv} to write rows into (SPEC §6): a run's, or a check's. */
	public static CsvOutput rejectsCsv(Path file) {
		return new CsvOutput(file, List.of("file", "line", "unit_code", "record_id", "column", "value", "reason"),
				Set.of("file", "unit_code", "record_id", "column", "value", "reason"));
	}

	/**
	 * {@code withdrawn.csv} (SPEC §2 v3): every record the run withdrew because the file
	 * that delivered it was delivered again without it, by file (in loading order), unit
	 * and record.
	 */
	public void writeWithdrawn(long runId, Path file) throws IOException {
		try (CsvOutput csv = withdrawnCsv(file)) {
			jdbc.query(
					"""
							SELECT w.file_name, w.unit_code, w.record_id, w.first_run
							FROM run_withdrawn w LEFT JOIN run_file f ON f.run_id = w.run_id AND f.file_name = split_part(w.file_name, '#', 1)
							WHERE w.run_id = ?
							ORDER BY f.position NULLS LAST, w.file_name COLLATE "C", w.unit_code COLLATE "C", natural_key(w.record_id)""",
					row -> {
						csv.row(row.getString(1), row.getString(2), row.getString(3), row.getObject(4));
					}, runId);
		}
	}

	/** A {@code withdrawn.csv} to write rows into (SPEC §2 v3): a run's, or a check's. */
	public static CsvOutput withdrawnCsv(Path file) {
		return new CsvOutput(file, List.of("file", "unit_code", "record_id", "first_delivered_run"),
				Set.of("file", "unit_code", "record_id"));
	}

	/** {@code scores.csv}: one row per scored unit and indicator of its unit type. */
	public void writeScores(long runId, Period period, Path file) throws IOException {
		try (CsvOutput csv = new CsvOutput(file,
				List.of("unit_code", "unit_type", "indicator", "numerator", "denominator", "value", "target", "status",
						"points", "weight", "reason"),
				Set.of("unit_code", "unit_type", "indicator", "target", "status", "reason"))) {
			scores(runId, period, row -> {
				csv.row(row.getString(1), row.getString(2), row.getString(3), row.getLong(4), row.getLong(5),
						Format.fourDecimals(row.getBigDecimal(6)), row.getString(7), row.getString(8),
						Format.fourDecimals(row.getBigDecimal(9)), Format.plain(row.getBigDecimal(10)),
						row.getString(11));
			});
		}
	}

	/**
	 * {@code ranking.csv}: one row per scored unit, by unit type and rank; the unranked
	 * last.
	 */
	public void writeRanking(long runId, Period period, Path file) throws IOException {
		try (CsvOutput csv = new CsvOutput(file,
				List.of("unit_code", "unit_name", "unit_type", "score", "classification", "rank"),
				Set.of("unit_code", "unit_name", "unit_type", "classification"))) {
			ranking(runId, period, row -> {
				csv.row(row.getString(1), row.getString(2), row.getString(3), Format.twoDecimals(row.getBigDecimal(4)),
						row.getString(5), row.getObject(6));
			});
		}
	}

	/**
	 * The rows of rejects.csv, in its order: file, line, unit_code, record_id, column,
	 * value, reason.
	 */
	void rejects(long runId, RowCallbackHandler handler) {
		jdbc.query("""
				SELECT r.file_name, r.line, r.unit_code, r.record_id, r.column_name, r.value, r.reason
				FROM run_reject r LEFT JOIN run_file f ON f.run_id = r.run_id AND f.file_name = r.file_name
				WHERE r.run_id = ?
				ORDER BY f.position NULLS LAST, r.file_name COLLATE "C", r.line""", handler, runId);
	}

	/**
	 * The rows of scores.csv, in its order: unit_code, unit_type, indicator, numerator,
	 * denominator, value, target, status, points, weight, reason; then, for the workbook,
	 * the unit's name.
	 */
	void scores(long runId, Period period, RowCallbackHandler handler) {
		jdbc.query("""
				SELECT r.unit_code, s.unit_type, r.indicator, r.numerator, r.denominator, r.value, r.target,
				       r.status, r.points, r.weight, r.reason, u.unit_name
				FROM indicator_result r
				JOIN unit_score s ON s.run_id = r.run_id AND s.period = r.period AND s.unit_code = r.unit_code
				JOIN unit u ON u.unit_code = r.unit_code
				WHERE r.run_id = ? AND r.period = ?
				ORDER BY s.unit_type, r.unit_code COLLATE "C", array_position(?::text[], r.indicator)""", handler,
				runId, period.toString(), indicatorOrder());
	}

	/**
	 * The rows of ranking.csv, in its order: unit_code, unit_name, unit_type, score,
	 * classification, rank; then, for the workbook, the unit's rank and score in the
	 * previous period (null when it has none).
	 */
	void ranking(long runId, Period period, RowCallbackHandler handler) {
		jdbc.query(
				"""
						SELECT s.unit_code, u.unit_name, s.unit_type, s.score, s.classification, s.rank, p.rank, p.score
						FROM unit_score s JOIN unit u ON u.unit_code = s.unit_code
						LEFT JOIN unit_score p ON p.run_id = s.run_id AND p.period = CAST(? AS text) AND p.unit_code = s.unit_code
						WHERE s.run_id = ? AND s.period = ?
						ORDER BY s.unit_type, s.rank NULLS LAST, s.unit_code COLLATE "C\"""",
				handler, period.previous().map(Period::toString).orElse(null), runId, period.toString());
	}

	private static String[] indicatorOrder() {
		return Arrays.stream(Indicator.values()).map(Enum::name).toArray(String[]::new);
	}

	/**
	 * For the workbook's indicator values: unit_type, unit_code, unit_name, score,
	 * indicator, value, status, a unit's rows together, in the ranking's order.
	 */
	void indicatorValues(long runId, Period period, RowCallbackHandler handler) {
		jdbc.query("""
				SELECT s.unit_type, s.unit_code, u.unit_name, s.score, r.indicator, r.value, r.status
				FROM unit_score s
				JOIN unit u ON u.unit_code = s.unit_code
				JOIN indicator_result r ON r.run_id = s.run_id AND r.period = s.period AND r.unit_code = s.unit_code
				WHERE s.run_id = ? AND s.period = ?
				ORDER BY s.unit_type, s.rank NULLS LAST, s.unit_code COLLATE "C\"""", handler, runId,
				period.toString());
	}

	/**
	 * For the workbook's watch list: unit_type, unit_code, unit_name, rank, score,
	 * reason, in the list's order.
	 */
	void watchList(long runId, Period period, RowCallbackHandler handler) {
		jdbc.query("""
				SELECT s.unit_type, w.unit_code, u.unit_name, s.rank, s.score, w.reason
				FROM watch_list w
				JOIN unit u ON u.unit_code = w.unit_code
				JOIN unit_score s ON s.run_id = w.run_id AND s.period = ? AND s.unit_code = w.unit_code
				WHERE w.run_id = ?
				ORDER BY w.position""", handler, period.toString(), runId);
	}

	/**
	 * For the workbook's trend: unit_type, unit_code, unit_name, period, score of every
	 * period the run counted, a unit's rows together, in the ranking's order.
	 */
	void trendScores(long runId, Period period, RowCallbackHandler handler) {
		jdbc.query("""
				SELECT now.unit_type, now.unit_code, u.unit_name, s.period, s.score
				FROM unit_score now
				JOIN unit u ON u.unit_code = now.unit_code
				JOIN unit_score s ON s.run_id = now.run_id AND s.unit_code = now.unit_code
				WHERE now.run_id = ? AND now.period = ?
				ORDER BY now.unit_type, now.rank NULLS LAST, now.unit_code COLLATE "C\"""", handler, runId,
				period.toString());
	}

}

package vn.gov.scorecard.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import vn.gov.scorecard.indicators.IndicatorCounter;
import vn.gov.scorecard.indicators.IndicatorSql;
import vn.gov.scorecard.indicators.RunWarnings;
import vn.gov.scorecard.ingest.files.FileListing;
import vn.gov.scorecard.ingest.load.Withdrawn;
import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.period.Windows;
import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.rules.RuleSet;
import vn.gov.scorecard.rules.UnitType;
import vn.gov.scorecard.scoring.IndicatorResult;
import vn.gov.scorecard.scoring.ScoreStore;
import vn.gov.scorecard.scoring.UnitScore;

/**
 * Reads back what a run stored, for the PDFs: units, annex records and the run's facts;
 * the results and scores themselves come from the {@link ScoreStore}.
 */
class StoredResults {

	/** Files a report page lists one by one. */
	private static final int LISTED_FILES = 12;

	/** A scored unit of a period, with its name for the documents. */
	record Unit(UnitScore scored, String name) {

		String code() {
			return scored.unitCode();
		}

		UnitType type() {
			return scored.unitType();
		}

		/** Null for a unit not ranked ("insufficient data"). */
		BigDecimal score() {
			return scored.score();
		}

		String classification() {
			return scored.classification();
		}

		Integer rank() {
			return scored.rank();
		}
	}

	/**
	 * The first records behind a NOT_MET indicator, most severe first, and how many there
	 * are.
	 */
	record Annex(List<String> items, long total) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final RuleSet rules;

	private final ScoreStore store;

	/**
	 * @param rules the run's rule set: the targets the results were evaluated against
	 */
	StoredResults(NamedParameterJdbcTemplate jdbc, RuleSet rules) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.store = new ScoreStore(jdbc);
	}

	/** The period's scored units: by unit type, rank (unranked last) and code. */
	List<Unit> units(long runId, Period period) {
		return jdbc.query("""
				SELECT s.unit_code, u.unit_name, s.unit_type, s.score, s.classification, s.rank
				FROM unit_score s JOIN unit u ON u.unit_code = s.unit_code
				WHERE s.run_id = :run_id AND s.period = :period
				ORDER BY s.unit_type, s.rank NULLS LAST, s.unit_code COLLATE "C\"""", run(runId, period),
				(row, i) -> new Unit(new UnitScore(row.getString(1), UnitType.valueOf(row.getString(3)),
						row.getBigDecimal(4), row.getString(5), (Integer) row.getObject(6)), row.getString(2)));
	}

	/**
	 * Each listed unit's results for the period, by indicator in the scorecard's order.
	 */
	Map<String, Map<Indicator, IndicatorResult>> results(long runId, Period period, List<String> units) {
		return store.results(runId, period, units, rules);
	}

	/** The scores of the listed units in a period (those scored and ranked in it). */
	Map<String, BigDecimal> scores(long runId, Period period, List<String> units) {
		return store.scores(runId, period, units);
	}

	/**
	 * The records that failed a records indicator, for the listed units: at most
	 * {@code limit} per unit, most severe first, then by date and by identifier (numbers
	 * in it compared as numbers), from the very formula that counted them.
	 */
	Map<String, Annex> failedRecords(Indicator indicator, Windows windows, List<String> units, int limit) {
		MapSqlParameterSource parameters = IndicatorCounter.parameters(windows, rules)
			.addValue("units", units)
			.addValue("limit", limit);
		Map<String, List<String>> items = new HashMap<>();
		Map<String, Long> totals = new HashMap<>();
		jdbc.query(
				"""
						SELECT unit_code, item, total FROM (
						    SELECT r.unit_code, r.item,
						           row_number() OVER (PARTITION BY r.unit_code
						               ORDER BY r.severity DESC, r.sort_date, natural_key(r.record_id), r.record_id COLLATE "C") AS n,
						           count(*) OVER (PARTITION BY r.unit_code) AS total
						    FROM (%s) r
						    WHERE NOT coalesce(r.ok, false) AND r.unit_code IN (:units)
						) x
						WHERE n <= :limit
						ORDER BY unit_code, n"""
					.formatted(IndicatorSql.records(indicator)),
				parameters, row -> {
					items.computeIfAbsent(row.getString(1), u -> new ArrayList<>()).add(row.getString(2));
					totals.put(row.getString(1), row.getLong(3));
				});
		Map<String, Annex> annex = new HashMap<>();
		items.forEach((unit, list) -> annex.put(unit, new Annex(list, totals.get(unit))));
		return annex;
	}

	/** When each listed unit submitted its report for the period, if it did. */
	Map<String, LocalDate> reportsSubmitted(Period reportPeriod, List<String> units) {
		Map<String, LocalDate> submitted = new HashMap<>();
		jdbc.query("SELECT unit_code, submitted_on FROM report WHERE report_period = :period AND unit_code IN (:units)",
				new MapSqlParameterSource("period", reportPeriod.toString()).addValue("units", units), row -> {
					submitted.put(row.getString(1), row.getObject(2, LocalDate.class));
				});
		return submitted;
	}

	/** The run's warnings (kinds with no record in the period's window). */
	List<String> warnings(long runId) {
		return RunWarnings.of(jdbc.getJdbcTemplate(), runId);
	}

	/**
	 * The input files of the run, with rows read, loaded and rejected: one line per file
	 * when there are few; for a delivery of a file per unit, one line per kind and the
	 * files with rejected rows, so that the leaders' report stays short.
	 */
	List<String> fileLines(long runId) {
		FileListing listing = FileListing.of(jdbc.query(
				"SELECT file_name, read, loaded, rejected, blank FROM run_file WHERE run_id = :run_id ORDER BY position",
				new MapSqlParameterSource("run_id", runId), (row, i) -> new FileListing.Line(row.getString(1), 1,
						row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5))),
				LISTED_FILES);
		List<String> lines = new ArrayList<>();
		listing.kinds().forEach(kind -> lines.add(fileLine(kind.name() + " (" + kind.files() + " tệp)", kind)));
		listing.files().forEach(file -> lines.add(fileLine(file.name(), file)));
		if (listing.unlistedRejecting() > 0) {
			lines.add("… và " + listing.unlistedRejecting() + " tệp khác có dòng bị loại (xem rejects.csv)");
		}
		Map<String, Long> withdrawn = Withdrawn.byFile(jdbc.getJdbcTemplate(), runId);
		if (!withdrawn.isEmpty()) {
			lines.add("Rút " + withdrawn.values().stream().mapToLong(Long::longValue).sum()
					+ " bản ghi mà tệp nộp lại không còn" + " chứa (xem withdrawn.csv): "
					+ Withdrawn.listing(withdrawn, 5, "và %d tệp khác"));
		}
		return lines;
	}

	private static String fileLine(String label, FileListing.Line line) {
		return label + ": đọc " + line.read() + " dòng, nạp " + line.loaded() + ", loại " + line.rejected();
	}

	/** Rejected rows of the run by the unit code they named, most first. */
	Map<String, Long> rejectsByUnit(long runId) {
		Map<String, Long> rejects = new LinkedHashMap<>();
		jdbc.query(
				"""
						SELECT coalesce(nullif(unit_code, ''), '(không rõ đơn vị)'), count(*) FROM run_reject WHERE run_id = :run_id
						GROUP BY 1 ORDER BY 2 DESC, coalesce(nullif(unit_code, ''), '(không rõ đơn vị)') COLLATE "C\"""",
				new MapSqlParameterSource("run_id", runId), row -> {
					rejects.put(row.getString(1), row.getLong(2));
				});
		return rejects;
	}

	private static MapSqlParameterSource run(long runId, Period period) {
		return new MapSqlParameterSource("run_id", runId).addValue("period", period.toString());
	}

}

package vn.gov.scorecard.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.gov.scorecard.database.SqlFile;
import vn.gov.scorecard.period.CountingWindows;
import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.rules.RuleSet;
import vn.gov.scorecard.indicators.ProvinceTotals.Counts;

/**
 * What the province's records say beyond each unit's counts, read as they stood on a
 * run's as-of date: whether each kind was delivered at all, the province's totals, the
 * units that delivered nothing or may have delivered too little, and the records behind a
 * unit's failed indicator.
 */
@Component
public class ProvinceRecords {

	private static final String COVERAGE = SqlFile.read("indicators/coverage.sql");

	private static final String EVENTS = SqlFile.read("indicators/province_events.sql");

	private static final String POSSIBLY_INCOMPLETE = SqlFile.read("indicators/possibly_incomplete.sql");

	private final NamedParameterJdbcTemplate jdbc;

	public ProvinceRecords(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Which kinds the province delivered for the windows, and what that makes NA. */
	public ProvinceCoverage coverage(CountingWindows windows) {
		return jdbc.queryForObject(COVERAGE, IndicatorCounter.windowParameters(windows),
				(row, i) -> ProvinceCoverage.of(row, windows));
	}

	/** The province as a whole against the directives, for the ranking report. */
	public ProvinceTotals totals(long runId, CountingWindows windows, RuleSet rules) {
		MapSqlParameterSource parameters = IndicatorCounter.parameters(windows, rules);
		Map<Indicator, Counts> counts = new EnumMap<>(Indicator.class);
		for (Indicator indicator : ProvinceTotals.DIRECTIVES) {
			Counts total = switch (indicator) {
				case DOC_REDUCTION ->
					jdbc.queryForObject(EVENTS, parameters.addValue("kind", "document"), ProvinceRecords::counts);
				case MEETING_REDUCTION ->
					jdbc.queryForObject(EVENTS, parameters.addValue("kind", "meeting"), ProvinceRecords::counts);
				// a limit per commune: the communes within it, of those judged
				case WIDE_CONF_LIMIT -> jdbc.queryForObject(
						"""
								SELECT count(*) FILTER (WHERE numerator <= :limit), count(*) FROM indicator_count
								WHERE run_id = :run_id AND period = :period AND indicator = 'WIDE_CONF_LIMIT' AND not_applicable IS NULL""",
						new MapSqlParameterSource("run_id", runId).addValue("period", windows.period().toString())
							.addValue("limit", rules.rule(Indicator.WIDE_CONF_LIMIT).target().threshold()),
						ProvinceRecords::counts);
				// one report per unit due: the units' own counts, added up, but for units
				// that did not exist at the deadline
				case REPORT_ON_TIME -> jdbc.queryForObject(
						"""
								SELECT coalesce(sum(numerator), 0), coalesce(sum(denominator), 0) FROM indicator_count
								WHERE run_id = :run_id AND period = :period AND indicator = 'REPORT_ON_TIME' AND not_applicable IS NULL""",
						new MapSqlParameterSource("run_id", runId).addValue("period", windows.period().toString()),
						ProvinceRecords::counts);
				default -> jdbc.queryForObject(
						"SELECT count(*) FILTER (WHERE ok), count(*) FROM (" + IndicatorSql.records(indicator) + ") r",
						parameters, ProvinceRecords::counts);
			};
			counts.put(indicator, total);
		}
		long conferences = jdbc.queryForObject("""
				SELECT count(*) FROM meeting_as_of(:as_of) m JOIN unit u ON u.unit_code = m.unit_code
				WHERE u.unit_type = 'SO' AND m.scale = 'TOAN_TINH' AND m.held_on BETWEEN :ytd_start AND :window_end""",
				parameters, Long.class);
		return new ProvinceTotals(counts, conferences);
	}

	private static Counts counts(ResultSet row, int i) throws SQLException {
		return new Counts(row.getLong(1), row.getLong(2));
	}

	/**
	 * The units of run {@code runId} whose reduction is NA for {@code period} because
	 * they delivered nothing of the kind this year.
	 */
	public List<Undelivered> undelivered(long runId, Period period) {
		return jdbc.query(
				"""
						SELECT c.unit_code, CASE c.indicator WHEN 'DOC_REDUCTION' THEN 'documents' ELSE 'meetings' END AS kind
						FROM indicator_count c
						JOIN indicator_result r USING (run_id, period, unit_code, indicator)
						WHERE c.run_id = :run_id AND c.period = :period AND c.indicator IN ('DOC_REDUCTION', 'MEETING_REDUCTION')
						  AND r.reason = c.not_applicable
						ORDER BY c.unit_code COLLATE "C", kind""",
				new MapSqlParameterSource("run_id", runId).addValue("period", period.toString()),
				(row, i) -> new Undelivered(row.getString(1), row.getString(2)));
	}

	/** The deliveries of the windows' last month that may be incomplete. */
	public List<PossiblyIncomplete> possiblyIncomplete(CountingWindows windows) {
		return jdbc.query(POSSIBLY_INCOMPLETE,
				new MapSqlParameterSource("window_end", windows.end()).addValue("as_of", windows.asOf()),
				(row, i) -> new PossiblyIncomplete(row.getString(1), row.getString(2), row.getString(3)));
	}

	/**
	 * The records that failed a records indicator, for the listed units: at most
	 * {@code limit} per unit, most severe first, then by date and by identifier (numbers
	 * in it compared as numbers), from the very formula that counted them.
	 */
	public Map<String, Annex> failedRecords(Indicator indicator, CountingWindows windows, RuleSet rules,
			List<String> units, int limit) {
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

	/**
	 * For each unit that exists at the year's end, the documents and the meetings of its
	 * whole previous year (its predecessors' too, as the cuts count them): what this
	 * year's must stay under for the year's cut to be met.
	 */
	public Map<String, Map<Indicator, Long>> previousYear(CountingWindows windows, RuleSet rules) {
		MapSqlParameterSource parameters = IndicatorCounter.parameters(windows.yearEnd(), rules);
		Map<String, Map<Indicator, Long>> totals = new HashMap<>();
		for (Indicator cut : List.of(Indicator.DOC_REDUCTION, Indicator.MEETING_REDUCTION)) {
			jdbc.query("SELECT unit_code, denominator FROM (" + IndicatorSql.countsIn(cut) + ") c", parameters,
					(RowCallbackHandler) row -> totals
						.computeIfAbsent(row.getString(1), u -> new EnumMap<>(Indicator.class))
						.put(cut, row.getLong(2)));
		}
		return totals;
	}

	/**
	 * The commune-wide conferences each listed unit held this year to the windows' end,
	 * the very ones WIDE_CONF_LIMIT counts, by date.
	 */
	public Map<String, Annex> communeWideConferences(CountingWindows windows, RuleSet rules, List<String> units) {
		Map<String, List<String>> items = new HashMap<>();
		jdbc.query(
				"SELECT unit_code, item FROM (" + IndicatorSql.communeWideMeetings()
						+ ") m WHERE unit_code IN (:units) ORDER BY unit_code, held_on, natural_key(meeting_id)",
				IndicatorCounter.parameters(windows, rules).addValue("units", units),
				(RowCallbackHandler) row -> items.computeIfAbsent(row.getString(1), u -> new ArrayList<>())
					.add(row.getString(2)));
		Map<String, Annex> annex = new HashMap<>();
		items.forEach((unit, list) -> annex.put(unit, new Annex(list, list.size())));
		return annex;
	}

	/** The listed units formed by a merger: those with predecessors. */
	public Set<String> withPredecessors(List<String> units) {
		return new HashSet<>(jdbc.queryForList(
				"SELECT DISTINCT unit_code FROM unit_lineage WHERE source_code <> unit_code AND unit_code IN (:units)",
				new MapSqlParameterSource("units", units), String.class));
	}

	/** When each listed unit submitted its report for the period, if it did. */
	public Map<String, LocalDate> reportsSubmitted(Period reportPeriod, List<String> units) {
		Map<String, LocalDate> submitted = new HashMap<>();
		jdbc.query("SELECT unit_code, submitted_on FROM report WHERE report_period = :period AND unit_code IN (:units)",
				new MapSqlParameterSource("period", reportPeriod.toString()).addValue("units", units), row -> {
					submitted.put(row.getString(1), row.getObject(2, LocalDate.class));
				});
		return submitted;
	}

}

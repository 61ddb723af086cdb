package vn.gov.scorecard.indicators;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import vn.gov.scorecard.database.SqlFile;
import vn.gov.scorecard.period.Windows;
import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.rules.RuleSet;

/**
 * The province as a whole against the directives (SPEC §6): all units' records together,
 * counted by the very formulas of the units' indicators, for the ranking report's first
 * page.
 *
 * @param counts numerator and denominator per directive, in the report's order
 * @param provinceWideConferences conferences of scale TOAN_TINH held in the YTD by all SO
 * units together
 */
public record ProvinceTotals(Map<Indicator, Counts> counts, long provinceWideConferences) {

	public record Counts(long numerator, long denominator) {
	}

	/**
	 * The directives the first page names, in its order (the 226 implementation letter,
	 * §6).
	 */
	public static final List<Indicator> DIRECTIVES = List.of(Indicator.DOC_REDUCTION, Indicator.MEETING_REDUCTION,
			Indicator.ONLINE_SHARE, Indicator.DIGITAL_RATE, Indicator.DOSSIER_ON_TIME, Indicator.TASK_ON_TIME,
			Indicator.REPORT_ON_TIME);

	private static final String EVENTS = SqlFile.read("indicators/province_events.sql");

	public static ProvinceTotals of(NamedParameterJdbcTemplate jdbc, long runId, Windows windows, RuleSet rules) {
		MapSqlParameterSource parameters = IndicatorCounter.parameters(windows, rules);
		Map<Indicator, Counts> counts = new EnumMap<>(Indicator.class);
		for (Indicator indicator : DIRECTIVES) {
			Counts total = switch (indicator) {
				case DOC_REDUCTION ->
					jdbc.queryForObject(EVENTS, parameters.addValue("kind", "document"), ProvinceTotals::counts);
				case MEETING_REDUCTION ->
					jdbc.queryForObject(EVENTS, parameters.addValue("kind", "meeting"), ProvinceTotals::counts);
				// one report per unit due: the units' own counts, added up, but for units
				// that did not exist at the deadline
				case REPORT_ON_TIME -> jdbc.queryForObject(
						"""
								SELECT coalesce(sum(numerator), 0), coalesce(sum(denominator), 0) FROM indicator_count
								WHERE run_id = :run_id AND period = :period AND indicator = 'REPORT_ON_TIME' AND not_applicable IS NULL""",
						new MapSqlParameterSource("run_id", runId).addValue("period", windows.period().toString()),
						ProvinceTotals::counts);
				default -> jdbc.queryForObject(
						"SELECT count(*) FILTER (WHERE ok), count(*) FROM (" + IndicatorSql.records(indicator) + ") r",
						parameters, ProvinceTotals::counts);
			};
			counts.put(indicator, total);
		}
		long conferences = jdbc.queryForObject("""
				SELECT count(*) FROM meeting_as_of(:as_of) m JOIN unit u ON u.unit_code = m.unit_code
				WHERE u.unit_type = 'SO' AND m.scale = 'TOAN_TINH' AND m.held_on BETWEEN :ytd_start AND :window_end""",
				parameters, Long.class);
		return new ProvinceTotals(counts, conferences);
	}

	private static Counts counts(java.sql.ResultSet row, int i) throws java.sql.SQLException {
		return new Counts(row.getLong(1), row.getLong(2));
	}
}

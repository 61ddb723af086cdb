package vn.gov.scorecard.indicators;

import org.springframework.stereotype.Component;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.period.CountingWindows;
import vn.gov.scorecard.rules.RuleSet;

/**
 * Counts every indicator's numerator and denominator for each unit scored in the periods
 * of a run, set-wise inside PostgreSQL, into {@code indicator_count}. The periods'
 * windows are rows of {@code run_window}; each indicator is one statement over all of
 * them, so the twelve periods of a unit's course cost eleven statements, not eleven per
 * period.
 */
@Component
public class IndicatorCounter {

	private static final Logger log = LoggerFactory.getLogger(IndicatorCounter.class);

	private final NamedParameterJdbcTemplate jdbc;

	private final Map<Indicator, String> inserts = new EnumMap<>(Indicator.class);

	public IndicatorCounter(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
		for (Indicator indicator : Indicator.values()) {
			inserts.put(indicator,
					"INSERT INTO indicator_count (run_id, period, indicator, unit_code, numerator, denominator,"
							+ " not_applicable) SELECT rw.run_id, rw.period, :indicator, q.unit_code, q.numerator, q.denominator,"
							+ " q.not_applicable" + " FROM run_window rw CROSS JOIN LATERAL ("
							+ IndicatorSql.counts(indicator) + ") q"
							+ " WHERE rw.run_id = :run_id AND rw.period IN (:periods)");
		}
	}

	/** Replaces the counts of the windows' periods in run {@code runId}. */
	public void count(long runId, List<CountingWindows> windows, RuleSet rules) {
		List<String> periods = windows.stream().map(w -> w.period().toString()).toList();
		MapSqlParameterSource params = parameters(windows.get(0), rules).addValue("run_id", runId)
			.addValue("periods", periods);
		jdbc.update("DELETE FROM indicator_count WHERE run_id = :run_id AND period IN (:periods)", params);
		jdbc.update("DELETE FROM run_window WHERE run_id = :run_id AND period IN (:periods)", params);
		jdbc.batchUpdate(
				"""
						INSERT INTO run_window (run_id, period, window_start, window_end, ytd_start, prev_ytd_start, prev_ytd_end,
						                        report_period, report_deadline, as_of)
						VALUES (:run_id, :period, :window_start, :window_end, :ytd_start, :prev_ytd_start, :prev_ytd_end,
						        :report_period, :report_deadline, :as_of)""",
				windows.stream()
					.map(w -> windowParameters(w).addValue("run_id", runId).addValue("period", w.period().toString()))
					.toArray(MapSqlParameterSource[]::new));
		long start = System.nanoTime();
		int rows = 0;
		for (Indicator indicator : Indicator.values()) {
			long indicatorStart = System.nanoTime();
			rows += jdbc.update(inserts.get(indicator),
					params.addValue("indicator", indicator.name()).addValue("unit_types", indicator.unitTypeNames()));
			log.debug("{} counted for {} periods in {} ms", indicator, periods.size(),
					(System.nanoTime() - indicatorStart) / 1_000_000);
		}
		log.info("{} … {}: {} indicator counts for {} periods in {} ms", periods.get(periods.size() - 1),
				periods.get(0), rows, periods.size(), (System.nanoTime() - start) / 1_000_000);
	}

	/**
	 * The named parameters of the indicator SQL: the windows and the rule set's limits.
	 */
	public static MapSqlParameterSource parameters(CountingWindows windows, RuleSet rules) {
		RuleSet.Limits limits = rules.limits();
		return windowParameters(windows).addValue("max_days_quan_triet", limits.maxDaysQuanTriet())
			.addValue("max_days_chuyen_mon", limits.maxDaysChuyenMon())
			.addValue("max_days_quan_trong", limits.maxDaysQuanTrong())
			.addValue("max_opening_min", limits.maxOpeningMinutes())
			.addValue("max_closing_min", limits.maxClosingMinutes())
			.addValue("max_presentation_min", limits.maxPresentationMinutes())
			.addValue("max_commune_wide_conferences",
					rules.rule(Indicator.WIDE_CONF_LIMIT).target().threshold().longValueExact());
	}

	static MapSqlParameterSource windowParameters(CountingWindows windows) {
		Period reportPeriod = windows.reportPeriod();
		return new MapSqlParameterSource().addValue("window_start", windows.start())
			.addValue("window_end", windows.end())
			.addValue("ytd_start", windows.ytdStart())
			.addValue("prev_ytd_start", windows.previousYtdStart())
			.addValue("prev_ytd_end", windows.previousYtdEnd())
			.addValue("report_period", reportPeriod == null ? null : reportPeriod.toString())
			.addValue("report_deadline", reportPeriod == null ? null : reportPeriod.reportDeadline())
			.addValue("as_of", windows.asOf());
	}

}

package vn.gov.scorecard.indicators;

import java.util.Locale;

import vn.gov.scorecard.rules.Indicator;

/**
 * How the indicator formulas are called. Each is a SQL function of the SPEC code's name,
 * created with the schema from its file in {@code sql/indicators/}:
 * {@code <code>_records(w)} lists a records indicator's population with an {@code ok}
 * flag per record, {@code <code>_counts(w)} gives the other indicators' numerator and
 * denominator per unit. The counts and the scorecard's annex select from the same
 * function, so the annex always shows exactly the records behind the count. Function
 * names come from the enum's constants, never from input.
 */
public final class IndicatorSql {

	/**
	 * The {@code indicator_window} argument, from the named parameters of
	 * {@link IndicatorCounter#parameters}.
	 */
	private static final String WINDOW = """
			ROW(CAST(:window_start AS date), CAST(:window_end AS date), CAST(:ytd_start AS date),
			    CAST(:prev_ytd_start AS date), CAST(:prev_ytd_end AS date), CAST(:report_period AS text),
			    CAST(:report_deadline AS date), %s, CAST(:as_of AS date))::indicator_window""";

	/**
	 * The {@code indicator_window} argument for each period of the run: a row {@code rw}
	 * of {@code run_window}.
	 */
	private static final String RUN_WINDOW = """
			ROW(rw.window_start, rw.window_end, rw.ytd_start, rw.prev_ytd_start, rw.prev_ytd_end, rw.report_period,
			    rw.report_deadline, %s, rw.as_of)::indicator_window""";

	private static final String LIMITS = """
			:max_days_quan_triet, :max_days_chuyen_mon, :max_days_quan_trong,
			    :max_opening_min, :max_closing_min, :max_presentation_min, :max_commune_wide_conferences""";

	private IndicatorSql() {
	}

	/**
	 * Returns {@code unit_code, numerator, denominator, not_applicable} (why the count is
	 * not judged, or null) for every unit the indicator applies to in the period of a
	 * {@code run_window} row {@code rw}, which the caller joins laterally: one statement
	 * counts every period of a run.
	 */
	static String counts(Indicator indicator) {
		String window = RUN_WINDOW.formatted(LIMITS);
		if (!indicator.countsRecords()) {
			return "SELECT unit_code, numerator, denominator, not_applicable FROM " + function(indicator) + "(" + window
					+ ")";
		}
		return """
				SELECT u.unit_code, coalesce(c.numerator, 0) AS numerator, coalesce(c.denominator, 0) AS denominator,
				       NULL AS not_applicable
				FROM scored_unit(rw.window_start, rw.window_end) u
				LEFT JOIN (
				    SELECT unit_code, count(*) FILTER (WHERE ok) AS numerator, count(*) AS denominator
				    FROM %s(%s)
				    GROUP BY unit_code
				) c ON c.unit_code = u.unit_code
				WHERE u.unit_type IN (:unit_types)""".formatted(function(indicator), window);
	}

	/**
	 * Returns {@code unit_code, numerator, denominator, not_applicable} for every unit an
	 * indicator that does not count records applies to, in the windows of the named
	 * parameters of {@link IndicatorCounter#parameters}.
	 */
	static String countsIn(Indicator indicator) {
		if (indicator.countsRecords()) {
			throw new IllegalArgumentException(indicator + " counts records");
		}
		return "SELECT unit_code, numerator, denominator, not_applicable FROM " + function(indicator) + "("
				+ WINDOW.formatted(LIMITS) + ")";
	}

	/**
	 * Returns {@code unit_code, held_on, meeting_id, item} for every commune-wide
	 * conference WIDE_CONF_LIMIT counts, in the windows of the named parameters of
	 * {@link IndicatorCounter#parameters}.
	 */
	static String communeWideMeetings() {
		return "SELECT * FROM wide_conf_limit_meetings(" + WINDOW.formatted(LIMITS) + ")";
	}

	/**
	 * Returns {@code unit_code, ok, severity, sort_date, record_id, item} for every
	 * record of the population; only for an indicator that
	 * {@link Indicator#countsRecords() counts records}.
	 */
	public static String records(Indicator indicator) {
		if (!indicator.countsRecords()) {
			throw new IllegalArgumentException(indicator + " does not count records");
		}
		return "SELECT * FROM " + function(indicator) + "(" + WINDOW.formatted(LIMITS) + ")";
	}

	private static String function(Indicator indicator) {
		return indicator.name().toLowerCase(Locale.ROOT) + (indicator.countsRecords() ? "_records" : "_counts");
	}

}

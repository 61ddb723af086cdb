package vn.gov.scorecard.indicators;

import java.util.EnumMap;
import java.util.Map;

import vn.gov.scorecard.database.SqlFile;

/**
 * The SQL of each indicator, read once from {@code sql/indicators/}. A records formula is counted
 * by wrapping it; the scorecard's annex lists its failed records through the same text, so the
 * annex always shows exactly the records behind the count.
 */
public final class IndicatorSql {

	private static final Map<Indicator, String> COUNTS = new EnumMap<>(Indicator.class);
	private static final Map<Indicator, String> RECORDS = new EnumMap<>(Indicator.class);

	static {
		for (Indicator indicator : Indicator.values()) {
			if (indicator.countsRecords()) {
				String records = SqlFile.read("indicators/records/" + indicator.name() + ".sql");
				RECORDS.put(indicator, records);
				COUNTS.put(indicator, """
						SELECT u.unit_code, coalesce(c.numerator, 0) AS numerator, coalesce(c.denominator, 0) AS denominator
						FROM scored_unit(:window_start, :window_end) u
						LEFT JOIN (
						    SELECT unit_code, count(*) FILTER (WHERE ok) AS numerator, count(*) AS denominator
						    FROM (%s) r
						    GROUP BY unit_code
						) c ON c.unit_code = u.unit_code
						WHERE u.unit_type IN (:unit_types)""".formatted(records));
			}
			else {
				COUNTS.put(indicator, SqlFile.read("indicators/counts/" + indicator.name() + ".sql"));
			}
		}
	}

	private IndicatorSql() {
	}

	/** Returns {@code unit_code, numerator, denominator} for every unit of the period the indicator applies to. */
	public static String counts(Indicator indicator) {
		return COUNTS.get(indicator);
	}

	/**
	 * Returns {@code unit_code, ok, severity, item} for every record of the population; only for an
	 * indicator that {@link Indicator#countsRecords() counts records}.
	 */
	public static String records(Indicator indicator) {
		return RECORDS.get(indicator);
	}
}

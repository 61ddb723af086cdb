package vn.gov.scorecard.indicators;

import java.util.List;
import java.util.Map;

import vn.gov.scorecard.rules.Indicator;

/**
 * The province as a whole against the directives (SPEC §6): all units' records together,
 * counted by the very formulas of the units' indicators ({@link ProvinceRecords#totals}),
 * for the ranking report's first page.
 *
 * @param counts numerator and denominator per directive, in the report's order; for the
 * commune-wide conferences, the communes within their limit of all communes judged
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
			Indicator.ONLINE_SHARE, Indicator.DURATION_OK, Indicator.SPEECH_OK, Indicator.NO_SUMMONS,
			Indicator.DIGITAL_RATE, Indicator.DOSSIER_ON_TIME, Indicator.TASK_ON_TIME, Indicator.REPORT_ON_TIME,
			Indicator.WIDE_CONF_LIMIT);

}

package vn.gov.scorecard.period;

import java.time.LocalDate;

/**
 * The dates a period's indicators are counted over (SPEC §3, §4), and the as-of date the
 * records are taken as they stood on (SPEC §2 v3: the run's "now"). A run made after the
 * period ended counts whole windows. A provisional run, made before, counts the period as
 * it stands on the as-of date: every window that would end on the period's last day ends
 * on the as-of date (the previous year's on the same day a year earlier), and a periodic
 * report whose deadline has not yet passed is not judged.
 *
 * @param reportPeriod the period whose report is judged, or {@code null} when none is
 * @param reportNotYetDue the report's deadline (day 14 of its last month) had not passed
 * on the as-of date
 * @param asOf records first dated after it are not counted, and completions after it not
 * yet made
 */
public record CountingWindows(Period period, LocalDate start, LocalDate end, LocalDate ytdStart,
		LocalDate previousYtdStart, LocalDate previousYtdEnd, Period reportPeriod, boolean reportNotYetDue,
		LocalDate asOf) {

	/** The windows of {@code period} as the data stands on {@code asOf}. */
	public static CountingWindows asOf(Period period, LocalDate asOf) {
		Period reportPeriod = period.reportPeriod();
		boolean reportNotYetDue = reportPeriod != null && !asOf.isAfter(reportPeriod.reportDeadline());
		if (!asOf.isBefore(period.lastDay())) {
			return new CountingWindows(period, period.firstDay(), period.lastDay(), period.ytdStart(),
					period.previousYtdStart(), period.previousYtdEnd(), reportPeriod, reportNotYetDue, asOf);
		}
		return new CountingWindows(period, period.firstDay(), asOf, period.ytdStart(), period.previousYtdStart(),
				asOf.minusYears(1), reportPeriod, reportNotYetDue, asOf);
	}

	/**
	 * The windows of the period's whole year, the records as they stand on the as-of
	 * date: what a year-to-date indicator is measured against at the year's end (the
	 * previous year whole; this year's records so far).
	 */
	public CountingWindows yearEnd() {
		Period december = Period.parse(period.firstDay().getYear() + "-12");
		return new CountingWindows(december, december.firstDay(), december.lastDay(), december.ytdStart(),
				december.previousYtdStart(), december.previousYtdEnd(), null, false, asOf);
	}

	/** Counted before the period ended. */
	public boolean provisional() {
		return end.isBefore(period.lastDay());
	}
}

package vn.gov.scorecard.schedule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import vn.gov.scorecard.period.Period;

/**
 * Which periods a scheduled run computes on a given day: the month just ended, and every longer
 * period (quarter, half-year, year) that ended with it. On 1 July 2026 that is 2026-06, 2026-Q2
 * and 2026-H1; on 1 January 2027: 2026-12, 2026-Q4, 2026-H2 and 2026.
 */
public final class SchedulePlan {

	private SchedulePlan() {
	}

	public static List<Period> periodsEndedBefore(LocalDate day) {
		YearMonth month = YearMonth.from(day).minusMonths(1);
		int year = month.getYear();
		int m = month.getMonthValue();
		List<Period> periods = new ArrayList<>();
		periods.add(new Period(Period.Kind.MONTH, year, m));
		if (m % 3 == 0) {
			periods.add(new Period(Period.Kind.QUARTER, year, m / 3));
		}
		if (m % 6 == 0) {
			periods.add(new Period(Period.Kind.HALF, year, m / 6));
		}
		if (m == 12) {
			periods.add(new Period(Period.Kind.YEAR, year, 1));
		}
		return periods;
	}
}

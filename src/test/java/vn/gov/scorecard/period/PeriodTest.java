package vn.gov.scorecard.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PeriodTest {

	@Test
	void windowsOfEachKind() {
		assertWindow("2026-02", "2026-02-01", "2026-02-28");
		assertWindow("2028-02", "2028-02-01", "2028-02-29");
		assertWindow("2026-Q3", "2026-07-01", "2026-09-30");
		assertWindow("2026-H2", "2026-07-01", "2026-12-31");
		assertWindow("2026", "2026-01-01", "2026-12-31");
	}

	private static void assertWindow(String period, String first, String last) {
		Period p = Period.parse(period);
		assertThat(p.firstDay()).isEqualTo(first);
		assertThat(p.lastDay()).isEqualTo(last);
		assertThat(p.toString()).isEqualTo(period);
	}

	@Test
	void yearToDateAndTheSameDatesAYearEarlier() {
		Period march = Period.parse("2026-03");
		assertThat(march.ytdStart()).isEqualTo("2026-01-01");
		assertThat(march.previousYtdStart()).isEqualTo("2025-01-01");
		assertThat(march.previousYtdEnd()).isEqualTo("2025-03-31");
		// SPEC v2 §3: the previous YTD ends on the last day of the same month a year
		// earlier, so
		// February 2025 keeps the leap day of 2024 and February 2029 ends on the 29th of
		// 2028
		assertThat(Period.parse("2025-02").previousYtdEnd()).isEqualTo("2024-02-29");
		assertThat(Period.parse("2029-02").previousYtdEnd()).isEqualTo("2028-02-29");
		assertThat(Period.parse("2028-02").previousYtdEnd()).isEqualTo("2027-02-28");
		assertThat(Period.parse("2024-Q1").previousYtdEnd()).isEqualTo("2023-03-31");
	}

	@Test
	void thePreviousPeriodOfTheSameKind() {
		assertThat(Period.parse("2026-01").previous()).hasValueSatisfying(p -> assertThat(p).hasToString("2025-12"));
		assertThat(Period.parse("2026-Q1").previous()).hasValueSatisfying(p -> assertThat(p).hasToString("2025-Q4"));
		assertThat(Period.parse("2026-H2").previous()).hasValueSatisfying(p -> assertThat(p).hasToString("2026-H1"));
		assertThat(Period.parse("2026").previous()).hasValueSatisfying(p -> assertThat(p).hasToString("2025"));
	}

	@Test
	void periodsIn2000HaveNoPreviousPeriodButTheirPreviousYearIsStillADateRange() {
		// SPEC v2 §3: the period before a period in 2000 has no data; its comparisons are
		// absent
		assertThat(Period.parse("2000-01").previous()).isEmpty();
		assertThat(Period.parse("2000").previous()).isEmpty();
		assertThat(Period.parse("2000-Q1").previous()).isEmpty();
		assertThat(Period.parse("2000-02").previous()).hasValueSatisfying(p -> assertThat(p).hasToString("2000-01"));
		assertThat(Period.parse("2000-03").previousYtdStart()).isEqualTo("1999-01-01");
		assertThat(Period.parse("2000-03").previousYtdEnd()).isEqualTo("1999-03-31");
	}

	@Test
	void aProvisionalRunCountsUpToTheAsOfDateAndJudgesNoReportBeforeItsDeadline() {
		// 2026 as of 25 November: windows end that day, the previous YTD on 25 November
		// 2025, and
		// the year's report (due 14 December) is not yet due
		CountingWindows early = CountingWindows.asOf(Period.parse("2026"), LocalDate.of(2026, 11, 25));
		assertThat(early.provisional()).isTrue();
		assertThat(early.end()).isEqualTo("2026-11-25");
		assertThat(early.previousYtdEnd()).isEqualTo("2025-11-25");
		assertThat(early.reportNotYetDue()).isTrue();
		// on 15 December the deadline has passed: the report is judged
		assertThat(CountingWindows.asOf(Period.parse("2026"), LocalDate.of(2026, 12, 15)).reportNotYetDue()).isFalse();
		// a period that has ended counts whole windows
		CountingWindows whole = CountingWindows.asOf(Period.parse("2026-09"), LocalDate.of(2026, 10, 1));
		assertThat(whole.provisional()).isFalse();
		assertThat(whole.end()).isEqualTo("2026-09-30");
		assertThat(whole.previousYtdEnd()).isEqualTo("2025-09-30");
	}

	@Test
	void theReportThatFallsDueAndItsDeadline() {
		assertThat(Period.parse("2026-09").reportPeriod()).hasToString("2026-Q3");
		assertThat(Period.parse("2026-08").reportPeriod()).isNull();
		assertThat(Period.parse("2026-H1").reportPeriod().reportDeadline()).isEqualTo(LocalDate.of(2026, 6, 14));
		assertThat(Period.parse("2026").reportPeriod().reportDeadline()).isEqualTo(LocalDate.of(2026, 12, 14));
	}

	@Test
	void inVietnameseWords() {
		assertThat(Period.parse("2026-09").inWords()).isEqualTo("tháng 9 năm 2026");
		assertThat(Period.parse("2026-Q3").inWords()).isEqualTo("quý III năm 2026");
		assertThat(Period.parse("2026-Q4").inWords()).isEqualTo("quý IV năm 2026");
		assertThat(Period.parse("2026-H1").inWords()).isEqualTo("6 tháng đầu năm 2026");
		assertThat(Period.parse("2026").inWords()).isEqualTo("năm 2026");
	}

	/** A course chart's labels number a quarter as its title does: "quý III", "QIII". */
	@Test
	void shortLabelsNumberQuartersAsTheTitleDoes() {
		assertThat(Period.parse("2026-09").shortLabel()).isEqualTo("T9/2026");
		assertThat(Period.parse("2026-Q3").shortLabel()).isEqualTo("QIII/2026");
		assertThat(Period.parse("2026-H1").shortLabel()).isEqualTo("H1/2026");
		assertThat(Period.parse("2026").shortLabel()).isEqualTo("2026");
	}

	@Test
	void malformedPeriodsAreRefused() {
		for (String bad : new String[] { "2026-13", "2026-Q5", "2026-H3", "26-01", "2026-1", "1999", "" }) {
			assertThatThrownBy(() -> Period.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
		}
	}

}

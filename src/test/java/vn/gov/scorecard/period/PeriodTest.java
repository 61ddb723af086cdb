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
		// a leap February ends on the 29th; a year earlier, on the 28th
		assertThat(Period.parse("2028-02").previousYtdEnd()).isEqualTo("2027-02-28");
	}

	@Test
	void thePreviousPeriodOfTheSameKind() {
		assertThat(Period.parse("2026-01").previous()).hasToString("2025-12");
		assertThat(Period.parse("2026-Q1").previous()).hasToString("2025-Q4");
		assertThat(Period.parse("2026-H2").previous()).hasToString("2026-H1");
		assertThat(Period.parse("2026").previous()).hasToString("2025");
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

	@Test
	void malformedPeriodsAreRefused() {
		for (String bad : new String[] { "2026-13", "2026-Q5", "2026-H3", "26-01", "2026-1", "1999", "" }) {
			assertThatThrownBy(() -> Period.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
		}
	}
}

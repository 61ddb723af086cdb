package vn.gov.scorecard.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.support.Pipeline;

/** REPORT_ON_TIME (R10): submitted before the 15th of the period's last month. */
class ReportIndicatorTest {

	private static Pipeline pipeline;

	@BeforeAll
	static void load(@TempDir Path input) {
		pipeline = Pipeline.on(input).file("units.csv", """
				unit_code,unit_name,unit_type
				SO1,Sở Nội vụ,SO
				SO2,Sở Tư pháp,SO
				SO3,Sở Y tế,SO
				""").file("reports.csv", """
				unit_code,report_period,submitted_on
				SO1,2026-Q1,2026-03-14
				SO2,2026-Q1,2026-03-15
				SO1,2026-H1,2026-06-14
				SO3,2026-Q2,2026-06-20
				SO1,2025,2025-12-14
				SO2,2025,2025-12-15
				""");
		pipeline.load(LocalDate.of(2026, 11, 30));
	}

	@AfterAll
	static void close() {
		pipeline.close();
	}

	@Test
	void aQuarterEndMonthJudgesTheQuartersReport() {
		pipeline.score("2026-03");
		// deadline: submitted on or before 2026-03-14
		assertThat(pipeline.result("2026-03", "SO1", "REPORT_ON_TIME")).containsEntry("numerator", 1L)
			.containsEntry("denominator", 1L)
			.containsEntry("status", "MET");
		assertThat(pipeline.result("2026-03", "SO2", "REPORT_ON_TIME")).containsEntry("numerator", 0L)
			.containsEntry("denominator", 1L)
			.containsEntry("status", "NOT_MET");
		// no report at all counts as 0, not NA
		assertThat(pipeline.result("2026-03", "SO3", "REPORT_ON_TIME")).containsEntry("numerator", 0L)
			.containsEntry("denominator", 1L)
			.containsEntry("status", "NOT_MET");
	}

	@Test
	void theQuarterItselfJudgesTheSameReport() {
		pipeline.score("2026-Q1");
		assertThat(pipeline.result("2026-Q1", "SO1", "REPORT_ON_TIME")).containsEntry("status", "MET");
		assertThat(pipeline.result("2026-Q1", "SO2", "REPORT_ON_TIME")).containsEntry("status", "NOT_MET");
	}

	@Test
	void aMonthThatDoesNotEndAQuarterHasNoReportDue() {
		pipeline.score("2026-02");
		assertThat(pipeline.result("2026-02", "SO1", "REPORT_ON_TIME")).containsEntry("numerator", 0L)
			.containsEntry("denominator", 0L)
			.containsEntry("status", "NA")
			.containsEntry("reason", "kỳ này không có báo cáo định kỳ đến hạn");
	}

	@Test
	void juneJudgesTheSecondQuartersReportNotTheHalfYears() {
		pipeline.score("2026-06");
		// SO1 sent its H1 report on time but no Q2 report (SO3 sent a Q2 report, so
		// reports were delivered)
		assertThat(pipeline.result("2026-06", "SO1", "REPORT_ON_TIME")).containsEntry("denominator", 1L)
			.containsEntry("status", "NOT_MET");
		pipeline.score("2026-H1");
		assertThat(pipeline.result("2026-H1", "SO1", "REPORT_ON_TIME")).containsEntry("status", "MET");
	}

	@Test
	void withNoReportForThePeriodInTheProvinceTheFileWasNotDeliveredAndNoUnitIsJudged() {
		// SPEC v2 §4: nobody sent a Q3 report, so absence says nothing about the units
		pipeline.score("2026-Q3");
		assertThat(pipeline.result("2026-Q3", "SO1", "REPORT_ON_TIME")).containsEntry("numerator", 0L)
			.containsEntry("denominator", 1L)
			.containsEntry("status", "NA")
			.containsEntry("reason",
					"không có báo cáo quý III năm 2026 nào trong toàn tỉnh: tệp reports đã được nộp chưa?");
	}

	@Test
	void theYearsReportIsDueBeforeTheFifteenthOfDecember() {
		pipeline.score("2025");
		assertThat(pipeline.result("2025", "SO1", "REPORT_ON_TIME")).containsEntry("status", "MET");
		assertThat(pipeline.result("2025", "SO2", "REPORT_ON_TIME")).containsEntry("status", "NOT_MET");
	}

}

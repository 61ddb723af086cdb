package vn.gov.scorecard.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.support.Pipeline;

/**
 * A unit is judged only on what fell due while it existed (SPEC §4 v3). The H1 report is
 * due on 14 June 2026, the Q1 report on 14 March.
 */
class ReportDeadlineTest {

	private static Pipeline pipeline;

	@BeforeAll
	static void load(@TempDir Path input) {
		pipeline = Pipeline.on(input).file("units.csv", """
				unit_code,unit_name,unit_type,predecessor_codes,established_on,dissolved_on
				K,Ủy ban nhân dân xã Kim Phú,XA,,,
				D15,Ủy ban nhân dân xã Đội Cấn,XA,,,2026-03-15
				N15,Ủy ban nhân dân xã Đội Bình,XA,D15,2026-03-15,
				E10,Ủy ban nhân dân phường Minh Xuân,XA,,2026-06-10,
				E20,Ủy ban nhân dân phường Nông Tiến,XA,,2026-06-20,
				""").file("reports.csv", """
				unit_code,report_period,submitted_on
				K,2026-Q1,2026-03-10
				K,2026-H1,2026-06-10
				N15,2026-H1,2026-06-12
				K,2026-Q3,2026-06-30
				""").file("tasks.csv", """
				unit_code,task_id,assigned_on,due_on,completed_on
				D15,T1,2026-03-01,2026-04-30,
				""");
		pipeline.load(LocalDate.of(2026, 7, 10));
	}

	@AfterAll
	static void close() {
		pipeline.close();
	}

	@Test
	void aReportSentBeforeItsPeriodBeganIsRejected() {
		// a "2026-Q3" report on 30 June is a wrong period or a wrong date, never a report
		// on time
		assertThat(pipeline.rejects())
			.containsExactly("reports.csv 5 submitted_on 2026-06-30 ngày nộp trước ngày đầu của"
					+ " kỳ báo cáo 2026-Q3 (2026-07-01): kiểm tra kỳ báo cáo hoặc ngày nộp");
	}

	@Test
	void theHalfYearJudgesOnlyTheUnitsThatExistedOnItsDeadline() {
		pipeline.score("2026-H1");
		assertThat(pipeline.result("2026-H1", "K", "REPORT_ON_TIME")).containsEntry("numerator", 1L)
			.containsEntry("status", "MET");
		assertThat(pipeline.result("2026-H1", "N15", "REPORT_ON_TIME")).containsEntry("numerator", 1L)
			.containsEntry("status", "MET");
		// established on 10 June, before the deadline: judged, and no report is late
		assertThat(pipeline.result("2026-H1", "E10", "REPORT_ON_TIME")).containsEntry("numerator", 0L)
			.containsEntry("denominator", 1L)
			.containsEntry("status", "NOT_MET");
		// established on 20 June, after it: counted (0/1) but not judged
		assertThat(pipeline.result("2026-H1", "E20", "REPORT_ON_TIME")).containsEntry("numerator", 0L)
			.containsEntry("denominator", 1L)
			.containsEntry("status", "NA")
			.containsEntry("reason",
					"đơn vị thành lập ngày 20/06/2026, sau hạn nộp báo cáo kỳ 2026-H1 (14/06/2026): không đánh giá");
		// dissolved on 15 March, before it: scored for the half-year it existed in, but
		// not on this report
		assertThat(pipeline.result("2026-H1", "D15", "REPORT_ON_TIME")).containsEntry("numerator", 0L)
			.containsEntry("denominator", 1L)
			.containsEntry("status", "NA")
			.containsEntry("reason",
					"đơn vị đã giải thể ngày 15/03/2026, trước hạn nộp báo cáo kỳ 2026-H1 (14/06/2026): không đánh giá");
		// nor on its task due 30 April, which passed to N15 with the rest of its pending
		// work
		assertThat(pipeline.result("2026-H1", "D15", "TASK_ON_TIME")).containsEntry("denominator", 0L)
			.containsEntry("status", "NA");
		assertThat(pipeline.result("2026-H1", "N15", "TASK_ON_TIME")).containsEntry("numerator", 0L)
			.containsEntry("denominator", 1L)
			.containsEntry("status", "NOT_MET");
	}

	@Test
	void theFirstQuarterJudgesTheUnitDissolvedTheDayAfterItsDeadline() {
		pipeline.score("2026-Q1");
		// D15 existed on 14 March: judged, and sent nothing
		assertThat(pipeline.result("2026-Q1", "D15", "REPORT_ON_TIME")).containsEntry("numerator", 0L)
			.containsEntry("status", "NOT_MET");
		// N15 came into existence on 15 March, the day after
		assertThat(pipeline.result("2026-Q1", "N15", "REPORT_ON_TIME")).containsEntry("status", "NA")
			.containsEntry("reason",
					"đơn vị thành lập ngày 15/03/2026, sau hạn nộp báo cáo kỳ 2026-Q1 (14/03/2026): không đánh giá");
	}

}

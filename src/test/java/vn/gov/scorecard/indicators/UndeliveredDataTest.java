package vn.gov.scorecard.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.period.CountingWindows;
import vn.gov.scorecard.support.Pipeline;

/**
 * SPEC v2 §4 "no data delivered": the four indicators that read absence as a result are
 * NA for every unit when the province has no record of that kind in the window, and the
 * kinds with no record in the period's window are named in warnings.
 */
class UndeliveredDataTest {

	@Test
	void lastYearsDocumentsAloneDoNotMakeEveryUnitMeetTheCut(@TempDir Path input) {
		try (Pipeline pipeline = Pipeline.on(input)
			.file("units.csv", "unit_code,unit_name,unit_type\nSO1,Sở Nội vụ,SO\nX1,Xã Một,XA\n")
			// only 2025's documents were ever delivered; 2026's file never came
			.file("documents.csv", """
					unit_code,doc_id,issued_on
					SO1,1,2025-02-01
					SO1,2,2025-03-01
					""")
			.file("work_items.csv", """
					unit_code,item_id,kind,received_on,processed_digitally
					X1,1,CONG_VIEC,2026-03-02,true
					""")) {
			pipeline.load(LocalDate.of(2026, 4, 1));
			pipeline.score("2026-03");
			// counted 0 of 2 (a "100% cut"), but NA with the reason, never MET
			assertThat(pipeline.result("2026-03", "SO1", "DOC_REDUCTION")).containsEntry("numerator", 0L)
				.containsEntry("denominator", 2L)
				.containsEntry("status", "NA")
				.containsEntry("points", null)
				.containsEntry("reason", "không có văn bản nào từ 01/01/2026 đến 31/03/2026 trong toàn tỉnh:"
						+ " tệp documents đã được nộp chưa?");
			// no meeting this YTD anywhere: both meeting indicators that read absence are
			// NA too
			assertThat(pipeline.result("2026-03", "X1", "WIDE_CONF_LIMIT")).containsEntry("numerator", 0L)
				.containsEntry("denominator", 3L)
				.containsEntry("status", "NA")
				.containsEntry("reason", "không có hội nghị nào từ 01/01/2026 đến 31/03/2026 trong toàn tỉnh:"
						+ " tệp meetings đã được nộp chưa?");
			assertThat(pipeline.result("2026-03", "SO1", "MEETING_REDUCTION")).containsEntry("status", "NA");
			// and no Q1 report in the province: REPORT_ON_TIME is NA, not failed for
			// everyone
			assertThat(pipeline.result("2026-03", "SO1", "REPORT_ON_TIME")).containsEntry("status", "NA")
				.containsEntry("reason",
						"không có báo cáo quý I năm 2026 nào trong toàn tỉnh: tệp reports đã được nộp chưa?");
			// the warnings name every kind with no record in March 2026 (work items were
			// delivered)
			ProvinceCoverage coverage = pipeline.records()
				.coverage(CountingWindows.asOf(Period.parse("2026-03"), LocalDate.of(2026, 4, 1)));
			assertThat(coverage.warnings()).containsExactly(
					"không có hội nghị nào từ 01/03/2026 đến 31/03/2026 trong toàn tỉnh: tệp meetings đã được nộp chưa?",
					"không có văn bản nào từ 01/03/2026 đến 31/03/2026 trong toàn tỉnh: tệp documents đã được nộp chưa?",
					"không có nhiệm vụ nào từ 01/03/2026 đến 31/03/2026 trong toàn tỉnh: tệp tasks đã được nộp chưa?",
					"không có báo cáo quý I năm 2026 nào trong toàn tỉnh: tệp reports đã được nộp chưa?");
		}
	}

	@Test
	void oneUnitsRecordShowsTheFileCameSoTheOthersAreJudged(@TempDir Path input) {
		try (Pipeline pipeline = Pipeline.on(input)
			.file("units.csv", "unit_code,unit_name,unit_type\nX1,Xã Một,XA\nX2,Xã Hai,XA\n")
			.file("meetings.csv", """
					unit_code,meeting_id,held_on,category,format,duration_days,scale
					X1,1,2026-02-01,KHAC,TRUC_TUYEN,1,TOAN_XA
					""")) {
			pipeline.load(LocalDate.of(2026, 4, 1));
			pipeline.score("2026-03");
			// X2 held no commune-wide conference: 0 ≤ 3 meets the limit
			assertThat(pipeline.result("2026-03", "X2", "WIDE_CONF_LIMIT")).containsEntry("numerator", 0L)
				.containsEntry("status", "MET");
		}
	}

	@Test
	void aReportNotYetDueIsNotJudgedInAProvisionalRun(@TempDir Path input) {
		try (Pipeline pipeline = Pipeline.on(input)
			.file("units.csv", "unit_code,unit_name,unit_type\nSO1,Sở Nội vụ,SO\nSO2,Sở Tư pháp,SO\n")
			.file("reports.csv", "unit_code,report_period,submitted_on\nSO1,2026,2026-11-20\n")) {
			// the year 2026 as of 25 November: its report is due by 14 December
			pipeline.load(LocalDate.of(2026, 11, 25));
			pipeline.score("2026");
			assertThat(pipeline.result("2026", "SO2", "REPORT_ON_TIME")).containsEntry("status", "NA")
				.containsEntry("reason", "chưa đến hạn (hạn nộp báo cáo năm 2026 là ngày 14/12/2026)");
		}
	}

}

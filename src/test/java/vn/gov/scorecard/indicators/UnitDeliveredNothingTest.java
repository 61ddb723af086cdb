package vn.gov.scorecard.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.period.CountingWindows;
import vn.gov.scorecard.support.Pipeline;

/**
 * A unit that delivered nothing of a kind this year, though it did last year, is not
 * scored on the absence (SPEC §4 v3): its reductions and the commune-wide count are NA
 * with the reason, and it is listed as not delivered.
 */
class UnitDeliveredNothingTest {

	@Test
	void aMissingFileIsNoCutOfAHundredPercent(@TempDir Path input) {
		try (Pipeline pipeline = Pipeline.on(input).file("units.csv", """
				unit_code,unit_name,unit_type
				XA1,Xã Một,XA
				XA2,Xã Hai,XA
				XA3,Xã Ba,XA
				""").file("documents.csv", """
				unit_code,doc_id,issued_on
				XA1,D1,2025-02-02
				XA1,D2,2025-03-02
				XA1,D3,2025-04-02
				XA1,D4,2025-05-02
				XA2,D1,2025-02-02
				XA2,D2,2025-03-02
				XA2,D3,2025-04-02
				XA2,D4,2025-05-02
				XA2,D5,2025-06-02
				XA2,D6,2026-02-02
				XA2,D7,2026-03-02
				""").file("meetings.csv", """
				unit_code,meeting_id,held_on,category,format,duration_days,scale
				XA1,M1,2025-02-02,KHAC,TRUC_TUYEN,0.5,
				XA1,M2,2025-03-02,KHAC,TRUC_TUYEN,0.5,
				XA1,M3,2025-04-02,KHAC,TRUC_TUYEN,0.5,
				XA2,M1,2025-02-02,KHAC,TRUC_TUYEN,0.5,
				XA2,M2,2025-03-02,KHAC,TRUC_TUYEN,0.5,
				XA2,M3,2026-03-02,KHAC,TRUC_TUYEN,0.5,TOAN_XA
				""")) {
			pipeline.load(LocalDate.of(2026, 10, 5));
			pipeline.score("2026-09");

			// XA1: 0 documents this YTD (1 January – 30 September 2026) against 4 last
			// year: not delivered
			assertThat(pipeline.result("2026-09", "XA1", "DOC_REDUCTION")).containsEntry("numerator", 0L)
				.containsEntry("denominator", 4L)
				.containsEntry("status", "NA")
				.containsEntry("reason",
						"đơn vị chưa có văn bản nào từ 01/01/2026 đến 30/09/2026, năm trước có 4: tệp của đơn vị đã được nộp chưa?");
			// and 0 meetings against 3: neither the cut nor the commune-wide count is
			// scored
			String noMeetings = "đơn vị chưa có hội nghị nào từ 01/01/2026 đến 30/09/2026, năm trước có 3: tệp của đơn vị"
					+ " đã được nộp chưa?";
			assertThat(pipeline.result("2026-09", "XA1", "MEETING_REDUCTION")).containsEntry("status", "NA")
				.containsEntry("reason", noMeetings);
			assertThat(pipeline.result("2026-09", "XA1", "WIDE_CONF_LIMIT")).containsEntry("status", "NA")
				.containsEntry("reason", noMeetings);

			// XA2 delivered: 1 − 2/5 = 0.6 (met); one commune-wide conference of at most
			// 3 (met)
			assertThat((BigDecimal) pipeline.result("2026-09", "XA2", "DOC_REDUCTION").get("value"))
				.isEqualByComparingTo("0.6");
			assertThat(pipeline.result("2026-09", "XA2", "WIDE_CONF_LIMIT")).containsEntry("numerator", 1L)
				.containsEntry("status", "MET");
			// XA3 had nothing last year either: no baseline (NA as before), and no
			// conference this year is met
			assertThat(pipeline.result("2026-09", "XA3", "DOC_REDUCTION")).containsEntry("denominator", 0L)
				.containsEntry("reason", "không có số liệu văn bản cùng kỳ năm trước để so sánh");
			assertThat(pipeline.result("2026-09", "XA3", "WIDE_CONF_LIMIT")).containsEntry("status", "MET");

			assertThat(pipeline.records().undelivered(pipeline.runId(), Period.parse("2026-09")))
				.containsExactly(new Undelivered("XA1", "documents"), new Undelivered("XA1", "meetings"));
		}
	}

	@Test
	void aNilReturnForEveryMonthOfTheYearScoresTheAbsenceAndIsKeptAfterTheFolderIsCleared(@TempDir Path input)
			throws java.io.IOException {
		try (Pipeline pipeline = Pipeline.on(input)
			.file("units.csv", """
					unit_code,unit_name,unit_type
					XA4,Xã Bốn,XA
					XA5,Xã Năm,XA
					XA6,Xã Sáu,XA
					""")
			.file("documents.csv", """
					unit_code,doc_id,issued_on
					XA4,D1,2025-02-02
					XA5,D1,2025-02-02
					XA6,D1,2025-02-02
					XA6,D2,2026-02-02
					""")
			// XA4 declares each quarter that it issued nothing; XA5 only the first; XA6
			// sends a file whose rows all fail
			.file("documents/XA4_2026-Q1.csv", "unit_code,doc_id,issued_on\n")
			.file("documents/XA4_2026-Q2.csv", "unit_code,doc_id,issued_on\n")
			.file("documents/XA4_2026-Q3.csv", "unit_code,doc_id,issued_on\n")
			.file("documents/XA5_2026-Q1.csv", "unit_code,doc_id,issued_on\n")
			.file("documents/XA6.csv", "unit_code,doc_id,issued_on\nXA6,D3,31/08/2026\n")) {
			pipeline.load(LocalDate.of(2026, 10, 5), Pipeline.NO_CAP);
			pipeline.score("2026-09");
			// XA4: January to September declared empty: 0 documents against 1 is a cut of
			// 1 − 0/1 = 100% (met)
			assertThat(pipeline.result("2026-09", "XA4", "DOC_REDUCTION")).containsEntry("numerator", 0L)
				.containsEntry("denominator", 1L)
				.containsEntry("status", "MET");
			// XA5: only January to March declared: not delivered
			assertThat(pipeline.result("2026-09", "XA5", "DOC_REDUCTION")).containsEntry("status", "NA");
			assertThat(pipeline.loadWarnings(LocalDate.of(2026, 10, 5)))
				.contains("documents/XA6.csv: mọi dòng trong tệp"
						+ " của đơn vị XA6 đều bị loại, nên tệp không nộp được gì (không phải là báo cáo không có số liệu)");

			// last quarter's files cleared away: the declarations hold
			for (String file : new String[] { "XA4_2026-Q1.csv", "XA4_2026-Q2.csv", "XA4_2026-Q3.csv",
					"XA5_2026-Q1.csv", "XA6.csv" }) {
				java.nio.file.Files.delete(input.resolve("documents").resolve(file));
			}
			pipeline.load(LocalDate.of(2026, 10, 5), Pipeline.NO_CAP);
			pipeline.score("2026-09");
			assertThat(pipeline.result("2026-09", "XA4", "DOC_REDUCTION")).containsEntry("status", "MET");
		}
	}

	@Test
	void aUnitSilentInThePeriodsLastMonthAfterThreeMonthsOfRecordsMayHaveDeliveredTooLittle(@TempDir Path input) {
		try (Pipeline pipeline = Pipeline.on(input).file("units.csv", """
				unit_code,unit_name,unit_type
				XA7,Xã Bảy,XA
				XA8,Xã Tám,XA
				XA9,Xã Chín,XA
				""").file("meetings.csv", """
				unit_code,meeting_id,held_on,category,format,duration_days
				XA7,M6,2026-06-10,KHAC,TRUC_TUYEN,0.5
				XA7,M7,2026-07-10,KHAC,TRUC_TUYEN,0.5
				XA7,M8,2026-08-10,KHAC,TRUC_TUYEN,0.5
				XA8,M6,2026-06-10,KHAC,TRUC_TUYEN,0.5
				XA8,M7,2026-07-10,KHAC,TRUC_TUYEN,0.5
				XA8,M8,2026-08-10,KHAC,TRUC_TUYEN,0.5
				XA9,M6,2026-06-10,KHAC,TRUC_TUYEN,0.5
				XA9,M7,2026-07-10,KHAC,TRUC_TUYEN,0.5
				XA9,M8,2026-08-10,KHAC,TRUC_TUYEN,0.5
				XA9,M9,2026-09-10,KHAC,TRUC_TUYEN,0.5
				""").file("meetings/XA8_2026-09.csv", "unit_code,meeting_id,held_on,category,format,duration_days\n")) {
			pipeline.load(LocalDate.of(2026, 10, 5));
			// June, July and August, then nothing in September: XA7, which did not say
			// so; XA8 sent a nil return,
			// XA9 a September meeting
			assertThat(pipeline.records()
				.possiblyIncomplete(CountingWindows.asOf(Period.parse("2026-09"), LocalDate.of(2026, 10, 5))))
				.containsExactly(new PossiblyIncomplete("XA7", "meetings", "2026-09"));
		}
	}

}

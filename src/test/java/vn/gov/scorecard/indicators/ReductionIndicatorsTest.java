package vn.gov.scorecard.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.support.Pipeline;

/**
 * DOC_REDUCTION (R2) and MEETING_REDUCTION (R4) for March 2026: YTD 2026-01-01 …
 * 2026-03-31 against the previous YTD 2025-01-01 … 2025-03-31, with the baselines of
 * merged communes.
 */
class ReductionIndicatorsTest {

	private static Pipeline pipeline;

	@BeforeAll
	static void load(@TempDir Path input) {
		StringBuilder documents = new StringBuilder(
				"unit_code,doc_id,issued_on,doc_number,doc_type,signed_digitally\n");
		documents(documents, "SO1", "2025-02-10", 20).append("SO1,late2025,2025-04-01,,,\n"); // April:
																								// outside
																								// the
																								// previous
																								// YTD
		documents(documents, "SO1", "2026-02-10", 17);
		documents(documents, "SO2", "2025-01-15", 20);
		documents(documents, "SO2", "2026-03-31", 18);
		documents(documents, "SO3", "2026-01-05", 5);
		documents(documents, "SO4", "2025-03-31", 10);
		documents(documents, "SO4", "2026-01-01", 12);
		// X_NEW was formed on 2025-07-01 from X_A and X_B; X_OLD had merged into X_A on
		// 2025-04-01
		documents(documents, "X_OLD", "2025-02-01", 2);
		documents(documents, "X_A", "2025-02-01", 6);
		documents(documents, "X_B", "2025-03-01", 4);
		documents(documents, "X_NEW", "2026-03-01", 8);
		// for the merger year 2025: the predecessors' 2024, and X_NEW's own second half
		// of 2025
		documents(documents, "X_OLD", "2024-02-01", 3);
		documents(documents, "X_A", "2024-05-01", 10);
		documents(documents, "X_B", "2024-08-01", 5);
		documents(documents, "X_NEW", "2025-09-01", 3);

		StringBuilder meetings = new StringBuilder("unit_code,meeting_id,held_on,category,format,duration_days\n");
		for (int i = 0; i < 10; i++) {
			meetings.append("SO1,P").append(i).append(",2025-01-2").append(i % 10).append(",KHAC,TRUC_TUYEN,1\n");
		}
		for (int i = 0; i < 9; i++) {
			meetings.append("SO1,C").append(i).append(",2026-03-1").append(i).append(",KHAC,TRUC_TUYEN,1\n");
		}

		pipeline = Pipeline.on(input).file("units.csv", """
				unit_code,unit_name,unit_type,parent_code,predecessor_codes,established_on,dissolved_on
				SO1,Sở Nội vụ,SO,,,,
				SO2,Sở Tài chính,SO,,,,
				SO3,Sở Khoa học và Công nghệ,SO,,,2025-07-01,
				SO4,Sở Nông nghiệp và Môi trường,SO,,,,
				X_OLD,Ủy ban nhân dân xã Cũ,XA,,,,2025-04-01
				X_A,Ủy ban nhân dân xã Yên Thuận,XA,,X_OLD,,2025-07-01
				X_B,Ủy ban nhân dân xã Bạch Xa,XA,,,,2025-07-01
				X_NEW,Ủy ban nhân dân xã Yên Bạch,XA,,X_A; X_B,2025-07-01,
				""").file("documents.csv", documents.toString()).file("meetings.csv", meetings.toString());
		pipeline.load(LocalDate.of(2026, 4, 1));
		pipeline.score("2026-03");
	}

	@AfterAll
	static void close() {
		pipeline.close();
	}

	private static StringBuilder documents(StringBuilder csv, String unit, String date, int count) {
		for (int i = 0; i < count; i++) {
			csv.append(unit)
				.append(",D")
				.append(date)
				.append('-')
				.append(i)
				.append(',')
				.append(date)
				.append(",,CONG_VAN,\n");
		}
		return csv;
	}

	@Test
	void aCutOfExactlyFifteenPercentMeetsTheTarget() {
		// SO1: 20 documents in the previous YTD (the one of 2025-04-01 is outside it), 17
		// this YTD
		// → 1 − 17/20 = 0.15 → met, full 10 points
		var result = pipeline.result("2026-03", "SO1", "DOC_REDUCTION");
		assertThat(result).containsEntry("numerator", 17L)
			.containsEntry("denominator", 20L)
			.containsEntry("status", "MET");
		assertThat((BigDecimal) result.get("value")).isEqualByComparingTo("0.15");
		assertThat((BigDecimal) result.get("points")).isEqualByComparingTo("10");
	}

	@Test
	void aSmallerCutEarnsPointsInProportion() {
		// SO2: 1 − 18/20 = 0.10 → not met; attainment 0.10 / 0.15 = 2/3 → 10 × 2/3 =
		// 6.6667 points
		var result = pipeline.result("2026-03", "SO2", "DOC_REDUCTION");
		assertThat(result).containsEntry("status", "NOT_MET");
		assertThat((BigDecimal) result.get("value")).isEqualByComparingTo("0.10");
		assertThat(((BigDecimal) result.get("points")).setScale(4, java.math.RoundingMode.HALF_UP))
			.isEqualByComparingTo("6.6667");
	}

	@Test
	void moreDocumentsThanLastYearIsANegativeCutWorthNothing() {
		// SO4: 1 − 12/10 = −0.2 → value kept negative, attainment max(0, −0.2)/0.15 = 0 →
		// 0 points
		var result = pipeline.result("2026-03", "SO4", "DOC_REDUCTION");
		assertThat((BigDecimal) result.get("value")).isEqualByComparingTo("-0.2");
		assertThat((BigDecimal) result.get("points")).isEqualByComparingTo("0");
		assertThat(result).containsEntry("status", "NOT_MET");
	}

	@Test
	void noRecordsInThePreviousYearMeansNoBaseline() {
		assertThat(pipeline.result("2026-03", "SO3", "DOC_REDUCTION")).containsEntry("numerator", 5L)
			.containsEntry("denominator", 0L)
			.containsEntry("status", "NA")
			.containsEntry("reason", "không có số liệu văn bản cùng kỳ năm trước để so sánh");
	}

	@Test
	void aMergedCommuneIsMeasuredAgainstItsPredecessorsAndTheirs() {
		// baseline = X_A 6 + X_B 4 + X_OLD 2 (merged into X_A earlier) = 12; this YTD
		// X_NEW issued 8
		// → 1 − 8/12 = 0.3333 → met
		var result = pipeline.result("2026-03", "X_NEW", "DOC_REDUCTION");
		assertThat(result).containsEntry("numerator", 8L)
			.containsEntry("denominator", 12L)
			.containsEntry("status", "MET");
	}

	@Test
	void inTheMergerYearBothSidesCountTheSameTerritory() {
		// SPEC v2 §4: X_NEW (formed 2025-07-01) for December 2025 compares its
		// predecessors'
		// January–June 2025 plus its own July–December with its predecessors' 2024:
		// YTD 2025 = X_A 6 + X_B 4 + X_OLD 2 + X_NEW 3 = 15; 2024 = X_A 10 + X_B 5 +
		// X_OLD 3 = 18
		// → 1 − 15/18 = 0.1667 ≥ 0.15 → met (counting X_NEW's own 3 only, it would read
		// as an 83% cut)
		pipeline.score("2025-12");
		var result = pipeline.result("2025-12", "X_NEW", "DOC_REDUCTION");
		assertThat(result).containsEntry("numerator", 15L)
			.containsEntry("denominator", 18L)
			.containsEntry("status", "MET");
		assertThat(((BigDecimal) result.get("value")).setScale(4, java.math.RoundingMode.HALF_UP))
			.isEqualByComparingTo("0.1667");
	}

	@Test
	void dissolvedUnitsAreNotScoredButKeepTheirRecords() {
		assertThat(pipeline.scoredUnits("2026-03")).containsExactly("SO1", "SO2", "SO3", "SO4", "X_NEW");
	}

	@Test
	void aMeetingCutOfExactlyTenPercentMeetsTheTarget() {
		// SO1: 10 meetings in January 2025, 9 in March 2026 → 1 − 9/10 = 0.10 → met, full
		// 5 points
		var result = pipeline.result("2026-03", "SO1", "MEETING_REDUCTION");
		assertThat(result).containsEntry("numerator", 9L)
			.containsEntry("denominator", 10L)
			.containsEntry("status", "MET");
		assertThat((BigDecimal) result.get("points")).isEqualByComparingTo("5");
	}

}

package vn.gov.scorecard.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.scoring.IndicatorResult;
import vn.gov.scorecard.scoring.Scoring;
import vn.gov.scorecard.support.Pipeline;

/**
 * What a unit must fix and by how much (SPEC v3 §6, decision 84), for each kind of
 * target, on hand-made counts of September 2026 under the bundled rule set (weights:
 * digital 20, online 10, documents 10, commune-wide conferences 5, report 10).
 */
class WhatToFixTest {

	private static final Period SEPTEMBER = Period.parse("2026-09");

	@Test
	void aHundredPercentTargetNeedsEveryRecordTheGapIsTheRecordsShort() {
		// 11 of 27 work items digital: points 20 × 11/27 = 8,1481; 20 − 8,1481 = 11,8519
		WhatToFix.Fix fix = WhatToFix.fix(SEPTEMBER, result(Indicator.DIGITAL_RATE, 11, 27), null);
		assertThat(fix.sentence()).isEqualTo("Tỷ lệ hồ sơ, công việc xử lý trên môi trường số: cần thêm 16 hồ sơ, công"
				+ " việc xử lý trên môi trường số trong tháng 9 năm 2026 để đạt 100% (hiện 11/27). Có thể lấy lại 11,85"
				+ " điểm.");
		assertThat(fix.lostForTheYear()).isFalse();
	}

	@Test
	void anAtLeastShareNeedsTheFewestRecordsThatReachIt() {
		// 8 of 29 conferences online this year; 60% of 29 = 17,4, so 18 are needed: 10
		// more.
		// Points 10 × (8/29) / 0,6 = 4,5977; 10 − 4,5977 = 5,4023
		WhatToFix.Fix fix = WhatToFix.fix(SEPTEMBER, result(Indicator.ONLINE_SHARE, 8, 29), null);
		assertThat(fix.gap()).isEqualTo("Cần thêm 10 hội nghị trực tuyến từ đầu năm đến hết tháng 9 năm 2026 để đạt"
				+ " 60% (hiện 8/29, cần ít nhất 18).");
		assertThat(fix.recoverable()).isEqualByComparingTo("5.4023");
	}

	@Test
	void aCutSaysTheMostDocumentsThatMeetItSoFarAndForTheYear() {
		// 146 issued this year against 138 a year earlier: a cut of 15% allows 0,85 × 138
		// =
		// 117,3, so 117; the whole of 2025 had 191, so 2026 may have 0,85 × 191 = 162,35,
		// so 162: still within reach. The cut is negative: no points, 10 to recover
		WhatToFix.Fix fix = WhatToFix.fix(SEPTEMBER, result(Indicator.DOC_REDUCTION, 146, 138), 191L);
		assertThat(fix.sentence()).isEqualTo("Tỷ lệ cắt giảm văn bản hành chính: tối đa 117 văn bản từ đầu năm đến hết"
				+ " tháng 9 năm 2026 để đạt mức cắt giảm 15% so với 138 văn bản cùng kỳ năm trước; đã ban hành 146. Cả"
				+ " năm 2026 tối đa 162 văn bản (năm 2025: 191). Có thể lấy lại 10,00 điểm.");
		assertThat(fix.lostForTheYear()).isFalse();
	}

	@Test
	void aCutTheDocumentsAlreadyIssuedRuleOutSaysItCannotBeMetThisYear() {
		// 170 issued by September: more than the 162 the year allows (0,85 × 191)
		WhatToFix.Fix fix = WhatToFix.fix(SEPTEMBER, result(Indicator.DOC_REDUCTION, 170, 138), 191L);
		assertThat(fix.gap())
			.endsWith(" Cả năm 2026 tối đa 162 văn bản (năm 2025: 191): không còn khả năng đạt trong" + " năm 2026.");
		assertThat(fix.lostForTheYear()).isTrue();
	}

	@Test
	void anAtMostCountOverItsYearlyLimitCannotBeMetThisYear() {
		// 5 commune-wide conferences against at most 3 a year: points 5 × 3/5 = 3; 2 to
		// recover, and the count can only grow until December
		WhatToFix.Fix fix = WhatToFix.fix(SEPTEMBER, result(Indicator.WIDE_CONF_LIMIT, 5, 3), null);
		assertThat(fix.sentence()).isEqualTo("Số hội nghị quy mô toàn xã: đã tổ chức 5 hội nghị quy mô toàn xã từ đầu"
				+ " năm đến hết tháng 9 năm 2026, vượt 2 so với mức tối đa 3/năm: không còn khả năng đạt trong năm 2026."
				+ " Có thể lấy lại 2,00 điểm.");
		assertThat(fix.lostForTheYear()).isTrue();
	}

	@Test
	void aLateReportSaysItsDeadline() {
		// September ends the third quarter: its report was due by 14 September
		WhatToFix.Fix fix = WhatToFix.fix(SEPTEMBER, result(Indicator.REPORT_ON_TIME, 0, 1), null);
		assertThat(fix.gap()).isEqualTo(
				"Báo cáo quý III năm 2026 không nộp đúng hạn (hạn nộp 14/09/2026): cần nộp đúng hạn ở các kỳ sau.");
		assertThat(fix.recoverable()).isEqualByComparingTo("10");
	}

	@Test
	void theIndicatorsNotMetComeMostPointsFirstAndThoseMetNotAtAll() {
		// recoverable: digital 11,8519; documents 10; report 10 (documents first, in the
		// scorecard's order); online 5,4023; conferences 2; tasks met
		List<IndicatorResult> results = List.of(result(Indicator.TASK_ON_TIME, 3, 3),
				result(Indicator.WIDE_CONF_LIMIT, 5, 3), result(Indicator.ONLINE_SHARE, 8, 29),
				result(Indicator.REPORT_ON_TIME, 0, 1), result(Indicator.DOC_REDUCTION, 146, 138),
				result(Indicator.DIGITAL_RATE, 11, 27));
		assertThat(WhatToFix.of(SEPTEMBER, results, Map.of(Indicator.DOC_REDUCTION, 191L))
			.stream()
			.map(fix -> fix.result().indicator())).containsExactly(Indicator.DIGITAL_RATE, Indicator.DOC_REDUCTION,
					Indicator.REPORT_ON_TIME, Indicator.ONLINE_SHARE, Indicator.WIDE_CONF_LIMIT);
	}

	private static IndicatorResult result(Indicator indicator, long numerator, long denominator) {
		IndicatorResult result = Scoring.evaluate("XA1", indicator, numerator, denominator,
				Pipeline.RULES.rule(indicator), null);
		assertThat(result.weight()).isEqualByComparingTo(switch (indicator) {
			case DIGITAL_RATE -> new BigDecimal("20");
			case TASK_ON_TIME -> new BigDecimal("15");
			case WIDE_CONF_LIMIT -> new BigDecimal("5");
			default -> BigDecimal.TEN;
		});
		return result;
	}

}

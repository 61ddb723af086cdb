package vn.gov.scorecard.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.rules.UnitType;
import vn.gov.scorecard.scoring.IndicatorResult;
import vn.gov.scorecard.scoring.IndicatorResult.Status;
import vn.gov.scorecard.scoring.ScoredUnit;
import vn.gov.scorecard.scoring.UnitScore;
import vn.gov.scorecard.support.Pipeline;

/**
 * In a quarter's last month the quarterly report enters the score: the units that rose or
 * fell most say how much of their change it makes (SPEC §6, issue 26).
 */
class RankingMoversTest {

	@Test
	void aFallThatIsTheQuarterlyReportEnteringSaysSo() {
		// S1 in August: digital 1/1 (20 of 20), dossiers 1/1 (15 of 15), tasks 1/2 (7.5
		// of 15), no report due: 100 × 42.5 / 50 = 85.00. September, the same and its
		// quarter's report late (0 of 10): 100 × 42.5 / 60 = 70.833… → 70.83; without the
		// report 85.00, so all of the −14.17 is the report's.
		Map<Indicator, IndicatorResult> august = results(Status.NA);
		Map<Indicator, IndicatorResult> september = results(Status.NOT_MET);
		ScoredUnit before = new ScoredUnit(
				new UnitScore("S1", UnitType.SO, new BigDecimal("85.00"), "Hoàn thành tốt nhiệm vụ", 1), "Sở Một");
		ScoredUnit now = new ScoredUnit(
				new UnitScore("S1", UnitType.SO, new BigDecimal("70.83"), "Hoàn thành tốt nhiệm vụ", 1), "Sở Một");
		RankingReport.Sections sections = new RankingReport.Sections(Period.parse("2026-09"), Pipeline.RULES,
				Map.of("S1", before), null, Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
		List<String> notes = texts(
				RankingReport.notes(List.of(now), sections, Map.of("S1", september), Map.of("S1", august)));
		assertThat(notes).contains(
				"Tháng 9 năm 2026 là kỳ có báo cáo định kỳ đến hạn: chỉ tiêu báo cáo định kỳ đúng hạn (trọng số 10) được"
						+ " tính vào điểm kỳ này mà không tính ở tháng 8 năm 2026, nên phần thay đổi do chỉ tiêu này được"
						+ " ghi riêng cho từng đơn vị.",
				"S1 – Sở Một: 85,00 → 70,83 (−14,17 điểm; hạng 1 → 1); trong đó −14,17 điểm do chỉ tiêu báo cáo định kỳ"
						+ " đúng hạn chỉ tính ở kỳ này");
	}

	private static Map<Indicator, IndicatorResult> results(Status report) {
		Map<Indicator, IndicatorResult> results = new LinkedHashMap<>();
		results.put(Indicator.DIGITAL_RATE, result(Indicator.DIGITAL_RATE, 1, 1, Status.MET));
		results.put(Indicator.DOSSIER_ON_TIME, result(Indicator.DOSSIER_ON_TIME, 1, 1, Status.MET));
		results.put(Indicator.TASK_ON_TIME, result(Indicator.TASK_ON_TIME, 1, 2, Status.NOT_MET));
		results.put(Indicator.REPORT_ON_TIME, result(Indicator.REPORT_ON_TIME, 0, report == Status.NA ? 0 : 1, report));
		return results;
	}

	private static IndicatorResult result(Indicator indicator, long numerator, long denominator, Status status) {
		return new IndicatorResult("S1", indicator, numerator, denominator, null,
				Pipeline.RULES.rule(indicator).target(), status, null, Pipeline.RULES.rule(indicator).weight(),
				status == Status.NA ? "không áp dụng" : null);
	}

	private static List<String> texts(List<Map<String, ?>> notes) {
		return notes.stream().map(note -> String.valueOf(note.get("text"))).toList();
	}

}

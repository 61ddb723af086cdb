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
import vn.gov.scorecard.trend.WatchList;

/**
 * The ranking report's assessment and proposals, sentence by sentence, from a hand-made
 * September: every number in them is worked out below from the units' scores and results.
 */
class RankingAssessmentTest {

	private static final Period SEPTEMBER = Period.parse("2026-09");

	// September. SO: SO1 90.00 (excellent), SO2 70.50 (good). XA: X1 and X2 100.00
	// (excellent, tied), X3 45.00 (not done), X4 not ranked.
	private static final List<ScoredUnit> UNITS = List.of(unit("SO1", UnitType.SO, "90.00", 1),
			unit("SO2", UnitType.SO, "70.50", 2), unit("X1", UnitType.XA, "100.00", 1),
			unit("X2", UnitType.XA, "100.00", 1), unit("X3", UnitType.XA, "45.00", 3),
			unit("X4", UnitType.XA, null, null));

	// August: SO1 80.00 and SO2 70.00 (both good); X1 90.00 (excellent), X2 60.00 (done),
	// X3 50.00 (done)
	private static final Map<String, ScoredUnit> AUGUST = Map.of("SO1", unit("SO1", UnitType.SO, "80.00", 1), "SO2",
			unit("SO2", UnitType.SO, "70.00", 2), "X1", unit("X1", UnitType.XA, "90.00", 1), "X2",
			unit("X2", UnitType.XA, "60.00", 2), "X3", unit("X3", UnitType.XA, "50.00", 3));

	// DIGITAL_RATE judged for all six units, not met by SO2, X3 and X4; TASK_ON_TIME
	// judged for SO1, SO2, X1 and X3 (NA for X2, none for X4), not met by X3
	private static final Map<String, Map<Indicator, IndicatorResult>> RESULTS = Map.of("SO1",
			results("SO1", Status.MET, Status.MET), "SO2", results("SO2", Status.NOT_MET, Status.MET), "X1",
			results("X1", Status.MET, Status.MET), "X2", results("X2", Status.MET, Status.NA), "X3",
			results("X3", Status.NOT_MET, Status.NOT_MET), "X4", results("X4", Status.NOT_MET, null));

	@Test
	void theAssessmentIsWrittenFromTheFigures() {
		assertThat(RankingAssessment.assessment(SEPTEMBER, Pipeline.RULES, UNITS, AUGUST, RESULTS)).containsExactly(
				// (90.00 + 70.50) / 2 = 80.25; August (80.00 + 70.00) / 2 = 75.00
				"Sở, ban, ngành: 2 đơn vị được xếp hạng, điểm bình quân 80,25 (tháng 8 năm 2026: 75,00; tăng 5,25"
						+ " điểm). Xếp loại: 1 hoàn thành xuất sắc nhiệm vụ (kỳ trước 0), 1 hoàn thành tốt nhiệm vụ (kỳ"
						+ " trước 2), 0 hoàn thành nhiệm vụ (kỳ trước 0), 0 không hoàn thành nhiệm vụ (kỳ trước 0). Cao"
						+ " nhất: SO1 – Đơn vị SO1 (90,00 điểm); thấp nhất: SO2 – Đơn vị SO2 (70,50 điểm).",
				// (100 + 100 + 45) / 3 = 81.666… → 81.67; August (90 + 60 + 50) / 3 =
				// 66.666… → 66.67; 81.67 − 66.67 = 15.00. X4 is not ranked.
				"Xã, phường: 3 đơn vị được xếp hạng, điểm bình quân 81,67 (tháng 8 năm 2026: 66,67; tăng 15,00"
						+ " điểm). Xếp loại: 2 hoàn thành xuất sắc nhiệm vụ (kỳ trước 1), 0 hoàn thành tốt nhiệm vụ (kỳ"
						+ " trước 0), 0 hoàn thành nhiệm vụ (kỳ trước 2), 1 không hoàn thành nhiệm vụ (kỳ trước 0). Cao"
						+ " nhất: X1 – Đơn vị X1, X2 – Đơn vị X2 (đồng hạng, 100,00 điểm); thấp nhất: X3 – Đơn vị X3"
						+ " (45,00 điểm).",
				"Các chỉ tiêu nhiều đơn vị không đạt nhất: Tỷ lệ hồ sơ, công việc xử lý trên môi trường số (3/6 đơn"
						+ " vị không đạt; Kết luận số 226-KL/TW); Tỷ lệ nhiệm vụ hoàn thành đúng hạn (1/4 đơn vị không"
						+ " đạt; Văn bản số 7176/UBND-NC).");
	}

	@Test
	void theProposalsNameTheWatchListAndWhatToPressOn() {
		List<WatchList.Watched> watched = List
			.of(new WatchList.Watched("X3", "Không hoàn thành nhiệm vụ 2 kỳ liên tiếp"));
		assertThat(RankingAssessment.proposals(UNITS, watched, RESULTS)).containsExactly(
				"Đề nghị Ủy ban nhân dân tỉnh nhắc nhở 1 đơn vị thuộc diện cần theo dõi (mục III): X3; yêu cầu các"
						+ " đơn vị này khắc phục các chỉ tiêu bị trừ nhiều điểm nhất nêu tại mục III.",
				"Đề nghị các sở, ban, ngành và Ủy ban nhân dân các xã, phường tập trung xử lý 100% hồ sơ, công việc"
						+ " trên môi trường số (3/6 đơn vị không đạt chỉ tiêu tỷ lệ hồ sơ, công việc xử lý trên môi"
						+ " trường số trong kỳ).",
				"Đề nghị các sở, ban, ngành và Ủy ban nhân dân các xã, phường tập trung hoàn thành nhiệm vụ được giao"
						+ " đúng hạn (1/4 đơn vị không đạt chỉ tiêu tỷ lệ nhiệm vụ hoàn thành đúng hạn trong kỳ).");
		assertThat(RankingAssessment.proposals(UNITS, List.of(), Map.of()))
			.containsExactly("Không có đơn vị nào thuộc diện cần theo dõi trong kỳ.");
	}

	@Test
	void aPeriodWithoutAPreviousOneSaysNoChange() {
		assertThat(RankingAssessment.assessment(Period.parse("2000-01"), Pipeline.RULES, UNITS.subList(0, 1), Map.of(),
				Map.of()))
			.containsExactly("Sở, ban, ngành: 1 đơn vị được xếp hạng, điểm bình quân 90,00. Xếp loại: 1 hoàn thành"
					+ " xuất sắc nhiệm vụ, 0 hoàn thành tốt nhiệm vụ, 0 hoàn thành nhiệm vụ, 0 không hoàn thành nhiệm vụ."
					+ " Cao nhất: SO1 – Đơn vị SO1 (90,00 điểm); thấp nhất: SO1 – Đơn vị SO1 (90,00 điểm).",
					"Không có chỉ tiêu nào bị đơn vị không đạt trong kỳ.");
	}

	private static ScoredUnit unit(String code, UnitType type, String score, Integer rank) {
		BigDecimal value = score == null ? null : new BigDecimal(score);
		String band = value == null ? null
				: Pipeline.RULES.bands()
					.stream()
					.filter(b -> value.compareTo(b.min()) >= 0)
					.findFirst()
					.orElseThrow()
					.name();
		return new ScoredUnit(new UnitScore(code, type, value, band, rank), "Đơn vị " + code);
	}

	private static Map<Indicator, IndicatorResult> results(String unit, Status digital, Status tasks) {
		Map<Indicator, IndicatorResult> results = new LinkedHashMap<>();
		results.put(Indicator.DIGITAL_RATE, result(unit, Indicator.DIGITAL_RATE, digital));
		if (tasks != null) {
			results.put(Indicator.TASK_ON_TIME, result(unit, Indicator.TASK_ON_TIME, tasks));
		}
		return results;
	}

	private static IndicatorResult result(String unit, Indicator indicator, Status status) {
		BigDecimal weight = Pipeline.RULES.rule(indicator).weight();
		return new IndicatorResult(unit, indicator, 1, 1, BigDecimal.ONE, Pipeline.RULES.rule(indicator).target(),
				status, status == Status.MET ? weight : BigDecimal.ZERO, weight, null);
	}

}

package vn.gov.scorecard.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.gov.scorecard.period.CountingWindows;
import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.rules.UnitType;
import vn.gov.scorecard.scoring.IndicatorResult;
import vn.gov.scorecard.scoring.ScoredUnit;
import vn.gov.scorecard.scoring.Scoring;
import vn.gov.scorecard.scoring.UnitScore;
import vn.gov.scorecard.support.Pipeline;

/**
 * The scorecard's score line explains its arithmetic (SPEC v3 §6, decision 84) for a
 * commune of hand-made figures: in August its digital rate (20), dossiers (15) and tasks
 * (15) were all met and nothing else applied: 100 × 50 / 50 = 100. In September the same,
 * and the third quarter's report, late (0 of 10), enters: 100 × 50 / 60 = 83,33. The
 * whole fall of 16,67 points is the report's share: 83,33 less the 100 it scores without
 * it.
 */
class ScoreLineTest {

	private static final Period SEPTEMBER = Period.parse("2026-09");

	@Test
	void theScoreLineSaysHowTheWeightsWereScaledAndWhatShareOfTheChangeAnEnteringIndicatorMakes() {
		Map<Indicator, IndicatorResult> august = results(false);
		Map<Indicator, IndicatorResult> september = results(true);
		BigDecimal score = Scoring.score(List.copyOf(september.values()), Pipeline.RULES.minWeightToRank());
		assertThat(score).isEqualByComparingTo("83.33");
		UnitScorecard.UnitPart facts = new UnitScorecard.UnitPart(
				new ScoredUnit(new UnitScore("X1", UnitType.XA, score, "Hoàn thành tốt nhiệm vụ", 1), "Xã Một"),
				september, august, new BigDecimal("100.00"), null, Map.of(), null, Map.of(), false);
		UnitScorecard.CommonPart run = new UnitScorecard.CommonPart(1,
				CountingWindows.asOf(SEPTEMBER, LocalDate.of(2026, 10, 20)), LocalDate.of(2026, 10, 20), Pipeline.RULES,
				null, Map.of(UnitType.XA, 1L), Map.of(UnitType.XA, Map.of(1, 1L)), null, null);
		assertThat(UnitScorecard.scoreLine(run, facts)).isEqualTo("Điểm tổng hợp: 83,33/100 (giảm 16,67 điểm so với"
				+ " tháng 8 năm 2026; trong đó −16,67 điểm do chỉ tiêu báo cáo định kỳ đúng hạn chỉ tính ở kỳ này)"
				+ "\nCách tính: 100 × 50,0000 / 60 (tổng điểm của các chỉ tiêu áp dụng trên tổng trọng số của chúng;"
				+ " chỉ tiêu không áp dụng không tính)");
	}

	/**
	 * A commune's indicators: three met, the report late when {@code reportDue}, the rest
	 * NA.
	 */
	private static Map<Indicator, IndicatorResult> results(boolean reportDue) {
		Map<Indicator, IndicatorResult> results = new LinkedHashMap<>();
		for (Indicator indicator : Indicator.forUnitType(UnitType.XA)) {
			boolean met = indicator == Indicator.DIGITAL_RATE || indicator == Indicator.DOSSIER_ON_TIME
					|| indicator == Indicator.TASK_ON_TIME;
			boolean late = indicator == Indicator.REPORT_ON_TIME && reportDue;
			results.put(indicator, Scoring.evaluate("X1", indicator, met ? 1 : 0, met || late ? 1 : 0,
					Pipeline.RULES.rule(indicator), met || late ? null : "không áp dụng"));
		}
		return results;
	}

}

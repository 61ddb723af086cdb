package vn.gov.scorecard.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.rules.RuleSet;
import vn.gov.scorecard.rules.UnitType;
import vn.gov.scorecard.support.Pipeline;

/**
 * Scores are exact (SPEC §4 v3): a score that is exactly on a band's edge is printed,
 * classified and ranked as that edge, however many non-terminating fractions it is made
 * of.
 */
class ExactScoreTest {

	private static final RuleSet RULES = Pipeline.RULES;

	@Test
	void aScoreOfExactly69995MadeOfTwentyNinthsIsSeventyAndHoanThanhTot() {
		// DIGITAL_RATE 19/29 → 20 × 19/29 = 380/29; TASK_ON_TIME 23/29 → 15 × 23/29 =
		// 345/29: together 725/29 = 25
		// DOSSIER_ON_TIME 101/125 → 15 × 101/125 = 12.12; DURATION_OK 1/5 → 1; SPEECH_OK
		// 3/8 → 1.875
		// DOC_REDUCTION, MEETING_REDUCTION, ONLINE_SHARE, NO_SUMMONS in full: 10 + 5 + 10
		// + 5 = 30; REPORT_ON_TIME 0/1: 0
		// score = 100 × (25 + 12.12 + 1 + 1.875 + 30 + 0) / 100 = 69.995 exactly → 70.00,
		// "Hoàn thành tốt nhiệm vụ".
		// Summed from points rounded to 34 digits it came to 69.99499…9 and was printed
		// 69.99.
		List<IndicatorResult> edge = List.of(result(Indicator.DIGITAL_RATE, 19, 29),
				result(Indicator.TASK_ON_TIME, 23, 29), result(Indicator.DOSSIER_ON_TIME, 101, 125),
				result(Indicator.DURATION_OK, 1, 5), result(Indicator.SPEECH_OK, 3, 8),
				result(Indicator.DOC_REDUCTION, 0, 10), result(Indicator.MEETING_REDUCTION, 0, 10),
				result(Indicator.ONLINE_SHARE, 5, 5), result(Indicator.NO_SUMMONS, 2, 2),
				result(Indicator.REPORT_ON_TIME, 0, 1));
		assertThat(Scoring.score(edge, RULES.minWeightToRank())).isEqualByComparingTo("70.00");
		// the points as scores.csv prints them: 380/29 = 13.10344… → 13.1034; 345/29 =
		// 11.89655… → 11.8966
		assertThat(edge.get(0).points()).isEqualByComparingTo("13.1034");
		assertThat(edge.get(1).points()).isEqualByComparingTo("11.8966");

		// a unit at 70 from whole points: DIGITAL_RATE 0/1 and the report 0/1, everything
		// else in full
		// → 100 × (0 + 15 + 15 + 10 + 5 + 10 + 5 + 5 + 5 + 0) / 100 = 70
		List<IndicatorResult> round = new ArrayList<>(full());
		round.set(0, result(Indicator.DIGITAL_RATE, 0, 1));
		round.set(round.size() - 1, result(Indicator.REPORT_ON_TIME, 0, 1));
		List<UnitScore> ranking = rank(Map.of("EDGE", edge, "ROUND", round, "LOWER", lower()));
		assertThat(ranking).extracting(UnitScore::unitCode).containsExactly("EDGE", "ROUND", "LOWER");
		assertThat(ranking).extracting(UnitScore::rank).containsExactly(1, 1, 3);
		assertThat(ranking).extracting(UnitScore::classification)
			.containsExactly("Hoàn thành tốt nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ");
	}

	@Test
	void aScoreOfExactly89995MadeOfSeventhsIsNinetyAndXuatSac() {
		// DIGITAL_RATE 6/7 → 120/7; NO_SUMMONS 4/7 → 20/7: together 140/7 = 20 (5 short
		// of 25)
		// TASK_ON_TIME 1999/3000 → 15 × 1999/3000 = 9.995 (5.005 short); everything else
		// in full: 60
		// score = 20 + 9.995 + 60 = 89.995 exactly → 90.00, "Hoàn thành xuất sắc nhiệm
		// vụ"
		List<IndicatorResult> edge = new ArrayList<>(full());
		edge.set(0, result(Indicator.DIGITAL_RATE, 6, 7));
		edge.set(2, result(Indicator.TASK_ON_TIME, 1999, 3000));
		edge.set(8, result(Indicator.NO_SUMMONS, 4, 7));
		assertThat(Scoring.score(edge, RULES.minWeightToRank())).isEqualByComparingTo("90.00");
		// 90 from terminating parts: DIGITAL_RATE 1/2 → 10 (10 short), the rest in full →
		// 90
		List<IndicatorResult> round = new ArrayList<>(full());
		round.set(0, result(Indicator.DIGITAL_RATE, 1, 2));
		List<UnitScore> ranking = rank(Map.of("EDGE", edge, "ROUND", round));
		assertThat(ranking).extracting(UnitScore::score)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("90.00"), new BigDecimal("90.00"));
		assertThat(ranking).extracting(UnitScore::rank).containsExactly(1, 1);
		assertThat(ranking).extracting(UnitScore::classification).containsOnly("Hoàn thành xuất sắc nhiệm vụ");
	}

	@Test
	void twoUnitsPrintedWithTheSameScoreShareARank() {
		// A: DIGITAL_RATE 2/3 → 40/3 = 13.333…; B: DIGITAL_RATE 666667/1000000 →
		// 13.33334; the rest in full (80)
		// A = 93.3333… → 93.33; B = 93.33334 → 93.33: shown alike, so ranked alike,
		// listed by code
		List<IndicatorResult> a = new ArrayList<>(full());
		a.set(0, result(Indicator.DIGITAL_RATE, 2, 3));
		List<IndicatorResult> b = new ArrayList<>(full());
		b.set(0, result(Indicator.DIGITAL_RATE, 666_667, 1_000_000));
		List<UnitScore> ranking = rank(Map.of("B", b, "A", a));
		assertThat(ranking).extracting(UnitScore::unitCode).containsExactly("A", "B");
		assertThat(ranking).extracting(UnitScore::rank).containsExactly(1, 1);
	}

	@Test
	void valuesAreRoundedHalfAwayFromZero() {
		// DOC_REDUCTION 33 documents this year against 32 last year: 1 − 33/32 = −1/32 =
		// −0.03125 → −0.0313
		IndicatorResult cut = result(Indicator.DOC_REDUCTION, 33, 32);
		assertThat(cut.value()).isEqualByComparingTo("-0.0313");
		assertThat(cut.points()).isEqualByComparingTo("0.0000");
		// 1/8 = 0.125 exactly: → 0.1250; 1/32 = 0.03125 → 0.0313
		assertThat(result(Indicator.DIGITAL_RATE, 1, 8).value()).isEqualByComparingTo("0.1250");
		assertThat(result(Indicator.DIGITAL_RATE, 1, 32).value()).isEqualByComparingTo("0.0313");
	}

	/** Every SO indicator in full, in the rule set's order: 100 points of 100. */
	private static List<IndicatorResult> full() {
		return List.of(result(Indicator.DIGITAL_RATE, 1, 1), result(Indicator.DOSSIER_ON_TIME, 1, 1),
				result(Indicator.TASK_ON_TIME, 1, 1), result(Indicator.DOC_REDUCTION, 0, 1),
				result(Indicator.MEETING_REDUCTION, 0, 1), result(Indicator.ONLINE_SHARE, 1, 1),
				result(Indicator.DURATION_OK, 1, 1), result(Indicator.SPEECH_OK, 1, 1),
				result(Indicator.NO_SUMMONS, 1, 1), result(Indicator.REPORT_ON_TIME, 1, 1));
	}

	/**
	 * 50 of 100: DIGITAL_RATE, DOSSIER_ON_TIME, TASK_ON_TIME at 0 (−50), the rest in
	 * full.
	 */
	private static List<IndicatorResult> lower() {
		List<IndicatorResult> results = new ArrayList<>(full());
		results.set(0, result(Indicator.DIGITAL_RATE, 0, 1));
		results.set(1, result(Indicator.DOSSIER_ON_TIME, 0, 1));
		results.set(2, result(Indicator.TASK_ON_TIME, 0, 1));
		return results;
	}

	private static IndicatorResult result(Indicator indicator, long numerator, long denominator) {
		return Scoring.evaluate("U", indicator, numerator, denominator, RULES.rule(indicator), null);
	}

	private static List<UnitScore> rank(Map<String, List<IndicatorResult>> units) {
		Map<String, UnitType> types = new LinkedHashMap<>();
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		units.forEach((code, results) -> {
			types.put(code, UnitType.SO);
			scores.put(code, Scoring.score(results, RULES.minWeightToRank()));
		});
		return Scoring.rank(types, scores, RULES);
	}

}

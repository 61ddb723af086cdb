package vn.gov.scorecard.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.support.Pipeline;

/** Scores, classification and ranking (SPEC §5). */
class RankingTest {

	@Test
	void equalScoresShareARankAndTheNextRankIsSkipped(@TempDir Path input) {
		// February 2026: no report is due, so only the indicators below apply
		try (Pipeline pipeline = Pipeline.on(input)
					.file("units.csv", """
							unit_code,unit_name,unit_type
							A,Sở A,SO
							B,Sở B,SO
							C,Sở C,SO
							D,Sở D,SO
							E,Sở E,SO
							F,Sở F,SO
							X,Xã X,XA
							""")
					.file("work_items.csv", """
							unit_code,item_id,kind,received_on,processed_digitally
							A,1,CONG_VIEC,2026-02-02,true
							A,2,CONG_VIEC,2026-02-03,true
							B,1,CONG_VIEC,2026-02-02,true
							B,2,CONG_VIEC,2026-02-03,false
							C,1,CONG_VIEC,2026-02-04,false
							C,2,CONG_VIEC,2026-02-05,true
							D,1,CONG_VIEC,2026-02-02,true
							D,2,CONG_VIEC,2026-02-02,false
							D,3,CONG_VIEC,2026-02-02,false
							D,4,CONG_VIEC,2026-02-02,false
							F,1,CONG_VIEC,2026-02-02,true
							""")
					.file("tasks.csv", """
							unit_code,task_id,assigned_on,due_on,completed_on
							F,1,2026-01-05,2026-02-10,2026-02-11
							""")) {
			pipeline.load(LocalDate.of(2026, 3, 1));
			pipeline.score("2026-02");
			// A: DIGITAL 2/2 is the only applicable indicator → 100 × 20/20 = 100
			// F: DIGITAL 1/1 (20 points) and TASK 0/1 (0 of 15); the rest NA → 100 × 20/35 = 57.142857…
			// B, C: DIGITAL 1/2 → 100 × 10/20 = 50; D: 1/4 → 25; E: nothing applies → unranked
			// → A 1, F 2, B 3, C 3, D 5 (4 skipped); ties listed by unit code
			assertThat(rank(pipeline, "A")).containsEntry("rank", 1).containsEntry("classification", "Hoàn thành xuất sắc nhiệm vụ");
			assertThat((BigDecimal) rank(pipeline, "F").get("score")).isEqualByComparingTo("57.14285714285714285714285714285714");
			assertThat(rank(pipeline, "F")).containsEntry("rank", 2).containsEntry("classification", "Hoàn thành nhiệm vụ");
			assertThat(rank(pipeline, "B")).containsEntry("rank", 3).containsEntry("classification", "Hoàn thành nhiệm vụ");
			assertThat(rank(pipeline, "C")).containsEntry("rank", 3);
			assertThat(rank(pipeline, "D")).containsEntry("rank", 5).containsEntry("classification", "Không hoàn thành nhiệm vụ");
			assertThat(rank(pipeline, "E")).containsEntry("score", null).containsEntry("rank", null).containsEntry("classification", null);
			// communes are ranked among themselves: X is first of its type, with WIDE_CONF_LIMIT 0 ≤ 3 → 100
			assertThat(rank(pipeline, "X")).containsEntry("rank", 1);
			assertThat((BigDecimal) rank(pipeline, "X").get("score")).isEqualByComparingTo("100");
		}
	}

	private static Map<String, Object> rank(Pipeline pipeline, String unit) {
		return pipeline.score("2026-02", unit);
	}

	@Test
	void theBandIsTakenFromTheScoreRoundedHalfUpToTwoDecimals() {
		RuleSet rules = Pipeline.RULES;
		assertThat(rules.band(Scoring.shown(new BigDecimal("89.995"))).name()).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
		assertThat(rules.band(Scoring.shown(new BigDecimal("89.99499999"))).name()).isEqualTo("Hoàn thành tốt nhiệm vụ");
		assertThat(rules.band(Scoring.shown(new BigDecimal("70"))).name()).isEqualTo("Hoàn thành tốt nhiệm vụ");
		assertThat(rules.band(Scoring.shown(new BigDecimal("49.994"))).name()).isEqualTo("Không hoàn thành nhiệm vụ");
	}

	@Test
	void scoresEqualToSixDecimalsTie() {
		Map<String, String> types = new LinkedHashMap<>(Map.of("P", "SO", "Q", "SO", "R", "SO"));
		Map<String, BigDecimal> scores = Map.of("P", new BigDecimal("80.0000004"), "Q", new BigDecimal("80.0000001"),
				"R", new BigDecimal("80.0000006"));
		// to 6 decimals: P 80.000000, Q 80.000000, R 80.000001 → R 1, then P and Q share 2
		List<UnitScore> ranking = Scoring.rank(types, scores, Pipeline.RULES);
		assertThat(ranking).extracting(UnitScore::unitCode).containsExactly("R", "P", "Q");
		assertThat(ranking).extracting(UnitScore::rank).containsExactly(1, 2, 2);
	}
}

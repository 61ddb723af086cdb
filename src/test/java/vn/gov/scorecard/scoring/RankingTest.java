package vn.gov.scorecard.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.rules.RuleSet;
import vn.gov.scorecard.support.Pipeline;

/** Scores, classification and ranking (SPEC §5). */
class RankingTest {

	@Test
	void equalScoresShareARankAndTheNextRankIsSkipped(@TempDir Path input) {
		// February 2026: no report is due, so only the indicators below apply
		try (Pipeline pipeline = Pipeline.on(input).file("units.csv", """
				unit_code,unit_name,unit_type
				A,Sở A,SO
				B,Sở B,SO
				C,Sở C,SO
				D,Sở D,SO
				E,Sở E,SO
				F,Sở F,SO
				X,Xã X,XA
				""").file("work_items.csv", """
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
				""").file("tasks.csv", """
				unit_code,task_id,assigned_on,due_on,completed_on
				F,1,2026-01-05,2026-02-10,2026-02-11
				""").file("meetings.csv", """
				unit_code,meeting_id,held_on,category,format,duration_days
				X,1,2026-02-10,KHAC,TRUC_TUYEN,0.5
				""")) {
			// the ranking mechanics on units with one or two indicators: no minimum
			// weight to rank
			pipeline.rules(withMinWeightToRank(BigDecimal.ZERO));
			pipeline.load(LocalDate.of(2026, 3, 1));
			pipeline.score("2026-02");
			// A: DIGITAL 2/2 is the only applicable indicator → 100 × 20/20 = 100
			// F: DIGITAL 1/1 (20 points) and TASK 0/1 (0 of 15); the rest NA → 100 ×
			// 20/35 = 57.142857… → 57.14
			// B, C: DIGITAL 1/2 → 100 × 10/20 = 50; D: 1/4 → 25; E: nothing applies →
			// unranked
			// → A 1, F 2, B 3, C 3, D 5 (4 skipped); ties listed by unit code
			assertThat(rank(pipeline, "A")).containsEntry("rank", 1)
				.containsEntry("classification", "Hoàn thành xuất sắc nhiệm vụ");
			assertThat((BigDecimal) rank(pipeline, "F").get("score")).isEqualByComparingTo("57.14");
			assertThat(rank(pipeline, "F")).containsEntry("rank", 2)
				.containsEntry("classification", "Hoàn thành nhiệm vụ");
			assertThat(rank(pipeline, "B")).containsEntry("rank", 3)
				.containsEntry("classification", "Hoàn thành nhiệm vụ");
			assertThat(rank(pipeline, "C")).containsEntry("rank", 3);
			assertThat(rank(pipeline, "D")).containsEntry("rank", 5)
				.containsEntry("classification", "Không hoàn thành nhiệm vụ");
			assertThat(rank(pipeline, "E")).containsEntry("score", null)
				.containsEntry("rank", null)
				.containsEntry("classification", null);
			// communes are ranked among themselves: X is first of its type, with
			// ONLINE_SHARE 1/1 (10 of 10)
			// and WIDE_CONF_LIMIT 0 ≤ 3 (5 of 5) → 100
			assertThat(rank(pipeline, "X")).containsEntry("rank", 1);
			assertThat((BigDecimal) rank(pipeline, "X").get("score")).isEqualByComparingTo("100");
		}
	}

	@Test
	void aUnitWhoseIndicatorsWithDataWeighLessThanTheMinimumIsNotRanked(@TempDir Path input) {
		try (Pipeline pipeline = Pipeline.on(input).file("units.csv", """
				unit_code,unit_name,unit_type,established_on
				M,Sở M,SO,
				N,Sở N mới thành lập,SO,2026-02-20
				""").file("work_items.csv", """
				unit_code,item_id,kind,received_on,due_on,completed_on,processed_digitally
				M,1,CONG_VIEC,2026-02-02,,,true
				M,2,TTHC,2026-02-02,2026-02-10,2026-02-05,true
				N,1,CONG_VIEC,2026-02-23,,,true
				""").file("tasks.csv", """
				unit_code,task_id,assigned_on,due_on,completed_on
				M,1,2026-02-01,2026-02-20,2026-02-19
				N,1,2026-02-21,2026-02-25,
				""")) {
			pipeline.load(LocalDate.of(2026, 3, 1));
			pipeline.score("2026-02");
			// SPEC v2 §5, min-weight-to-rank 50 in the bundled rule set:
			// M: DIGITAL 2/2 (20), DOSSIER 1/1 (15), TASK 1/1 (15): 50 of weight ≥ 50 →
			// ranked, 100
			assertThat(rank(pipeline, "M")).containsEntry("rank", 1)
				.containsEntry("classification", "Hoàn thành xuất sắc nhiệm vụ");
			// N: DIGITAL 1/1 (20), TASK 0/1 (15): 35 < 50 → insufficient data, not ranked
			// last at 57.14
			assertThat(rank(pipeline, "N")).containsEntry("score", null)
				.containsEntry("rank", null)
				.containsEntry("classification", null);
			// its indicators are still evaluated and stored
			assertThat(pipeline.result("2026-02", "N", "TASK_ON_TIME")).containsEntry("status", "NOT_MET");
		}
	}

	static RuleSet withMinWeightToRank(BigDecimal minimum) {
		RuleSet rules = Pipeline.RULES;
		return new RuleSet(rules.version(), rules.sha256(), rules.indicators(), rules.limits(), rules.bands(), minimum);
	}

	private static Map<String, Object> rank(Pipeline pipeline, String unit) {
		return pipeline.score("2026-02", unit);
	}

	@Test
	void theBandIsTakenFromTheScoreRoundedHalfUpToTwoDecimals() {
		RuleSet rules = Pipeline.RULES;
		assertThat(rules.band(Scoring.roundedScore(new BigDecimal("89.995"))).name())
			.isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
		assertThat(rules.band(Scoring.roundedScore(new BigDecimal("89.99499999"))).name())
			.isEqualTo("Hoàn thành tốt nhiệm vụ");
		assertThat(rules.band(Scoring.roundedScore(new BigDecimal("70"))).name()).isEqualTo("Hoàn thành tốt nhiệm vụ");
		assertThat(rules.band(Scoring.roundedScore(new BigDecimal("49.994"))).name())
			.isEqualTo("Không hoàn thành nhiệm vụ");
	}

}

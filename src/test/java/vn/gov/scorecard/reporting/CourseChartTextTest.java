package vn.gov.scorecard.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.rules.UnitType;
import vn.gov.scorecard.scoring.ScoredUnit;
import vn.gov.scorecard.scoring.UnitScore;
import vn.gov.scorecard.support.Pipeline;
import vn.gov.scorecard.trend.Trend;

/**
 * The words around the course chart: the thresholds' scores beside their lines, and a
 * note where the ranks jump because the units ranked changed (the 2025 mergers: 183
 * communes, then 120); a change of one unit gets none.
 */
class CourseChartTextTest {

	@Test
	void aChangeOfATenthOrMoreOfTheUnitsRankedIsNoted() {
		// 183 → 181 (−2, less than 18,3): no note; 181 → 120 (−61): noted
		assertThat(UnitScorecard.rankedChanged(course(183, 181, 120))).isEqualTo(" Từ QIII/2025 số xã, phường được xếp"
				+ " hạng đổi từ 181 thành 120: thứ hạng trước và sau mốc đó là thứ hạng giữa những đơn vị khác nhau.");
		assertThat(UnitScorecard.rankedChanged(course(120, 119, 120))).isEmpty();
	}

	@Test
	void theThresholdsAreLabelledOneLineOfTextPerTenPoints() {
		// lines for 100, 90, … 10: the bundled bands start at 90, 70 and 50
		assertThat(UnitScorecard.courseScale(Pipeline.RULES)).isEqualTo("\n90 điểm\n\n70 điểm\n\n50 điểm\n\n\n\n");
	}

	@Test
	void aHalfYearsLabelsAreKeyed() {
		assertThat(UnitScorecard.labelKey(Period.parse("2026-H1")))
			.isEqualTo(" H1, H2: 6 tháng đầu năm, 6 tháng cuối năm.");
		assertThat(UnitScorecard.labelKey(Period.parse("2026-Q3"))).isEmpty();
	}

	private static UnitScorecard.UnitPart course(long... ranked) {
		List<Trend.Point> points = new java.util.ArrayList<>();
		for (int i = 0; i < ranked.length; i++) {
			points.add(new Trend.Point(Period.parse("2025-Q" + (i + 1)), new BigDecimal("50"), "Hoàn thành nhiệm vụ",
					10, ranked[i]));
		}
		ScoredUnit unit = new ScoredUnit(
				new UnitScore("XA1", UnitType.XA, new BigDecimal("50"), "Hoàn thành nhiệm vụ", 10), "Xã Một");
		return new UnitScorecard.UnitPart(unit, Map.of(), Map.of(), null, new Trend.UnitTrend(points, Map.of()),
				Map.of(), null, Map.of(), false);
	}

}

package vn.gov.scorecard.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.gov.scorecard.course.Course;
import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.period.Windows;
import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.rules.RuleSet;
import vn.gov.scorecard.rules.UnitType;
import vn.gov.scorecard.scoring.IndicatorResult;
import vn.gov.scorecard.scoring.Scoring;
import vn.gov.scorecard.scoring.UnitScore;

/**
 * A made-up commune with something in every part of its scorecard (indicator table, bars, a
 * twelve-period course, an annex of unmet indicators), for {@link ReportRenderer#renderSpecimen}.
 * Its figures mean nothing, and what is rendered from them is never written anywhere.
 */
final class SpecimenScorecard {

	private static final String CODE = "SPECIMEN";
	private static final int RANK = 3;
	private static final long RANKED = 10;

	private SpecimenScorecard() {
	}

	/** @param windows the run's windows, newest first: the period's, then its course's */
	static UnitScorecard.Shared run(List<Windows> windows, LocalDate asOf, RuleSet rules, ReportSettings settings) {
		List<Period> course = new ArrayList<>(windows.stream().map(Windows::period).toList());
		Collections.reverse(course);
		return new UnitScorecard.Shared(0, windows.get(0), asOf, rules, settings,
				Map.of(UnitType.XA, RANKED, UnitType.SO, RANKED), new Course(course, Map.of()));
	}

	static UnitScorecard.Facts facts(UnitScorecard.Shared run) {
		RuleSet rules = run.rules();
		Map<Indicator, IndicatorResult> results = new EnumMap<>(Indicator.class);
		Map<Indicator, StoredResults.Annex> annexes = new EnumMap<>(Indicator.class);
		Map<Indicator, Integer> failedInARow = new EnumMap<>(Indicator.class);
		for (Indicator indicator : Indicator.forUnitType(UnitType.XA)) {
			// 3 of 4 misses most targets, which fills the annex; a late report's annex line would
			// need the period's report deadline, so the specimen's report is on time
			boolean onTime = indicator == Indicator.REPORT_ON_TIME;
			IndicatorResult result = Scoring.evaluate(CODE, indicator, onTime ? 1 : 3, onTime ? 1 : 4, rules.rule(indicator),
					null);
			results.put(indicator, result);
			if (result.status() == IndicatorResult.Status.NOT_MET) {
				failedInARow.put(indicator, 2);
				if (indicator.countsRecords()) {
					annexes.put(indicator, new StoredResults.Annex(List.of("Bản ghi mẫu 1 (01/01)", "Bản ghi mẫu 2 (02/01)"), 2));
				}
			}
		}
		BigDecimal score = Scoring.score(List.copyOf(results.values()), rules.minWeightToRank());
		String band = score == null ? null : rules.band(Scoring.roundedScore(score)).name();
		List<Course.Point> points = run.course().periods().stream()
				.map(period -> new Course.Point(period, score, band, score == null ? null : RANK, RANKED)).toList();
		StoredResults.Unit unit = new StoredResults.Unit(
				new UnitScore(CODE, UnitType.XA, score, band, score == null ? null : RANK), "Xã Mẫu");
		return new UnitScorecard.Facts(unit, results, results, score, new Course.UnitCourse(points, failedInARow), annexes,
				null);
	}
}

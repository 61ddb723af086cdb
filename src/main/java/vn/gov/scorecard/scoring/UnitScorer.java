package vn.gov.scorecard.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.rules.RuleSet;
import vn.gov.scorecard.rules.UnitType;

/**
 * The score step's work: the period's counts evaluated under the rule set
 * ({@link Scoring}, pure), the units scored, classified and ranked, and the results
 * stored ({@link ScoreStore}).
 */
@Component
public class UnitScorer {

	private final ScoreStore store;

	public UnitScorer(ScoreStore store) {
		this.store = store;
	}

	/**
	 * Replaces the results of {@code period} in run {@code runId}; returns the units in
	 * ranking order.
	 * @param notApplicable the indicators that are NA for every unit this period, with
	 * the reason
	 */
	public List<UnitScore> score(long runId, Period period, RuleSet rules, Map<Indicator, String> notApplicable) {
		Map<String, UnitType> unitTypes = new LinkedHashMap<>();
		Map<String, List<IndicatorResult>> resultsByUnit = new HashMap<>();
		for (ScoreStore.Count count : store.counts(runId, period)) {
			unitTypes.put(count.unitCode(), count.unitType());
			resultsByUnit.computeIfAbsent(count.unitCode(), u -> new ArrayList<>())
				.add(Scoring.evaluate(count.unitCode(), count.indicator(), count.numerator(), count.denominator(),
						rules.rule(count.indicator()),
						notApplicable.getOrDefault(count.indicator(), count.notApplicable())));
		}
		Map<String, BigDecimal> scores = new HashMap<>();
		resultsByUnit.forEach((unit, results) -> scores.put(unit, Scoring.score(results, rules.minWeightToRank())));
		List<UnitScore> ranking = Scoring.rank(unitTypes, scores, rules);
		store.replace(runId, period, resultsByUnit.values().stream().flatMap(List::stream).toList(), ranking,
				rules.version());
		return ranking;
	}

}

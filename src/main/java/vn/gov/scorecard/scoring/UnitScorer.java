package vn.gov.scorecard.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.gov.scorecard.indicators.ProvinceCoverage;
import vn.gov.scorecard.indicators.ProvinceRecords;
import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.period.CountingWindows;
import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.rules.RuleSet;
import vn.gov.scorecard.rules.UnitType;

/**
 * The score step's work: the period's counts evaluated under the rule set
 * ({@link Scoring}, pure), the units scored, classified and ranked, and the results
 * stored ({@link ScoreRepository}).
 */
@Component
public class UnitScorer {

	private final ScoreRepository store;

	private final ProvinceRecords records;

	public UnitScorer(ScoreRepository store, ProvinceRecords records) {
		this.store = store;
		this.records = records;
	}

	/**
	 * Replaces the results of the window's period in run {@code runId}, an indicator
	 * whose records the province did not deliver, or which is not yet due, being NA for
	 * every unit (SPEC §4); returns that coverage, whose warnings the run keeps.
	 */
	public ProvinceCoverage score(long runId, CountingWindows windows, RuleSet rules) {
		ProvinceCoverage coverage = records.coverage(windows);
		score(runId, windows.period(), rules, coverage.notApplicable());
		return coverage;
	}

	/**
	 * Replaces the results of {@code period} in run {@code runId}.
	 * @param notApplicable the indicators that are NA for every unit this period, with
	 * the reason
	 */
	private void score(long runId, Period period, RuleSet rules, Map<Indicator, String> notApplicable) {
		Map<String, UnitType> unitTypes = new LinkedHashMap<>();
		Map<String, List<IndicatorResult>> resultsByUnit = new HashMap<>();
		for (ScoreRepository.Count count : store.counts(runId, period)) {
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
	}

}

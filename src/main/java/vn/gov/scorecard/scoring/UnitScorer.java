package vn.gov.scorecard.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.gov.scorecard.indicators.ProvinceCoverage;
import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.period.Windows;
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

	private final NamedParameterJdbcTemplate jdbc;

	public UnitScorer(ScoreStore store, NamedParameterJdbcTemplate jdbc) {
		this.store = store;
		this.jdbc = jdbc;
	}

	/**
	 * Replaces the results of the window's period in run {@code runId}, an indicator
	 * whose records the province did not deliver, or which is not yet due, being NA for
	 * every unit (SPEC §4); returns that coverage, whose warnings the run keeps.
	 */
	public ProvinceCoverage score(long runId, Windows windows, RuleSet rules) {
		ProvinceCoverage coverage = ProvinceCoverage.of(jdbc, windows);
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
	}

}

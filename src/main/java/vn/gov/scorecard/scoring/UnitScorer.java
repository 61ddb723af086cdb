package vn.gov.scorecard.scoring;

import org.springframework.stereotype.Component;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.gov.scorecard.rules.RuleSet;
import vn.gov.scorecard.rules.UnitType;
import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.period.Period;

/**
 * Evaluates a period's indicator counts under the rule set, scores, classifies and ranks the
 * units, and stores the results of the run.
 */
@Component
public class UnitScorer {

	private final JdbcTemplate jdbc;

	public UnitScorer(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Replaces the results of {@code period} in run {@code runId}; returns the units in ranking order.
	 *
	 * @param notApplicable the indicators that are NA for every unit this period, with the reason
	 */
	public List<UnitScore> score(long runId, Period period, RuleSet rules, Map<Indicator, String> notApplicable) {
		Map<String, UnitType> unitTypes = new LinkedHashMap<>();
		Map<String, List<IndicatorResult>> resultsByUnit = new HashMap<>();
		jdbc.query("""
				SELECT c.unit_code, u.unit_type, c.indicator, c.numerator, c.denominator
				FROM indicator_count c JOIN unit u ON u.unit_code = c.unit_code
				WHERE c.run_id = ? AND c.period = ?
				ORDER BY c.unit_code""", row -> {
			String unit = row.getString("unit_code");
			Indicator indicator = Indicator.valueOf(row.getString("indicator"));
			unitTypes.put(unit, UnitType.valueOf(row.getString("unit_type")));
			resultsByUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(Scoring.evaluate(unit, indicator,
					row.getLong("numerator"), row.getLong("denominator"), rules.rule(indicator),
					notApplicable.get(indicator)));
		}, runId, period.toString());

		Map<String, BigDecimal> scores = new HashMap<>();
		resultsByUnit.forEach((unit, results) -> scores.put(unit, Scoring.score(results, rules.minWeightToRank())));
		List<UnitScore> ranking = Scoring.rank(unitTypes, scores, rules);

		jdbc.update("DELETE FROM indicator_result WHERE run_id = ? AND period = ?", runId, period.toString());
		jdbc.update("DELETE FROM unit_score WHERE run_id = ? AND period = ?", runId, period.toString());
		List<Object[]> resultRows = new ArrayList<>();
		resultsByUnit.values().forEach(results -> results.forEach(r -> resultRows.add(new Object[] { runId,
				period.toString(), r.unitCode(), r.indicator().name(), r.numerator(), r.denominator(), r.value(),
				r.target().label(), r.status().name(), r.points(), r.weight(), r.reason() })));
		jdbc.batchUpdate("""
				INSERT INTO indicator_result (run_id, period, unit_code, indicator, numerator, denominator, value,
				                              target, status, points, weight, reason)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", resultRows);
		jdbc.batchUpdate("""
				INSERT INTO unit_score (run_id, period, unit_code, unit_type, rule_set, score, classification, rank)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", ranking.stream().map(s -> new Object[] { runId, period.toString(),
				s.unitCode(), s.unitType().name(), rules.version(), s.score(), s.classification(), s.rank() }).toList());
		return ranking;
	}
}

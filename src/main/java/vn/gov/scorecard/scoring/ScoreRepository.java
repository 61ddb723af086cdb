package vn.gov.scorecard.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.rules.RuleSet;
import vn.gov.scorecard.rules.UnitType;
import vn.gov.scorecard.scoring.IndicatorResult.Status;

/**
 * Where a run's scoring lives in the database: the counts it scores, and the indicator
 * results and unit scores it computed, written by the score step and read back for the
 * watch list and the documents.
 */
@Component
public class ScoreRepository {

	/**
	 * One indicator's count for one unit, as the count step stored it.
	 *
	 * @param notApplicable why the count is not judged for this unit (it did not exist
	 * when the report fell due), or null
	 */
	public record Count(String unitCode, UnitType unitType, Indicator indicator, long numerator, long denominator,
			String notApplicable) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	public ScoreRepository(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The period's counts in the run, by unit code. */
	public List<Count> counts(long runId, Period period) {
		return jdbc.query("""
				SELECT c.unit_code, u.unit_type, c.indicator, c.numerator, c.denominator, c.not_applicable
				FROM indicator_count c JOIN unit u ON u.unit_code = c.unit_code
				WHERE c.run_id = :run_id AND c.period = :period
				ORDER BY c.unit_code COLLATE "C\"""", run(runId, period),
				(row, i) -> new Count(row.getString(1), UnitType.valueOf(row.getString(2)),
						Indicator.valueOf(row.getString(3)), row.getLong(4), row.getLong(5), row.getString(6)));
	}

	/** Replaces the period's results and scores in the run. */
	public void replace(long runId, Period period, Collection<IndicatorResult> results, List<UnitScore> ranking,
			String ruleSetVersion) {
		jdbc.update("DELETE FROM indicator_result WHERE run_id = :run_id AND period = :period", run(runId, period));
		jdbc.update("DELETE FROM unit_score WHERE run_id = :run_id AND period = :period", run(runId, period));
		List<SqlParameterSource> resultRows = new ArrayList<>();
		for (IndicatorResult r : results) {
			resultRows.add(run(runId, period).addValue("unit_code", r.unitCode())
				.addValue("indicator", r.indicator().name())
				.addValue("numerator", r.numerator())
				.addValue("denominator", r.denominator())
				.addValue("value", r.value())
				.addValue("target", r.target().label())
				.addValue("status", r.status().name())
				.addValue("points", r.points())
				.addValue("weight", r.weight())
				.addValue("reason", r.reason()));
		}
		jdbc.batchUpdate("""
				INSERT INTO indicator_result (run_id, period, unit_code, indicator, numerator, denominator, value,
				                              target, status, points, weight, reason)
				VALUES (:run_id, :period, :unit_code, :indicator, :numerator, :denominator, :value,
				        :target, :status, :points, :weight, :reason)""", resultRows.toArray(SqlParameterSource[]::new));
		jdbc.batchUpdate("""
				INSERT INTO unit_score (run_id, period, unit_code, unit_type, rule_set, score, classification, rank)
				VALUES (:run_id, :period, :unit_code, :unit_type, :rule_set, :score, :classification, :rank)""",
				ranking.stream()
					.map(s -> run(runId, period).addValue("unit_code", s.unitCode())
						.addValue("unit_type", s.unitType().name())
						.addValue("rule_set", ruleSetVersion)
						.addValue("score", s.score())
						.addValue("classification", s.classification())
						.addValue("rank", s.rank()))
					.toArray(SqlParameterSource[]::new));
	}

	/** The period's scored units, named: by unit type, rank (unranked last) and code. */
	public List<ScoredUnit> ranking(long runId, Period period) {
		return jdbc.query("""
				SELECT s.unit_code, u.unit_name, s.unit_type, s.score, s.classification, s.rank
				FROM unit_score s JOIN unit u ON u.unit_code = s.unit_code
				WHERE s.run_id = :run_id AND s.period = :period
				ORDER BY s.unit_type, s.rank NULLS LAST, s.unit_code COLLATE "C\"""", run(runId, period),
				(row, i) -> new ScoredUnit(new UnitScore(row.getString(1), UnitType.valueOf(row.getString(3)),
						row.getBigDecimal(4), row.getString(5), (Integer) row.getObject(6)), row.getString(2)));
	}

	/** How many units of a type a period scored and ranked. */
	public record Tally(UnitType unitType, long scored, long ranked) {
	}

	/** The period's units scored and ranked, by unit type. */
	public List<Tally> tallies(long runId, Period period) {
		return jdbc.query("""
				SELECT unit_type, count(*), count(rank) FROM unit_score WHERE run_id = :run_id AND period = :period
				GROUP BY unit_type ORDER BY unit_type""", run(runId, period),
				(row, i) -> new Tally(UnitType.valueOf(row.getString(1)), row.getLong(2), row.getLong(3)));
	}

	/**
	 * How many of the period's units each band holds, the best band first; the units not
	 * ranked under a null band, last.
	 */
	public Map<String, Long> bands(long runId, Period period) {
		Map<String, Long> bands = new LinkedHashMap<>();
		jdbc.query("""
				SELECT classification, count(*) FROM unit_score WHERE run_id = :run_id AND period = :period
				GROUP BY classification ORDER BY min(coalesce(-score, 1e9))""", run(runId, period), row -> {
			bands.put(row.getString(1), row.getLong(2));
		});
		return bands;
	}

	/**
	 * Each listed unit's results for the period, by indicator in the scorecard's order,
	 * against the rule set's targets.
	 */
	public Map<String, Map<Indicator, IndicatorResult>> results(long runId, Period period, List<String> units,
			RuleSet rules) {
		Map<String, Map<Indicator, IndicatorResult>> results = new HashMap<>();
		jdbc.query("""
				SELECT unit_code, indicator, numerator, denominator, value, status, points, weight, reason
				FROM indicator_result
				WHERE run_id = :run_id AND period = :period AND unit_code IN (:units)""",
				run(runId, period).addValue("units", units), row -> {
					Indicator indicator = Indicator.valueOf(row.getString(2));
					results.computeIfAbsent(row.getString(1), u -> new EnumMap<>(Indicator.class))
						.put(indicator, new IndicatorResult(row.getString(1), indicator, row.getLong(3), row.getLong(4),
								row.getBigDecimal(5), rules.rule(indicator).target(), Status.valueOf(row.getString(6)),
								row.getBigDecimal(7), row.getBigDecimal(8), row.getString(9)));
				});
		return results;
	}

	/** The scores of the listed units in a period (those scored and ranked in it). */
	public Map<String, BigDecimal> scores(long runId, Period period, List<String> units) {
		Map<String, BigDecimal> scores = new HashMap<>();
		jdbc.query("""
				SELECT unit_code, score FROM unit_score
				WHERE run_id = :run_id AND period = :period AND unit_code IN (:units) AND score IS NOT NULL""",
				run(runId, period).addValue("units", units), row -> {
					scores.put(row.getString(1), row.getBigDecimal(2));
				});
		return scores;
	}

	private static MapSqlParameterSource run(long runId, Period period) {
		return new MapSqlParameterSource("run_id", runId).addValue("period", period.toString());
	}

}

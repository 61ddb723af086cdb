package vn.gov.scorecard.trend;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.rules.UnitType;
import vn.gov.scorecard.trend.Trend.Point;
import vn.gov.scorecard.trend.Trend.UnitTrend;

/** Reads a run's {@link Trend} back from the scores and results its steps stored. */
@Component
public class TrendRepository {

	private final NamedParameterJdbcTemplate jdbc;

	public TrendRepository(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The periods run {@code runId} counted and how many units each ranked. */
	public Trend trend(long runId) {
		Map<Period, Map<UnitType, Long>> ranked = new HashMap<>();
		jdbc.query(
				"SELECT period, unit_type, count(rank) FROM unit_score WHERE run_id = :run_id GROUP BY period, unit_type",
				new MapSqlParameterSource("run_id", runId), row -> {
					ranked.computeIfAbsent(Period.parse(row.getString(1)), p -> new EnumMap<>(UnitType.class))
						.put(UnitType.valueOf(row.getString(2)), row.getLong(3));
				});
		return new Trend(periods(runId).stream().map(Period::parse).toList(), ranked);
	}

	/**
	 * The periods run {@code runId} counted, oldest first, as the count step recorded
	 * their windows.
	 */
	public List<String> periods(long runId) {
		return jdbc.queryForList("SELECT period FROM run_window WHERE run_id = :run_id ORDER BY window_start",
				new MapSqlParameterSource("run_id", runId), String.class);
	}

	/**
	 * The periods of the run in which at least one unit was scored, oldest first: those
	 * before the records begin have no figure to show.
	 */
	public List<String> scoredPeriods(long runId) {
		return jdbc.queryForList("""
				SELECT w.period FROM run_window w
				WHERE w.run_id = :run_id
				  AND EXISTS (SELECT 1 FROM unit_score s
				              WHERE s.run_id = w.run_id AND s.period = w.period AND s.score IS NOT NULL)
				ORDER BY w.window_start""", new MapSqlParameterSource("run_id", runId), String.class);
	}

	/** The trend of each listed unit of the run, read with two set-wise queries. */
	public Map<String, UnitTrend> units(long runId, Trend trend, List<String> units) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("run_id", runId).addValue("units", units);
		Map<String, Map<Period, Point>> points = new HashMap<>();
		jdbc.query("""
				SELECT unit_code, period, unit_type, score, classification, rank FROM unit_score
				WHERE run_id = :run_id AND unit_code IN (:units)""", parameters, row -> {
			Period period = Period.parse(row.getString(2));
			long ofType = trend.ranked()
				.getOrDefault(period, Map.of())
				.getOrDefault(UnitType.valueOf(row.getString(3)), 0L);
			points.computeIfAbsent(row.getString(1), u -> new HashMap<>())
				.put(period,
						new Point(period, row.getBigDecimal(4), row.getString(5), (Integer) row.getObject(6), ofType));
		});
		Map<String, Map<Indicator, Map<Period, String>>> statuses = new HashMap<>();
		jdbc.query("""
				SELECT unit_code, indicator, period, status FROM indicator_result
				WHERE run_id = :run_id AND unit_code IN (:units)""", parameters, row -> {
			statuses.computeIfAbsent(row.getString(1), u -> new EnumMap<>(Indicator.class))
				.computeIfAbsent(Indicator.valueOf(row.getString(2)), i -> new HashMap<>())
				.put(Period.parse(row.getString(3)), row.getString(4));
		});
		Map<String, UnitTrend> trends = new HashMap<>();
		for (String unit : units) {
			Map<Period, Point> byPeriod = points.getOrDefault(unit, Map.of());
			List<Point> unitPoints = new ArrayList<>();
			for (Period period : trend.periods()) {
				unitPoints.add(byPeriod.getOrDefault(period, new Point(period, null, null, null, 0)));
			}
			// the periods before the unit's first score (before its records begin, before
			// it existed) say nothing: its course starts at its first score, or is this
			// period alone
			while (unitPoints.size() > 1 && unitPoints.get(0).score() == null) {
				unitPoints.remove(0);
			}
			trends.put(unit, new UnitTrend(unitPoints, trend.failedInARow(statuses.getOrDefault(unit, Map.of()))));
		}
		return trends;
	}

}

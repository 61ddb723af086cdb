package vn.gov.scorecard.course;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.rules.UnitType;

/**
 * The course of a run's units (SPEC §6): their score and rank in each period the run
 * counted (its own and the eleven before it, every one under the run's rule set), and for
 * each indicator how many periods in a row, up to this one, it has not been met. Read
 * back from what the count and score steps stored.
 *
 * @param periods the periods counted, oldest first; the last is the run's
 * @param ranked how many units of each type were ranked in each period
 */
public record Course(List<Period> periods, Map<Period, Map<UnitType, Long>> ranked) {

	/**
	 * A unit's standing in one period: no score, classification or rank when it was not
	 * ranked then.
	 */
	public record Point(Period period, BigDecimal score, String classification, Integer rank, long rankedOfType) {
	}

	/**
	 * One unit's course: a point per period, oldest first, and the not-met indicators'
	 * runs of failure.
	 */
	public record UnitCourse(List<Point> points, Map<Indicator, Integer> failedInARow) {
	}

	public static Course of(NamedParameterJdbcTemplate jdbc, long runId) {
		MapSqlParameterSource run = new MapSqlParameterSource("run_id", runId);
		List<Period> periods = periods(jdbc.getJdbcTemplate(), runId).stream().map(Period::parse).toList();
		Map<Period, Map<UnitType, Long>> ranked = new HashMap<>();
		jdbc.query(
				"SELECT period, unit_type, count(rank) FROM unit_score WHERE run_id = :run_id GROUP BY period, unit_type",
				run, row -> {
					ranked.computeIfAbsent(Period.parse(row.getString(1)), p -> new EnumMap<>(UnitType.class))
						.put(UnitType.valueOf(row.getString(2)), row.getLong(3));
				});
		return new Course(List.copyOf(periods), ranked);
	}

	/**
	 * The periods run {@code runId} counted, oldest first, as the count step recorded
	 * their windows.
	 */
	public static List<String> periods(JdbcTemplate jdbc, long runId) {
		return jdbc.queryForList("SELECT period FROM run_window WHERE run_id = ? ORDER BY window_start", String.class,
				runId);
	}

	/** The course of each listed unit of the run, read with two set-wise queries. */
	public Map<String, UnitCourse> units(NamedParameterJdbcTemplate jdbc, long runId, List<String> units) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("run_id", runId).addValue("units", units);
		Map<String, Map<Period, Point>> points = new HashMap<>();
		jdbc.query("""
				SELECT unit_code, period, unit_type, score, classification, rank FROM unit_score
				WHERE run_id = :run_id AND unit_code IN (:units)""", parameters, row -> {
			Period period = Period.parse(row.getString(2));
			long ofType = ranked.getOrDefault(period, Map.of()).getOrDefault(UnitType.valueOf(row.getString(3)), 0L);
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
		Map<String, UnitCourse> courses = new HashMap<>();
		for (String unit : units) {
			Map<Period, Point> byPeriod = points.getOrDefault(unit, Map.of());
			List<Point> course = new ArrayList<>();
			for (Period period : periods) {
				course.add(byPeriod.getOrDefault(period, new Point(period, null, null, null, 0)));
			}
			courses.put(unit, new UnitCourse(course, failedInARow(statuses.getOrDefault(unit, Map.of()))));
		}
		return courses;
	}

	/**
	 * For each indicator not met in the run's period, how many periods in a row, counting
	 * back from it, it was not met; a period where it was met, did not apply (NA) or was
	 * not counted ends the run.
	 */
	private Map<Indicator, Integer> failedInARow(Map<Indicator, Map<Period, String>> statuses) {
		Map<Indicator, Integer> runs = new EnumMap<>(Indicator.class);
		statuses.forEach((indicator, byPeriod) -> {
			int count = 0;
			for (int i = periods.size() - 1; i >= 0 && "NOT_MET".equals(byPeriod.get(periods.get(i))); i--) {
				count++;
			}
			if (count > 0) {
				runs.put(indicator, count);
			}
		});
		return runs;
	}
}

package vn.gov.scorecard.trend;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.rules.UnitType;

/**
 * The trend of a run's units, what SPEC §6 calls their course ("diễn biến"): their score
 * and rank in each period the run counted (its own and the eleven before it, every one
 * under the run's rule set), and for each indicator how many periods in a row, up to this
 * one, it has not been met. Read by the {@link TrendRepository} from what the count and
 * score steps stored.
 *
 * @param periods the periods counted, oldest first; the last is the run's
 * @param ranked how many units of each type were ranked in each period
 */
public record Trend(List<Period> periods, Map<Period, Map<UnitType, Long>> ranked) {

	public Trend {
		periods = List.copyOf(periods);
	}

	/**
	 * A unit's standing in one period: no score, classification or rank when it was not
	 * ranked then.
	 */
	public record Point(Period period, BigDecimal score, String classification, Integer rank, long rankedOfType) {
	}

	/**
	 * One unit's trend: a point per period, oldest first, and the not-met indicators'
	 * runs of failure.
	 */
	public record UnitTrend(List<Point> points, Map<Indicator, Integer> failedInARow) {
	}

	/**
	 * For each indicator not met in the run's period, how many periods in a row, counting
	 * back from it, it was not met; a period where it was met, did not apply (NA) or was
	 * not counted ends the run.
	 */
	Map<Indicator, Integer> failedInARow(Map<Indicator, Map<Period, String>> statuses) {
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

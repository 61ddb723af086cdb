package vn.gov.scorecard.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.rules.RuleSet;
import vn.gov.scorecard.rules.Target;
import vn.gov.scorecard.rules.UnitType;
import vn.gov.scorecard.scoring.IndicatorResult.Status;

/**
 * The arithmetic of SPEC §4 and §5: an indicator's value, status and points from its counts, a
 * unit's score, band and rank. Values are computed to 34 significant digits; nothing is rounded
 * here except where the SPEC rounds for a decision (the band: 2 decimals; the rank: 6).
 */
public final class Scoring {

	static final MathContext PRECISION = new MathContext(34, RoundingMode.HALF_UP);
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Scoring() {
	}

	/**
	 * @param notApplicable why the indicator is NA for every unit this period (its data was not
	 *                      delivered, or is not yet due), or {@code null}
	 */
	public static IndicatorResult evaluate(String unitCode, Indicator indicator, long numerator, long denominator,
			RuleSet.IndicatorRule rule, String notApplicable) {
		Target target = rule.target();
		if (notApplicable != null || denominator == 0) {
			return new IndicatorResult(unitCode, indicator, numerator, denominator, null, target, Status.NA, null,
					rule.weight(), notApplicable != null ? notApplicable : indicator.notApplicableReason());
		}
		// value = p / q exactly, so that the status never depends on a rounded value
		BigDecimal p = BigDecimal.valueOf(switch (indicator.formula()) {
			case RATIO, SHARE_OF_RECORDS, COUNT -> numerator;
			case REDUCTION -> denominator - numerator;
		});
		BigDecimal q = indicator.formula() == Indicator.Formula.COUNT ? BigDecimal.ONE : BigDecimal.valueOf(denominator);
		BigDecimal value = p.divide(q, PRECISION);
		BigDecimal bound = target.threshold().multiply(q);
		boolean met = switch (target.kind()) {
			case EXACTLY_ALL -> p.compareTo(q) == 0;
			case AT_LEAST -> p.compareTo(bound) >= 0;
			case AT_MOST -> p.compareTo(bound) <= 0;
		};
		BigDecimal attainment = switch (target.kind()) {
			case EXACTLY_ALL -> value;
			case AT_LEAST -> BigDecimal.ONE.min(value.max(BigDecimal.ZERO).divide(target.threshold(), PRECISION));
			case AT_MOST -> met ? BigDecimal.ONE : target.threshold().divide(value, PRECISION);
		};
		return new IndicatorResult(unitCode, indicator, numerator, denominator, value, target,
				met ? Status.MET : Status.NOT_MET, rule.weight().multiply(attainment, PRECISION), rule.weight(), null);
	}

	/**
	 * 100 × Σ points / Σ weights of the applicable indicators; {@code null} ("insufficient data")
	 * when those weights add up to less than {@code minWeight}, or to 0.
	 */
	public static BigDecimal score(List<IndicatorResult> results, BigDecimal minWeight) {
		BigDecimal points = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (IndicatorResult result : results) {
			if (result.applicable()) {
				points = points.add(result.points());
				weights = weights.add(result.weight());
			}
		}
		return weights.signum() == 0 || weights.compareTo(minWeight) < 0 ? null
				: HUNDRED.multiply(points).divide(weights, PRECISION);
	}

	/** The score as outputs show it and as the band is taken from: half-up to 2 decimals. */
	public static BigDecimal roundedScore(BigDecimal score) {
		return score.setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * Ranks units within their unit type by score rounded half-up to 6 decimals, descending; equal
	 * scores share a rank and the next rank skips (1, 2, 2, 4). Ties, and then the unranked, are
	 * listed by unit code. Returns the units in that order, grouped by unit type.
	 */
	public static List<UnitScore> rank(Map<String, UnitType> unitTypes, Map<String, BigDecimal> scores, RuleSet rules) {
		List<UnitScore> ranked = new ArrayList<>();
		Map<UnitType, List<String>> byType = unitTypes.keySet().stream().sorted()
				.collect(Collectors.groupingBy(unitTypes::get, TreeMap::new, Collectors.toList()));
		byType.forEach((type, codes) -> {
			Comparator<String> order = Comparator
					.comparing((String code) -> scores.get(code) == null)
					.thenComparing(code -> rankKey(scores.get(code)), Comparator.nullsLast(Comparator.reverseOrder()))
					.thenComparing(Comparator.naturalOrder());
			List<String> sorted = codes.stream().sorted(order).toList();
			BigDecimal previousKey = null;
			int rank = 0;
			for (int i = 0; i < sorted.size(); i++) {
				String code = sorted.get(i);
				BigDecimal score = scores.get(code);
				if (score == null) {
					ranked.add(new UnitScore(code, type, null, null, null));
					continue;
				}
				BigDecimal key = rankKey(score);
				if (previousKey == null || key.compareTo(previousKey) != 0) {
					rank = i + 1;
					previousKey = key;
				}
				ranked.add(new UnitScore(code, type, score, rules.band(roundedScore(score)).name(), rank));
			}
		});
		return ranked;
	}

	private static BigDecimal rankKey(BigDecimal score) {
		return score == null ? null : score.setScale(6, RoundingMode.HALF_UP);
	}
}

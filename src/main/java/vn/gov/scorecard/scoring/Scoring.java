package vn.gov.scorecard.scoring;

import java.math.BigDecimal;
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
 * The arithmetic of SPEC §4 and §5: an indicator's value, status and points from its
 * counts, a unit's score, band and rank. Everything is computed as exact fractions
 * ({@link Fraction}, SPEC §4 v3) and rounded once, half away from zero, to what the
 * outputs print: values and points to 4 decimals, the score to 2. The band and the rank
 * are taken from the printed score.
 */
public final class Scoring {

	private static final Fraction HUNDRED = Fraction.of(100);

	private Scoring() {
	}

	/**
	 * @param notApplicable why the indicator is NA for this unit this period (its data
	 * was not delivered, it is not yet due, the unit did not exist when it fell due), or
	 * {@code null}
	 */
	public static IndicatorResult evaluate(String unitCode, Indicator indicator, long numerator, long denominator,
			RuleSet.IndicatorRule rule, String notApplicable) {
		Target target = rule.target();
		if (notApplicable != null || denominator == 0) {
			return new IndicatorResult(unitCode, indicator, numerator, denominator, null, target, Status.NA, null,
					rule.weight(), notApplicable != null ? notApplicable : indicator.notApplicableReason());
		}
		Fraction value = value(indicator, numerator, denominator);
		boolean met = switch (target.kind()) {
			case EXACTLY_ALL -> value.compareTo(Fraction.ONE) == 0;
			case AT_LEAST -> value.compareTo(Fraction.of(target.threshold())) >= 0;
			case AT_MOST -> value.compareTo(Fraction.of(target.threshold())) <= 0;
		};
		return new IndicatorResult(unitCode, indicator, numerator, denominator, value.rounded(4), target,
				met ? Status.MET : Status.NOT_MET, points(value, target, rule.weight()).rounded(4), rule.weight(),
				null);
	}

	/**
	 * 100 × Σ points / Σ weights of the applicable indicators, from the exact points,
	 * rounded to 2 decimals; {@code null} ("insufficient data") when those weights add up
	 * to less than {@code minWeight}, or to 0.
	 */
	public static BigDecimal score(List<IndicatorResult> results, BigDecimal minWeight) {
		Fraction points = Fraction.ZERO;
		Fraction weights = Fraction.ZERO;
		for (IndicatorResult result : results) {
			if (result.applicable()) {
				Fraction value = value(result.indicator(), result.numerator(), result.denominator());
				points = points.plus(points(value, result.target(), result.weight()));
				weights = weights.plus(Fraction.of(result.weight()));
			}
		}
		return weights.signum() == 0 || weights.compareTo(Fraction.of(minWeight)) < 0 ? null
				: HUNDRED.times(points).dividedBy(weights).rounded(2);
	}

	/**
	 * value = p / q exactly: the share, the cut (1 − num/den, may be negative), or the
	 * count.
	 */
	private static Fraction value(Indicator indicator, long numerator, long denominator) {
		return switch (indicator.formula()) {
			case RATIO, SHARE_OF_RECORDS -> Fraction.of(numerator, denominator);
			case REDUCTION -> Fraction.of(denominator - numerator, denominator);
			case COUNT -> Fraction.of(numerator);
		};
	}

	/** points = weight × attainment (SPEC §5). */
	private static Fraction points(Fraction value, Target target, BigDecimal weight) {
		Fraction threshold = Fraction.of(target.threshold());
		Fraction attainment = switch (target.kind()) {
			case EXACTLY_ALL -> value;
			case AT_LEAST -> Fraction.ONE.min(value.max(Fraction.ZERO).dividedBy(threshold));
			case AT_MOST -> value.compareTo(threshold) <= 0 ? Fraction.ONE : threshold.dividedBy(value);
		};
		return Fraction.of(weight).times(attainment);
	}

	/**
	 * The average of scores as the outputs show them (each half-up to 2 decimals),
	 * half-up to 2 decimals.
	 */
	public static BigDecimal averageScore(List<BigDecimal> scores) {
		BigDecimal sum = scores.stream().map(Scoring::roundedScore).reduce(BigDecimal.ZERO, BigDecimal::add);
		return sum.divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
	}

	/**
	 * The score as outputs show it and as the band is taken from: half-up to 2 decimals.
	 */
	public static BigDecimal roundedScore(BigDecimal score) {
		return score.setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * Ranks units within their unit type by score as printed (2 decimals), descending;
	 * equal scores share a rank and the next rank skips (1, 2, 2, 4). Ties, and then the
	 * unranked, are listed by unit code. Returns the units in that order, grouped by unit
	 * type.
	 */
	public static List<UnitScore> rank(Map<String, UnitType> unitTypes, Map<String, BigDecimal> scores, RuleSet rules) {
		List<UnitScore> ranked = new ArrayList<>();
		Map<UnitType, List<String>> byType = unitTypes.keySet()
			.stream()
			.sorted()
			.collect(Collectors.groupingBy(unitTypes::get, TreeMap::new, Collectors.toList()));
		byType.forEach((type, codes) -> {
			Comparator<String> order = Comparator.comparing((String code) -> scores.get(code) == null)
				.thenComparing(code -> printed(scores.get(code)), Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing(Comparator.naturalOrder());
			List<String> sorted = codes.stream().sorted(order).toList();
			BigDecimal previous = null;
			int rank = 0;
			for (int i = 0; i < sorted.size(); i++) {
				String code = sorted.get(i);
				BigDecimal score = printed(scores.get(code));
				if (score == null) {
					ranked.add(new UnitScore(code, type, null, null, null));
					continue;
				}
				if (previous == null || score.compareTo(previous) != 0) {
					rank = i + 1;
					previous = score;
				}
				ranked.add(new UnitScore(code, type, score, rules.band(score).name(), rank));
			}
		});
		return ranked;
	}

	private static BigDecimal printed(BigDecimal score) {
		return score == null ? null : roundedScore(score);
	}

}

package vn.gov.scorecard.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;

/**
 * Weights, targets, limits and classification bands, read from one YAML file (by default
 * {@code rules.yml} in the jar) and checked whole before anything runs
 * ({@link RuleSetReader}). A rule set is known by its version name and its content (SPEC
 * §5 v3): {@code sha256} is the file's.
 *
 * @param minWeightToRank a unit is scored, classified and ranked only when the weights of
 * its applicable indicators add up to at least this (SPEC §5)
 */
public record RuleSet(String version, String sha256, Map<Indicator, IndicatorRule> indicators, Limits limits,
		List<Band> bands, BigDecimal minWeightToRank) {

	public record IndicatorRule(BigDecimal weight, Target target) {
	}

	public record Limits(BigDecimal maxDaysQuanTriet, BigDecimal maxDaysChuyenMon, BigDecimal maxDaysQuanTrong,
			int maxOpeningMinutes, int maxClosingMinutes, int maxPresentationMinutes,
			int provinceWideConferencesPerYear) {
	}

	/**
	 * A classification band: scores at or above {@code min} (and below the band above
	 * it).
	 */
	public record Band(String name, BigDecimal min) {
	}

	public IndicatorRule rule(Indicator indicator) {
		return indicators.get(indicator);
	}

	/** The band of a score already rounded to 2 decimals. */
	public Band band(BigDecimal score) {
		return bands.stream()
			.filter(b -> score.compareTo(b.min()) >= 0)
			.findFirst()
			.orElse(bands.get(bands.size() - 1));
	}

	/**
	 * The first 12 hex digits of a rule set's SHA-256, as the log and the history show
	 * it.
	 */
	public static String shortSha256(String sha256) {
		return sha256.substring(0, 12);
	}

	/**
	 * @throws InvalidRuleSetException with one line naming the file, the line and the
	 * problem
	 */
	public static RuleSet load(Resource resource) {
		return RuleSetReader.read(resource);
	}
}

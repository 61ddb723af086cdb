package vn.gov.scorecard.rules;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.Yaml;

import vn.gov.scorecard.rules.Indicator;

/**
 * Weights, targets, limits and classification bands, read from one versioned YAML file (by
 * default {@code rules.yml} in the jar). Loading checks it whole, so a bad edit fails the run
 * before anything is computed.
 */
/**
 * @param minWeightToRank a unit is scored, classified and ranked only when the weights of its
 *                        applicable indicators add up to at least this (SPEC §5)
 */
public record RuleSet(String version, Map<Indicator, IndicatorRule> indicators, Limits limits, List<Band> bands,
		BigDecimal minWeightToRank) {

	public record IndicatorRule(BigDecimal weight, Target target) {
	}

	public record Limits(BigDecimal maxDaysQuanTriet, BigDecimal maxDaysChuyenMon, BigDecimal maxDaysQuanTrong,
			int maxOpeningMinutes, int maxClosingMinutes, int maxPresentationMinutes, int provinceWideConferencesPerYear) {
	}

	/** A classification band: scores at or above {@code min} (and below the band above it). */
	public record Band(String name, BigDecimal min) {
	}

	public IndicatorRule rule(Indicator indicator) {
		return indicators.get(indicator);
	}

	/** The band of a score already rounded to 2 decimals. */
	public Band band(BigDecimal score) {
		return bands.stream().filter(b -> score.compareTo(b.min()) >= 0).findFirst()
				.orElse(bands.get(bands.size() - 1));
	}

	public static RuleSet load(Resource resource) {
		Map<String, Object> yaml;
		try (InputStream in = resource.getInputStream()) {
			yaml = new Yaml().load(in);
		}
		catch (IOException e) {
			throw new IllegalArgumentException("rule set " + resource.getDescription() + " cannot be read: " + e.getMessage());
		}
		try {
			return parse(yaml);
		}
		catch (RuntimeException e) {
			throw new IllegalArgumentException("rule set " + resource.getDescription() + ": " + e.getMessage(), e);
		}
	}

	@SuppressWarnings("unchecked")
	private static RuleSet parse(Map<String, Object> yaml) {
		String version = String.valueOf(required(yaml, "version"));
		Map<String, Object> indicatorsYaml = (Map<String, Object>) required(yaml, "indicators");
		Map<Indicator, IndicatorRule> indicators = new EnumMap<>(Indicator.class);
		for (Indicator indicator : Indicator.values()) {
			Map<String, Object> rule = (Map<String, Object>) required(indicatorsYaml, indicator.name());
			BigDecimal weight = decimal(required(rule, "weight"));
			if (weight.signum() < 0) {
				throw new IllegalArgumentException(indicator + ": weight must not be negative");
			}
			indicators.put(indicator, new IndicatorRule(weight, Target.parse(String.valueOf(required(rule, "target")))));
		}
		for (UnitType unitType : UnitType.values()) {
			BigDecimal sum = Indicator.forUnitType(unitType).stream().map(i -> indicators.get(i).weight())
					.reduce(BigDecimal.ZERO, BigDecimal::add);
			if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
				throw new IllegalArgumentException("the weights of " + unitType + " units sum to " + sum + ", not 100");
			}
		}
		Map<String, Object> limitsYaml = (Map<String, Object>) required(yaml, "limits");
		Map<String, Object> days = (Map<String, Object>) required(limitsYaml, "meeting_days");
		Map<String, Object> minutes = (Map<String, Object>) required(limitsYaml, "speech_minutes");
		Limits limits = new Limits(decimal(required(days, "QUAN_TRIET")), decimal(required(days, "CHUYEN_MON")),
				decimal(required(days, "QUAN_TRONG")), decimal(required(minutes, "opening")).intValueExact(),
				decimal(required(minutes, "closing")).intValueExact(), decimal(required(minutes, "presentation")).intValueExact(),
				decimal(required(limitsYaml, "province_wide_conferences_per_year")).intValueExact());
		List<Band> bands = new ArrayList<>();
		for (Map<String, Object> band : (List<Map<String, Object>>) required(yaml, "bands")) {
			bands.add(new Band(String.valueOf(required(band, "name")), decimal(required(band, "min"))));
		}
		bands.sort(Comparator.comparing(Band::min).reversed());
		if (bands.isEmpty() || bands.get(bands.size() - 1).min().signum() > 0) {
			throw new IllegalArgumentException("the lowest band must start at 0");
		}
		BigDecimal minWeightToRank = decimal(required(yaml, "min-weight-to-rank"));
		if (minWeightToRank.signum() < 0 || minWeightToRank.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new IllegalArgumentException("min-weight-to-rank must be between 0 and 100: " + minWeightToRank);
		}
		return new RuleSet(version, indicators, limits, List.copyOf(bands), minWeightToRank);
	}

	private static Object required(Map<String, Object> map, String key) {
		Object value = map == null ? null : map.get(key);
		if (value == null) {
			throw new IllegalArgumentException("'" + key + "' is missing");
		}
		return value;
	}

	private static BigDecimal decimal(Object value) {
		return new BigDecimal(String.valueOf(value));
	}
}

package vn.gov.scorecard.rules;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a rule set's YAML file and checks it whole before anything runs (SPEC §5 v3):
 * every indicator of the contract once and no other key, weights per unit type summing to
 * 100, targets in their form, bands strictly descending from at most 100 down to 0,
 * {@code min-weight-to-rank} within 0–100. A problem is one line naming the file, the
 * line where it can be told, and what is wrong ({@link InvalidRuleSetException}).
 */
final class RuleSetReader {

	private static final Set<String> TOP = Set.of("version", "indicators", "limits", "min-weight-to-rank", "bands");

	private static final Set<String> RULE = Set.of("weight", "target");

	private static final Set<String> LIMITS = Set.of("meeting_days", "speech_minutes",
			"province_wide_conferences_per_year");

	private static final Set<String> DAYS = Set.of("QUAN_TRIET", "CHUYEN_MON", "QUAN_TRONG");

	private static final Set<String> MINUTES = Set.of("opening", "closing", "presentation");

	private static final Set<String> BAND = Set.of("name", "min");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final List<String> INDICATORS = Arrays.stream(Indicator.values()).map(Enum::name).toList();

	private final String file;

	private final String text;

	private RuleSetReader(String file, String text) {
		this.file = file;
		this.text = text;
	}

	static RuleSet read(Resource resource) {
		String file = name(resource);
		byte[] bytes;
		try (InputStream in = resource.getInputStream()) {
			bytes = in.readAllBytes();
		}
		catch (IOException e) {
			throw new InvalidRuleSetException(file + ": cannot be read: " + e.getMessage());
		}
		return new RuleSetReader(file, new String(bytes, StandardCharsets.UTF_8)).parse(sha256(bytes));
	}

	private RuleSet parse(String sha256) {
		Map<String, Object> yaml = yaml();
		keys(yaml, TOP, null);
		String version = text(yaml, "version");
		Map<String, Object> indicatorsYaml = map(yaml, "indicators");
		Map<Indicator, RuleSet.IndicatorRule> indicators = new EnumMap<>(Indicator.class);
		for (String code : indicatorsYaml.keySet()) {
			if (!INDICATORS.contains(code)) {
				throw problem(code + ":",
						"'" + code + "' is no indicator of the contract (" + String.join(", ", INDICATORS) + ")");
			}
		}
		for (Indicator indicator : Indicator.values()) {
			Map<String, Object> rule = map(indicatorsYaml, indicator.name());
			keys(rule, RULE, indicator.name());
			BigDecimal weight = decimal(rule, "weight", indicator.name());
			if (weight.signum() < 0 || weight.compareTo(HUNDRED) > 0) {
				throw problem(indicator.name() + ":",
						indicator + ": the weight " + weight.toPlainString() + " is not between 0 and 100");
			}
			Target target;
			try {
				target = Target.parse(text(rule, "target"));
			}
			catch (IllegalArgumentException e) {
				throw problem(indicator.name() + ":", indicator + ": " + e.getMessage());
			}
			indicators.put(indicator, new RuleSet.IndicatorRule(weight, target));
		}
		for (UnitType unitType : UnitType.values()) {
			BigDecimal sum = Indicator.forUnitType(unitType)
				.stream()
				.map(i -> indicators.get(i).weight())
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			if (sum.compareTo(HUNDRED) != 0) {
				throw problem("indicators:",
						"the weights of " + unitType + " units sum to " + sum.toPlainString() + ", not 100");
			}
		}
		Map<String, Object> limitsYaml = map(yaml, "limits");
		keys(limitsYaml, LIMITS, "limits");
		Map<String, Object> days = map(limitsYaml, "meeting_days");
		keys(days, DAYS, "meeting_days");
		Map<String, Object> minutes = map(limitsYaml, "speech_minutes");
		keys(minutes, MINUTES, "speech_minutes");
		RuleSet.Limits limits = new RuleSet.Limits(positive(days, "QUAN_TRIET"), positive(days, "CHUYEN_MON"),
				positive(days, "QUAN_TRONG"), whole(minutes, "opening"), whole(minutes, "closing"),
				whole(minutes, "presentation"), whole(limitsYaml, "province_wide_conferences_per_year"));
		List<RuleSet.Band> bands = bands(yaml);
		BigDecimal minWeightToRank = decimal(yaml, "min-weight-to-rank", null);
		if (minWeightToRank.signum() < 0 || minWeightToRank.compareTo(HUNDRED) > 0) {
			throw problem("min-weight-to-rank:",
					"min-weight-to-rank must be between 0 and 100: " + minWeightToRank.toPlainString());
		}
		return new RuleSet(version, sha256, indicators, limits, bands, minWeightToRank);
	}

	/**
	 * The bands as written: strictly descending minimums, the first at most 100, the last
	 * 0, so that they cover 0–100.
	 */
	@SuppressWarnings("unchecked")
	private List<RuleSet.Band> bands(Map<String, Object> yaml) {
		if (!(yaml.get("bands") instanceof List<?> list) || list.isEmpty()) {
			throw problem("bands:", "'bands' must be a list of { name, min }, highest first");
		}
		List<RuleSet.Band> bands = new ArrayList<>();
		for (Object item : list) {
			if (!(item instanceof Map<?, ?>)) {
				throw problem("bands:", "each band must be { name: \"…\", min: n }");
			}
			Map<String, Object> band = (Map<String, Object>) item;
			keys(band, BAND, "bands");
			String name = text(band, "name");
			BigDecimal min = decimal(band, "min", name);
			if (!bands.isEmpty() && min.compareTo(bands.get(bands.size() - 1).min()) >= 0) {
				throw problem(band(name),
						"the bands must be written highest first, each minimum below the one before: '" + name + "' ("
								+ min.toPlainString() + ") follows '" + bands.get(bands.size() - 1).name() + "' ("
								+ bands.get(bands.size() - 1).min().toPlainString() + ")");
			}
			bands.add(new RuleSet.Band(name, min));
		}
		if (bands.get(0).min().compareTo(HUNDRED) > 0) {
			throw problem(band(bands.get(0).name()), "the highest band starts above 100: no score could reach it");
		}
		if (bands.get(bands.size() - 1).min().signum() != 0) {
			throw problem(band(bands.get(bands.size() - 1).name()),
					"the lowest band must start at 0, so that every score has a band");
		}
		return List.copyOf(bands);
	}

	private Map<String, Object> yaml() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		Object document;
		try {
			document = new Yaml(new SafeConstructor(options)).load(text);
		}
		catch (MarkedYAMLException e) {
			throw new InvalidRuleSetException(file + ":" + (e.getProblemMark().getLine() + 1) + ": "
					+ firstLine(e.getProblem() + (e.getContext() == null ? "" : " (" + e.getContext() + ")")));
		}
		catch (YAMLException e) {
			throw new InvalidRuleSetException(file + ": " + firstLine(e.getMessage()));
		}
		if (!(document instanceof Map<?, ?>)) {
			throw new InvalidRuleSetException(
					file + ": not a rule set (a YAML mapping of version, indicators, limits, bands)");
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> map = (Map<String, Object>) document;
		return map;
	}

	private void keys(Map<String, Object> map, Set<String> allowed, String within) {
		for (String key : map.keySet()) {
			if (!allowed.contains(key)) {
				throw problem(key + ":", "unknown key '" + key + "'" + (within == null ? "" : " in " + within)
						+ "; expected " + String.join(", ", allowed.stream().sorted().toList()));
			}
		}
	}

	private Object required(Map<String, Object> map, String key, String within) {
		Object value = map.get(key);
		if (value == null) {
			throw problem(within == null ? key : within,
					"'" + key + "' is missing" + (within == null ? "" : " in " + within));
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> map(Map<String, Object> map, String key) {
		Object value = required(map, key, null);
		if (!(value instanceof Map<?, ?>)) {
			throw problem(key + ":", "'" + key + "' must be a mapping");
		}
		return (Map<String, Object>) value;
	}

	private String text(Map<String, Object> map, String key) {
		return String.valueOf(required(map, key, null));
	}

	private BigDecimal decimal(Map<String, Object> map, String key, String within) {
		Object value = required(map, key, within);
		try {
			return new BigDecimal(String.valueOf(value));
		}
		catch (NumberFormatException e) {
			throw problem(key + ":",
					"'" + key + "'" + (within == null ? "" : " of " + within) + " is not a number: " + value);
		}
	}

	private BigDecimal positive(Map<String, Object> map, String key) {
		BigDecimal value = decimal(map, key, null);
		if (value.signum() <= 0) {
			throw problem(key + ":", "'" + key + "' must be more than 0: " + value.toPlainString());
		}
		return value;
	}

	private int whole(Map<String, Object> map, String key) {
		BigDecimal value = decimal(map, key, null);
		if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
			throw problem(key + ":", "'" + key + "' must be a whole number, 0 or more: " + value.toPlainString());
		}
		return value.intValueExact();
	}

	/**
	 * A problem on the first line that begins with {@code near} (a key as written,
	 * {@code name: "…"} of a band), comments and indentation aside; or on no line.
	 */
	private InvalidRuleSetException problem(String near, String problem) {
		Matcher line = Pattern.compile("^[ \\t-]*(\\{ *)?" + Pattern.quote(near), Pattern.MULTILINE).matcher(text);
		String where = line.find() ? ":" + (text.substring(0, line.start()).split("\n", -1).length) : "";
		return new InvalidRuleSetException(file + where + ": " + problem);
	}

	private static String band(String name) {
		return "name: \"" + name + "\"";
	}

	private static String firstLine(String message) {
		return message == null ? "" : message.lines().findFirst().orElse("").strip();
	}

	private static String name(Resource resource) {
		try {
			return resource.isFile() ? resource.getFile().toString() : resource.getFilename();
		}
		catch (IOException e) {
			return resource.getDescription();
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}

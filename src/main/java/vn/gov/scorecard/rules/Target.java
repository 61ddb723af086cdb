package vn.gov.scorecard.rules;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An indicator's target: exactly 100%, at least a share, or at most a count.
 *
 * @param threshold 1 for {@link Kind#EXACTLY_ALL}; the share (0.15 for 15%) or the count
 * otherwise
 */
public record Target(Kind kind, BigDecimal threshold) {

	public enum Kind {

		EXACTLY_ALL, AT_LEAST, AT_MOST

	}

	private static final Pattern FORM = Pattern.compile("\\s*(=|>=|<=)\\s*(\\d+(?:\\.\\d+)?)\\s*(%?)\\s*");

	/** Parses the rule-set form: {@code "= 100%"}, {@code ">= 15%"} or {@code "<= 3"}. */
	public static Target parse(String text) {
		Matcher m = FORM.matcher(text);
		if (!m.matches()) {
			throw new IllegalArgumentException("target '" + text + "' is not of the form '= 100%', '>= 15%' or '<= 3'");
		}
		BigDecimal number = new BigDecimal(m.group(2));
		boolean percent = !m.group(3).isEmpty();
		return switch (m.group(1)) {
			case "=" -> {
				if (!percent || number.compareTo(BigDecimal.valueOf(100)) != 0) {
					throw new IllegalArgumentException("an exact target must be '= 100%': " + text);
				}
				yield new Target(Kind.EXACTLY_ALL, BigDecimal.ONE);
			}
			case ">=" -> {
				if (!percent || number.signum() <= 0 || number.compareTo(BigDecimal.valueOf(100)) > 0) {
					throw new IllegalArgumentException(
							"an at-least target must be a percentage above 0 and at most 100%: " + text);
				}
				yield new Target(Kind.AT_LEAST, number.movePointLeft(2));
			}
			default -> {
				if (percent || number.compareTo(BigDecimal.ONE) < 0 || number.stripTrailingZeros().scale() > 0) {
					throw new IllegalArgumentException(
							"an at-most target is a count, a whole number of 1 or more, without %: " + text);
				}
				yield new Target(Kind.AT_MOST, number);
			}
		};
	}

	/**
	 * As the scorecard and scores.csv show it: {@code 100%}, {@code ≥15%}, {@code ≤3}.
	 * Never starts with '=' so a spreadsheet does not take it for a formula.
	 */
	public String label() {
		return switch (kind) {
			case EXACTLY_ALL -> "100%";
			case AT_LEAST -> "≥" + threshold.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
			case AT_MOST -> "≤" + threshold.stripTrailingZeros().toPlainString();
		};
	}
}

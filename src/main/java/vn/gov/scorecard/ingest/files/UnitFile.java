package vn.gov.scorecard.ingest.files;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.gov.scorecard.period.Period;

/**
 * A unit's own delivery (SPEC §2 v3): a file in a kind's folder whose name, without its
 * extension, is a unit code, or begins with one followed by a character other than a
 * letter or digit (the longest such code); the period its name may carry after the code,
 * in the contract's syntax ({@code documents/XA045_2026-09.csv},
 * {@code meetings/SO03_2026-Q3.xlsx}).
 *
 * @param period the period the name carries, or null
 */
public record UnitFile(String unitCode, Period period) {

	private static final Pattern PERIOD = Pattern.compile("(\\d{4}(?:-(?:\\d{2}|Q\\d|H\\d))?)(?![0-9A-Za-z]).*");

	/**
	 * The unit whose file {@code fileName} (relative to the input folder) is, among
	 * {@code units}; empty for a kind's single file.
	 */
	public static Optional<UnitFile> of(String fileName, Set<String> units) {
		int slash = fileName.lastIndexOf('/');
		if (slash < 0) {
			return Optional.empty();
		}
		String base = fileName.substring(slash + 1);
		int dot = base.lastIndexOf('.');
		base = dot < 0 ? base : base.substring(0, dot);
		String code = null;
		for (int end = base.length(); end > 0 && code == null; end--) {
			if ((end == base.length() || !Character.isLetterOrDigit(base.charAt(end)))
					&& units.contains(base.substring(0, end))) {
				code = base.substring(0, end);
			}
		}
		if (code == null) {
			return Optional.empty();
		}
		return Optional.of(new UnitFile(code, period(base.substring(code.length()))));
	}

	/**
	 * The period right after the code and its separator ("_2026-09", "-2026-Q3 sửa lại"),
	 * or null.
	 */
	private static Period period(String rest) {
		if (rest.length() < 2) {
			return null;
		}
		Matcher m = PERIOD.matcher(rest.substring(1));
		if (!m.matches()) {
			return null;
		}
		try {
			return Period.parse(m.group(1));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}

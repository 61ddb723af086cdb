package vn.gov.scorecard.ingest.load;

import java.util.Map;

/**
 * What a run withdrew (SPEC §2 v3, {@link RunFiles#withdrawnByFile}), as the summary and
 * the data-quality section name it.
 */
public final class Withdrawn {

	private Withdrawn() {
	}

	/**
	 * At most {@code listed} files with their counts, "a (3), b (1)", and how many more.
	 */
	public static String listing(Map<String, Long> files, int listed, String more) {
		StringBuilder text = new StringBuilder();
		files.entrySet()
			.stream()
			.limit(listed)
			.forEach(file -> text.append(text.isEmpty() ? "" : ", ")
				.append(file.getKey())
				.append(" (")
				.append(file.getValue())
				.append(')'));
		if (files.size() > listed) {
			text.append(' ').append(more.formatted(files.size() - listed));
		}
		return text.toString();
	}

}

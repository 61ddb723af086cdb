package vn.gov.scorecard.ingest.load;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a run withdrew (SPEC §2 v3), as the summary and the data-quality section name it.
 */
public final class Withdrawn {

	private Withdrawn() {
	}

	/** The records the run withdrew, per file that no longer holds them, most first. */
	public static Map<String, Long> byFile(JdbcTemplate jdbc, long runId) {
		Map<String, Long> files = new LinkedHashMap<>();
		jdbc.query("""
				SELECT file_name, withdrawn FROM run_file WHERE run_id = ? AND withdrawn > 0
				ORDER BY withdrawn DESC, position""", row -> {
			files.put(row.getString(1), row.getLong(2));
		}, runId);
		return files;
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

package vn.gov.scorecard.ingest.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.scorecard.ingest.files.ScannedFile;

/**
 * The deliveries of each path (SPEC §2 v3): which of a load's paths bring other content
 * than their last delivery (they replace what they delivered before, for the months they
 * cover), and which of those bring back the content of an earlier delivery (loaded as the
 * latest, with a warning naming the run whose content it restores).
 *
 * @param changed the paths delivered with other content than their last delivery, or for
 * the first time
 * @param restores for each changed path whose content an earlier delivery had, the last
 * run that delivered it
 */
record FileDeliveries(List<String> changed, Map<String, Long> restores) {

	/**
	 * How the paths of {@code files} (a workbook's sheets share their path) stand against
	 * their earlier deliveries.
	 */
	static FileDeliveries of(JdbcTemplate jdbc, List<ScannedFile> files) {
		Map<String, String> shas = new LinkedHashMap<>();
		files.forEach(file -> shas.put(file.file(), file.sha256()));
		Map<String, String> latest = new LinkedHashMap<>();
		Map<String, Long> restores = new LinkedHashMap<>();
		String[] paths = shas.keySet().toArray(String[]::new);
		jdbc.query("""
				SELECT DISTINCT ON (file_name) file_name, sha256 FROM file_delivery WHERE file_name = ANY (?::text[])
				ORDER BY file_name, run_id DESC""", row -> {
			latest.put(row.getString(1), row.getString(2));
		}, (Object) paths);
		List<String> changed = shas.keySet().stream().filter(path -> !shas.get(path).equals(latest.get(path))).toList();
		jdbc.query("""
				SELECT file_name, max(run_id) FROM file_delivery d JOIN unnest(?::text[], ?::text[]) AS f(path, sha256)
				  ON d.file_name = f.path AND d.sha256 = f.sha256
				GROUP BY file_name""", row -> {
			if (latest.containsKey(row.getString(1))) {
				restores.put(row.getString(1), row.getLong(2));
			}
		}, changed.toArray(String[]::new), changed.stream().map(shas::get).toArray(String[]::new));
		return new FileDeliveries(changed, restores);
	}

	/** Records this run's delivery of every changed path. */
	void record(JdbcTemplate jdbc, List<ScannedFile> files, long runId) {
		Map<String, String> shas = new LinkedHashMap<>();
		files.stream()
			.filter(file -> changed.contains(file.file()))
			.forEach(file -> shas.put(file.file(), file.sha256()));
		jdbc.update(
				"""
						INSERT INTO file_delivery (file_name, run_id, sha256) SELECT path, ?, sha256 FROM unnest(?::text[], ?::text[]) AS f(path, sha256)
						ON CONFLICT DO NOTHING""",
				runId, shas.keySet().toArray(String[]::new), shas.values().toArray(String[]::new));
	}
}

package vn.gov.scorecard.ingest.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.scorecard.ingest.InputKind;
import vn.gov.scorecard.ingest.files.ScannedFile;
import vn.gov.scorecard.ingest.rows.RowParser;

/**
 * The last load of each kind of records that read its files, so that a delivery repeating
 * it is not read again: the monthly files carry the whole history, and mostly nothing in
 * them changed.
 * <p>
 * Reading them again is skipped only when its outcome cannot differ, row for row: the
 * same files (names, order and SHA-256), read by the same loader (its version, the
 * build's, and the parsing libraries'), against the same unit list (codes and
 * dissolutions and successions, which decide "unknown unit" and "no successor" rejects),
 * and with every event date on the same side of the day the run executes as before (a
 * date in the future is rejected). Then the record table already holds exactly what the
 * upsert would write, and the run takes the figures and rejects of the run that read the
 * files. Units are always read: they are few, and what they are checked against is the
 * table they change.
 */
final class PreviousLoads {

	/**
	 * The version of what the loader makes of a row: raised by hand with every change to
	 * how rows are parsed, checked or stored (RowParser, the sources, the staging SQL,
	 * the predecessor checks), so that a build which reads differently reads every file
	 * again.
	 */
	static final String LOADER_VERSION = "2026-12-06.1";

	/**
	 * The loader's version, the build's, and those of the libraries that parse (Commons
	 * CSV, POI).
	 */
	private static final String LOADER = LOADER_VERSION + " build " + buildVersion() + " commons-csv "
			+ commonsCsvVersion() + " poi " + org.apache.poi.Version.getVersion();

	private final JdbcTemplate jdbc;

	PreviousLoads(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The load that last read a kind's files, and the event dates it judged against the
	 * day it ran.
	 */
	record Reusable(long runId, RowParser.FutureBounds bounds) {
	}

	/**
	 * The previous load whose reading the current delivery of its kind would repeat, if
	 * any.
	 */
	Optional<Reusable> reusable(InputKind kind, List<ScannedFile> files, String units, LocalDate today, long runId) {
		return jdbc
			.query("""
					SELECT run_id, latest_on_or_before, earliest_after FROM kind_load
					WHERE kind = ? AND file_names = ?::text[] AND sha256s = ?::text[] AND units = ? AND loader = ? AND run_id <> ?""",
					(row, i) -> new Reusable(row.getLong(1),
							new RowParser.FutureBounds(row.getObject(2, LocalDate.class),
									row.getObject(3, LocalDate.class))),
					kind.name(), names(files), shas(files), units, LOADER, runId)
			.stream()
			.filter(previous -> previous.bounds().judgeAlike(today))
			.findFirst();
	}

	/**
	 * Takes the files' figures and rejects from the run that read them, into run
	 * {@code runId}.
	 */
	List<FileStats> reuse(Reusable previous, List<ScannedFile> files, long runId) {
		jdbc.update("""
				INSERT INTO run_reject (run_id, file_name, line, column_name, value, reason, unit_code, record_id)
				SELECT ?, file_name, line, column_name, value, reason, unit_code, record_id
				FROM run_reject WHERE run_id = ? AND file_name = ANY (?::text[])""", runId, previous.runId(),
				names(files));
		Map<String, FileStats> byName = new HashMap<>();
		jdbc.query("""
				SELECT file_name, sha256, read, loaded, rejected, blank, warnings FROM run_file
				WHERE run_id = ? AND file_name = ANY (?::text[])""", row -> {
			byName.put(row.getString(1), new FileStats(row.getString(1), row.getString(2), row.getLong(3),
					row.getLong(4), row.getLong(5), row.getLong(6), 0, row.getString(7), previous.runId()));
		}, previous.runId(), names(files));
		return files.stream().map(file -> byName.get(file.name())).toList();
	}

	/**
	 * Records that run {@code runId} read these files, with what their reading depended
	 * on.
	 */
	void remember(InputKind kind, List<ScannedFile> files, String units, LocalDate today, RowParser.FutureBounds bounds,
			long runId) {
		jdbc.update(
				"""
						INSERT INTO kind_load (kind, run_id, file_names, sha256s, units, loader, read_on, latest_on_or_before, earliest_after)
						VALUES (?, ?, ?::text[], ?::text[], ?, ?, ?, ?, ?)
						ON CONFLICT (kind) DO UPDATE SET run_id = EXCLUDED.run_id, file_names = EXCLUDED.file_names,
						    sha256s = EXCLUDED.sha256s, units = EXCLUDED.units, loader = EXCLUDED.loader, read_on = EXCLUDED.read_on,
						    latest_on_or_before = EXCLUDED.latest_on_or_before, earliest_after = EXCLUDED.earliest_after""",
				kind.name(), runId, names(files), shas(files), units, LOADER, today, bounds.latestOnOrBefore(),
				bounds.earliestAfter());
	}

	private static String[] names(List<ScannedFile> files) {
		return files.stream().map(ScannedFile::name).toArray(String[]::new);
	}

	private static String[] shas(List<ScannedFile> files) {
		return files.stream().map(ScannedFile::sha256).toArray(String[]::new);
	}

	private static String buildVersion() {
		String version = PreviousLoads.class.getPackage().getImplementationVersion();
		return version == null ? "development" : version;
	}

	private static String commonsCsvVersion() {
		try (InputStream in = PreviousLoads.class
			.getResourceAsStream("/META-INF/maven/org.apache.commons/commons-csv/pom.properties")) {
			if (in == null) {
				return "unknown";
			}
			Properties properties = new Properties();
			properties.load(in);
			return properties.getProperty("version", "unknown");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}

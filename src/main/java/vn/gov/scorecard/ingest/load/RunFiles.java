package vn.gov.scorecard.ingest.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.gov.scorecard.ingest.files.InputFingerprint;

/**
 * The files a run's load step read (or found unchanged), with their figures, and the rows
 * they rejected, as the summary, run.json, the workbook and the ranking report list them.
 */
@Component
public class RunFiles {

	/**
	 * One input file of a run; {@code read = loaded + rejected}. {@code readInRun} is the
	 * run that read its bytes: this one, or an earlier one that read the same file with
	 * the same outcome, whose figures and rejects these are. {@code withdrawn}: the
	 * records its path delivered before and no longer holds, withdrawn by this run (SPEC
	 * §2 v3; listed in withdrawn.csv).
	 */
	public record RunFile(String name, String sha256, long read, long loaded, long rejected, long blank, long withdrawn,
			String warnings, long readInRun) {
	}

	private final JdbcTemplate jdbc;

	public RunFiles(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The run's files, in loading order. */
	public List<RunFile> files(long runId) {
		return jdbc.query(
				"""
						SELECT file_name, sha256, read, loaded, rejected, blank, withdrawn, warnings, coalesce(read_in_run, run_id)
						FROM run_file WHERE run_id = ? ORDER BY position""",
				(row, i) -> new RunFile(row.getString(1), row.getString(2), row.getLong(3), row.getLong(4),
						row.getLong(5), row.getLong(6), row.getLong(7), row.getString(8), row.getLong(9)),
				runId);
	}

	/** The records the run withdrew, per file that no longer holds them, most first. */
	public Map<String, Long> withdrawnByFile(long runId) {
		Map<String, Long> files = new LinkedHashMap<>();
		jdbc.query("""
				SELECT file_name, withdrawn FROM run_file WHERE run_id = ? AND withdrawn > 0
				ORDER BY withdrawn DESC, position""", row -> {
			files.put(row.getString(1), row.getLong(2));
		}, runId);
		return files;
	}

	/**
	 * Why a unit's rows were rejected: the kind of file ({@code meetings}, …) and the
	 * reason, with how many rows.
	 */
	public record RejectReason(String kind, String reason, long rows) {
	}

	/** A unit's rejected rows, and why. */
	public record UnitRejects(String unitCode, long rows, List<RejectReason> reasons) {
	}

	/**
	 * The run's rejected rows by the unit code they named ("" for none): the units with
	 * most first, then by code; each unit's reasons most rows first, then by kind and
	 * reason.
	 */
	public List<UnitRejects> rejectsByUnit(long runId) {
		Map<String, List<RejectReason>> reasons = new LinkedHashMap<>();
		jdbc.query("""
				SELECT coalesce(unit_code, ''), lower(regexp_replace(file_name, '[/.#].*$', '')), reason, count(*)
				FROM run_reject WHERE run_id = ?
				GROUP BY 1, 2, 3
				ORDER BY sum(count(*)) OVER (PARTITION BY coalesce(unit_code, '')) DESC,
				         coalesce(unit_code, '') COLLATE "C", count(*) DESC,
				         lower(regexp_replace(file_name, '[/.#].*$', '')) COLLATE "C", reason COLLATE "C\"""", row -> {
			reasons.computeIfAbsent(row.getString(1), unit -> new ArrayList<>())
				.add(new RejectReason(row.getString(2), row.getString(3), row.getLong(4)));
		}, runId);
		List<UnitRejects> units = new ArrayList<>();
		reasons.forEach((unit, why) -> units
			.add(new UnitRejects(unit, why.stream().mapToLong(RejectReason::rows).sum(), List.copyOf(why))));
		return units;
	}

	/**
	 * The earlier runs whose figures stand for files this run found unchanged, and how
	 * many files each.
	 */
	public Map<Long, Long> unchangedSince(long runId) {
		Map<Long, Long> byRun = new TreeMap<>();
		jdbc.query(
				"SELECT read_in_run, count(*) FROM run_file WHERE run_id = ? AND read_in_run <> run_id GROUP BY read_in_run",
				row -> {
					byRun.put(row.getLong(1), row.getLong(2));
				}, runId);
		return byRun;
	}

	/**
	 * The digest of the files the run read (a workbook's sheets are one file), as
	 * {@link InputFingerprint#of} takes it of a folder.
	 */
	public String fingerprint(long runId) {
		Map<String, String> files = new TreeMap<>();
		jdbc.query("SELECT DISTINCT split_part(file_name, '#', 1), sha256 FROM run_file WHERE run_id = ?", row -> {
			files.put(row.getString(1), row.getString(2));
		}, runId);
		return InputFingerprint.digest(files);
	}

}

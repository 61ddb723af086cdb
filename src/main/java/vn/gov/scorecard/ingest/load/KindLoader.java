package vn.gov.scorecard.ingest.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.gov.scorecard.database.SqlFile;
import vn.gov.scorecard.ingest.InputKind;
import vn.gov.scorecard.ingest.InputProblemException;
import vn.gov.scorecard.ingest.Problem;
import vn.gov.scorecard.ingest.files.Header;
import vn.gov.scorecard.ingest.files.RecordSource;
import vn.gov.scorecard.ingest.files.ScannedFile;
import vn.gov.scorecard.ingest.files.UnitFile;
import vn.gov.scorecard.ingest.rows.CheckedRows;
import vn.gov.scorecard.ingest.rows.KeyCells;
import vn.gov.scorecard.ingest.rows.Progress;
import vn.gov.scorecard.ingest.rows.RowParser;
import vn.gov.scorecard.ingest.rows.UnitSuccession;

/**
 * Loads the files of one kind inside the caller's transaction: parses and checks every
 * row while streaming the good ones with COPY. Into an empty table they go straight in,
 * and its key and indexes are built after ({@link FirstLoad}). Otherwise they go into one
 * staging table, the repeated keys are rejected set-wise across all the kind's files, and
 * the rest upserted.
 */
final class KindLoader {

	private static final Logger log = LoggerFactory.getLogger(KindLoader.class);

	private static final int MANY_UNITS = 10;

	private final JdbcTemplate jdbc;

	private final PGConnection connection;

	private final long runId;

	private final LocalDate today;

	private final boolean acceptUnitChanges;

	/**
	 * @param today the day the run executes: events after it are rejected
	 * @param acceptUnitChanges load a units delivery that looks like another province's
	 */
	KindLoader(JdbcTemplate jdbc, PGConnection connection, long runId, LocalDate today, boolean acceptUnitChanges) {
		this.jdbc = jdbc;
		this.connection = connection;
		this.runId = runId;
		this.today = today;
		this.acceptUnitChanges = acceptUnitChanges;
	}

	/**
	 * What loading a kind's files found: each file's figures, the event dates judged
	 * against the day, and the warnings of deliveries that restore an earlier one.
	 */
	record Read(List<FileStats> files, RowParser.FutureBounds futureBounds, List<String> warnings) {
	}

	/**
	 * @param files the kind's files in loading order; a key's first occurrence is the
	 * first in this order
	 */
	Read load(InputKind kind, List<ScannedFile> files, UnitSuccession units) throws SQLException, IOException {
		StagingSql sql = new StagingSql(kind);
		String[] names = files.stream().map(ScannedFile::name).toArray(String[]::new);
		long started = System.nanoTime();
		// units are few, and checked against the table they change: always the usual path
		Optional<FirstLoad> first = kind == InputKind.UNITS ? Optional.empty() : FirstLoad.begin(jdbc, sql);
		FileDeliveries deliveries = kind == InputKind.UNITS ? null : FileDeliveries.of(jdbc, files);
		if (first.isPresent()) {
			List<Staged> parsed = parse(files, sql.copyIntoTable(), false, units);
			long copied = System.nanoTime();
			if (first.get().finish(names, runId)) {
				List<Long> loaded = parsed.stream().map(Staged::accepted).toList();
				Map<String, Long> changedByPath = new HashMap<>();
				for (int i = 0; i < files.size(); i++) {
					changedByPath.merge(files.get(i).file(), loaded.get(i), Long::sum);
				}
				Read read = figures(files, parsed, loaded, names, deliveries, changedByPath);
				log.info("{}: {} file(s), into the empty table; parse and copy {} ms, key and indexes built {} ms",
						kind.name(), files.size(), (copied - started) / 1_000_000,
						(System.nanoTime() - copied) / 1_000_000);
				return read;
			}
			log.info("{}: a key repeats: read again the usual way, which names each repetition", kind.name());
			started = System.nanoTime();
		}
		jdbc.execute(sql.createStage());
		List<Staged> staged = parse(files, sql.copyIntoStage(), true, units);
		if (kind != InputKind.UNITS) {
			jdbc.update(sql.keptOnReject(), runId, names);
		}
		long parsed = System.nanoTime();
		boolean stageChanged = kind == InputKind.UNITS;
		if (jdbc.queryForObject(sql.hasDuplicates(), Boolean.class, names, runId)) {
			jdbc.update(sql.rejectDuplicates(), names, runId, runId, names, names);
			stageChanged = true;
		}
		if (kind == InputKind.UNITS) {
			rejectBadPredecessors(names);
			if (!acceptUnitChanges) {
				refuseAnotherProvincesUnits(names);
			}
		}
		keepStoredValuesOfAbsentColumns(sql, staged);
		long checked = System.nanoTime();
		List<Long> loaded = staged.stream().map(Staged::accepted).toList();
		if (stageChanged) {
			Map<Integer, Long> byFile = new HashMap<>();
			jdbc.query(sql.countStaged(), row -> {
				byFile.put(row.getInt(1), row.getLong(2));
			});
			loaded = IntStream.rangeClosed(1, files.size()).mapToObj(no -> byFile.getOrDefault(no, 0L)).toList();
		}
		if (deliveries != null && !deliveries.changed().isEmpty()) {
			withdraw(sql, files, deliveries, units);
		}
		long withdrawn = System.nanoTime();
		Map<String, Long> changedByPath = new HashMap<>();
		jdbc.query(sql.upsert(), row -> {
			changedByPath.put(row.getString(1), row.getLong(2));
		});
		Read read = figures(files, staged, loaded, names, deliveries, changedByPath);
		log.info("{}: {} file(s); parse and copy {} ms, duplicate check {} ms, withdrawals {} ms, upsert {} ms",
				kind.name(), files.size(), (parsed - started) / 1_000_000, (checked - parsed) / 1_000_000,
				(withdrawn - checked) / 1_000_000, (System.nanoTime() - withdrawn) / 1_000_000);
		return read;
	}

	/**
	 * Parses every file into one COPY, however many files: a delivery of a file per unit
	 * has hundreds. The rows carry their file's number and line when they go into the
	 * staging table.
	 */
	private List<Staged> parse(List<ScannedFile> files, String copy, boolean withPosition, UnitSuccession units)
			throws SQLException, IOException {
		List<Staged> staged = new ArrayList<>();
		try (RejectSink rejects = new RejectSink(runId)) {
			try (CopyRows rows = new CopyRows(connection, copy)) {
				for (int i = 0; i < files.size(); i++) {
					staged.add(stage(files.get(i), withPosition ? i + 1 : 0, rows, rejects, units));
				}
			}
			catch (IOException e) {
				// the sources turn their own read errors into input problems: this is
				// writing into COPY
				throw new UncheckedIOException(e);
			}
			rejects.copyTo(connection.getCopyAPI());
		}
		return staged;
	}

	/**
	 * Each file's figures, its rejects and withdrawals counted where they are stored (a
	 * path's withdrawals go to its first sheet), the dates judged against the day, and
	 * the deliveries recorded, with a warning for each that restores an earlier one.
	 */
	private Read figures(List<ScannedFile> files, List<Staged> staged, List<Long> loaded, String[] names,
			FileDeliveries deliveries, Map<String, Long> changedByPath) {
		Map<String, Long> rejected = new HashMap<>();
		jdbc.query(
				"SELECT file_name, count(*) FROM run_reject WHERE run_id = ? AND file_name = ANY (?) GROUP BY file_name",
				row -> {
					rejected.put(row.getString(1), row.getLong(2));
				}, runId, names);
		Map<String, Long> withdrawn = new HashMap<>();
		jdbc.query("SELECT split_part(file_name, '#', 1), count(*) FROM run_withdrawn WHERE run_id = ? GROUP BY 1",
				row -> {
					withdrawn.put(row.getString(1), row.getLong(2));
				}, runId);
		List<FileStats> stats = new ArrayList<>();
		RowParser.FutureBounds bounds = RowParser.FutureBounds.NONE;
		for (int i = 0; i < files.size(); i++) {
			ScannedFile file = files.get(i);
			Staged s = staged.get(i);
			long fileWithdrawn = i > 0 && files.get(i - 1).file().equals(file.file()) ? 0
					: withdrawn.getOrDefault(file.file(), 0L);
			FileStats fileStats = new FileStats(file.name(), file.sha256(), s.read(), loaded.get(i),
					rejected.getOrDefault(file.name(), 0L), s.blank(), fileWithdrawn, s.warnings(), runId);
			s.progress().finish(fileStats.loaded(), fileStats.rejected(), fileStats.blank());
			stats.add(fileStats);
			bounds = bounds.and(s.futureBounds());
		}
		List<String> warnings = new ArrayList<>();
		if (deliveries != null) {
			deliveries.record(jdbc, files, runId);
			deliveries.restores()
				.forEach((path, restoredRun) -> warnings.add(path + ": giống hệt tệp đã nộp ở lần tính " + restoredRun
						+ " và sau đó đã được thay bằng nội dung khác; tệp được nạp lại như lần nộp mới nhất: rút "
						+ withdrawn.getOrDefault(path, 0L) + " bản ghi, thêm hoặc sửa "
						+ changedByPath.getOrDefault(path, 0L)
						+ " bản ghi. Nếu đây là bản cũ gửi nhầm, hãy nộp lại bản đúng"));
		}
		return new Read(stats, bounds, warnings);
	}

	/**
	 * Withdraws what the changed paths delivered before and no longer hold, in the months
	 * they cover (SPEC §2 v3). A path's covered months include its name's period: a
	 * unit's file for September sent again with its header only takes back all of that
	 * unit's September records.
	 */
	private void withdraw(StagingSql sql, List<ScannedFile> files, FileDeliveries deliveries, UnitSuccession units) {
		List<String> namedPaths = new ArrayList<>();
		List<LocalDate> namedMonths = new ArrayList<>();
		for (String path : deliveries.changed()) {
			UnitFile.of(path, units.codes())
				.map(UnitFile::period)
				.ifPresent(period -> period.months().forEach(month -> {
					namedPaths.add(path);
					namedMonths.add(month);
				}));
		}
		Integer[] changedFiles = IntStream.range(0, files.size())
			.filter(i -> deliveries.changed().contains(files.get(i).file()))
			.mapToObj(i -> i + 1)
			.toArray(Integer[]::new);
		jdbc.update(sql.withdraw(), files.stream().map(ScannedFile::file).toArray(String[]::new), changedFiles,
				namedPaths.toArray(String[]::new), namedMonths.stream().map(LocalDate::toString).toArray(String[]::new),
				deliveries.changed().toArray(String[]::new), runId, runId);
	}

	/**
	 * What parsing a file found: rows read, accepted (copied), blank; the dates judged
	 * against the day; the kind's optional columns its header lacks.
	 */
	private record Staged(long read, long accepted, long blank, String warnings, Progress progress,
			RowParser.FutureBounds futureBounds, List<String> absentColumns) {
	}

	/**
	 * A column a file does not have is no empty column (SPEC §2 v3): a staged row of such
	 * a file takes that column's stored value, so that the upsert keeps it. A units file
	 * with only unit_code, unit_name and unit_type renames units but keeps their
	 * predecessors and dates.
	 */
	private void keepStoredValuesOfAbsentColumns(StagingSql sql, List<Staged> staged) {
		for (String column : sql.kind().columnNames()) {
			Integer[] files = IntStream.range(0, staged.size())
				.filter(i -> staged.get(i).absentColumns().contains(column))
				.mapToObj(i -> i + 1)
				.toArray(Integer[]::new);
			if (files.length > 0) {
				jdbc.update(sql.keepStored(column), (Object) files);
			}
		}
	}

	/**
	 * Parses and checks every row of one file, streaming the good ones into the COPY
	 * (with the file's number and the row's line, unless {@code fileNumber} is 0) and the
	 * bad ones, with their keys as far as they could be read, into the rejects.
	 */
	private Staged stage(ScannedFile file, int fileNumber, CopyRows stage, RejectSink rejects, UnitSuccession units)
			throws IOException {
		InputKind kind = file.kind();
		try (RecordSource source = RecordSource.open(file)) {
			Header header = source.header();
			Progress progress = new Progress(file.name(), source.size(), source::position);
			String warnings = unknownColumnsWarning(header.unknownColumns());
			if (warnings != null) {
				log.warn("{}: {}", file.name(), warnings);
			}
			RowParser parser = new RowParser(kind, header, today, units);
			long[] accepted = new long[1];
			CheckedRows.Counts counts = CheckedRows.read(source, parser, KeyCells.of(kind, header), progress,
					new CheckedRows.Handler() {
						@Override
						public void accepted(Object[] values, long line) throws IOException {
							accepted[0]++;
							if (fileNumber > 0) {
								stage.field(fileNumber);
								stage.field(line);
							}
							for (Object value : values) {
								stage.field(value);
							}
							if (kind != InputKind.UNITS) {
								stage.field(file.file());
								stage.field(file.oneOfSheets() ? file.sheet() : null);
								stage.field(runId);
							}
							stage.endRow();
						}

						@Override
						public void rejected(Problem problem, long line, String unitCode, String recordId) {
							rejects.reject(file.name(), line, problem, unitCode, recordId);
						}
					});
			return new Staged(counts.read(), accepted[0], counts.blank(), warnings, progress, parser.futureBounds(),
					header.absentColumns(kind));
		}
	}

	private static String unknownColumnsWarning(List<String> unknown) {
		if (unknown.isEmpty()) {
			return null;
		}
		return "unknown columns ignored: " + String.join(", ", unknown.subList(0, Math.min(10, unknown.size())))
				+ (unknown.size() > 10 ? " and " + (unknown.size() - 10) + " more" : "");
	}

	/**
	 * One province per database (SPEC §2 v3): a units delivery that would rename more
	 * than a fifth of the units the database knows, or more than half of whose codes are
	 * unknown to it, is probably another province's, and fails the run before anything is
	 * loaded, with examples, unless the operator accepts it. Both rules need a database
	 * that knows at least 10 units, and the second a delivery of at least 10 (decision
	 * 60): a new commune's own units file is no other province.
	 */
	private void refuseAnotherProvincesUnits(String[] names) {
		jdbc.query(SqlFile.read("load/unit_changes.sql"), row -> {
			long known = row.getLong("known");
			long staged = row.getLong("staged");
			long unknown = row.getLong("unknown");
			long renamed = row.getLong("renamed");
			String change = null;
			if (known < MANY_UNITS) {
				return;
			}
			if (renamed * 5 > known) {
				change = "renames " + renamed + " of the " + known + " units this database knows ("
						+ examples(row, "renamed_examples") + ")";
			}
			else if (staged >= MANY_UNITS && unknown * 2 > staged) {
				change = "names " + unknown + " units of its " + staged + " that this database, which knows " + known
						+ ", has never seen (" + examples(row, "unknown_examples") + ")";
			}
			if (change != null) {
				throw new InputProblemException(String.join(", ", names) + ": the delivery " + change
						+ ": it looks like another"
						+ " province's units; check the input folder, or, if the units really changed, run by hand with"
						+ " --accept-unit-changes");
			}
		});
	}

	private static String examples(ResultSet row, String column) throws SQLException {
		return "e.g. " + String.join("; ", (String[]) row.getArray(column).getArray());
	}

	/**
	 * Rejects units whose predecessors are unknown or lead back to themselves, until none
	 * is left: a unit whose predecessor was itself rejected is rejected in the next
	 * round.
	 */
	private void rejectBadPredecessors(String[] names) {
		String unknown = SqlFile.read("load/unknown_predecessors.sql");
		String cycles = SqlFile.read("load/predecessor_cycles.sql");
		// the planner cannot size a recursive walk and guesses millions of rows, which
		// makes a server
		// with JIT compile for 0.6 s a query that reads a few thousand units
		jdbc.execute("SET LOCAL jit = off");
		int removed;
		do {
			removed = jdbc.update(cycles, names, runId) + jdbc.update(unknown, names, runId, runId);
		}
		while (removed > 0);
		jdbc.execute("SET LOCAL jit TO DEFAULT");
	}

}

package vn.gov.scorecard.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.gov.scorecard.database.SqlFile;

/**
 * Loads one input file inside the caller's transaction: parses and checks every row while
 * streaming the good ones into a staging table with COPY, rejects the repeated keys set-wise,
 * then upserts the staged rows into the file's table.
 */
final class FileLoader {

	private static final Logger log = LoggerFactory.getLogger(FileLoader.class);

	private final JdbcTemplate jdbc;
	private final PGConnection connection;
	private final long runId;
	private final LocalDate asOf;

	FileLoader(JdbcTemplate jdbc, PGConnection connection, long runId, LocalDate asOf) {
		this.jdbc = jdbc;
		this.connection = connection;
		this.runId = runId;
		this.asOf = asOf;
	}

	FileStats load(ScannedFile file, Map<String, LocalDate> knownUnits) throws SQLException, IOException {
		StagingSql sql = new StagingSql(file.definition());
		long started = System.nanoTime();
		Staged staged = stage(file, sql, knownUnits);
		long parsed = System.nanoTime();
		if (jdbc.queryForObject(sql.hasDuplicates(), Boolean.class, runId, file.fileName())) {
			jdbc.update(sql.rejectDuplicates(), runId, file.fileName(), runId, file.fileName());
		}
		if (file.definition() == InputFile.UNITS) {
			rejectBadPredecessors(file);
		}
		long checked = System.nanoTime();
		long rejected = jdbc.queryForObject("SELECT count(*) FROM run_reject WHERE run_id = ? AND file_name = ?",
				Long.class, runId, file.fileName());
		long loaded = jdbc.queryForObject(sql.countStaged(), Long.class);
		jdbc.update(sql.upsert());
		staged.progress().finish(loaded, rejected, staged.blank());
		log.info("{}: parse and copy {} ms, duplicate check {} ms, upsert {} ms", file.fileName(),
				(parsed - started) / 1_000_000, (checked - parsed) / 1_000_000, (System.nanoTime() - checked) / 1_000_000);
		return new FileStats(file.fileName(), file.sha256(), staged.read(), loaded, rejected, staged.blank(), staged.warnings());
	}

	/** What parsing a file into its staging table found. */
	private record Staged(long read, long blank, String warnings, Progress progress) {
	}

	/**
	 * Parses and checks every row, streaming the good ones into the staging table with COPY and
	 * the bad ones, with their keys as far as they could be read, into run_reject.
	 */
	private Staged stage(ScannedFile file, StagingSql sql, Map<String, LocalDate> knownUnits) throws SQLException, IOException {
		InputFile definition = file.definition();
		jdbc.execute(sql.createStage());
		long read = 0;
		long blank = 0;
		try (RejectSink rejects = new RejectSink(runId); CsvSource source = CsvSource.open(file)) {
			Progress progress = new Progress(file.fileName(), Files.size(file.path()), source::position);
			String warnings = unknownColumnsWarning(source.unknownColumns());
			if (warnings != null) {
				log.warn("{}: {}", file.fileName(), warnings);
			}
			RowParser parser = new RowParser(definition, source.sourceIndex(), source.headerSize(), asOf, knownUnits);
			int unitColumn = source.sourceIndex()[0];
			int idColumn = definition.key().size() == 1 ? -1
					: source.sourceIndex()[definition.columnNames().indexOf(sql.idColumn())];
			Object[] values = new Object[definition.columns().size()];
			try (CSVPrinter stage = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(
					new PGCopyOutputStream(connection, sql.copyIntoStage(), 1 << 16), StandardCharsets.UTF_8), 1 << 16),
					CSVFormat.POSTGRESQL_CSV)) {
				CSVRecord record;
				while ((record = source.next()) != null) {
					if (isBlank(record)) {
						blank++;
						continue;
					}
					read++;
					progress.step();
					Problem problem = parser.parse(record, values);
					if (problem != null) {
						rejects.reject(file.fileName(), source.line(), problem, keyCell(record, unitColumn),
								keyCell(record, idColumn));
						continue;
					}
					stage.print(source.line());
					for (Object value : values) {
						stage.print(copyText(value));
					}
					stage.println();
				}
			}
			catch (IOException e) {
				// writing into COPY failed: the database's problem, not the file's
				throw new UncheckedIOException(e);
			}
			rejects.copyTo(connection.getCopyAPI());
			return new Staged(read, blank, warnings, progress);
		}
	}

	/** A row whose every cell is empty, as spreadsheets leave behind: not a record (SPEC §2). */
	private static boolean isBlank(CSVRecord record) {
		for (String cell : record) {
			if (!cell.isBlank()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A key cell of a rejected row as the staged rows hold it (stripped, NFC), so that a later
	 * occurrence of the key is found to repeat it; null when absent, empty or too long to be a key.
	 */
	private static String keyCell(CSVRecord record, int column) {
		if (column < 0 || column >= record.size() || record.get(column).isBlank()
				|| record.get(column).length() > RowParser.MAX_CELL) {
			return null;
		}
		return RowParser.printable(Normalizer.normalize(record.get(column).strip(), Normalizer.Form.NFC));
	}

	private static String unknownColumnsWarning(List<String> unknown) {
		if (unknown.isEmpty()) {
			return null;
		}
		return "unknown columns ignored: " + String.join(", ", unknown.subList(0, Math.min(10, unknown.size())))
				+ (unknown.size() > 10 ? " and " + (unknown.size() - 10) + " more" : "");
	}

	/**
	 * Rejects units whose predecessors are unknown or lead back to themselves, until none is left:
	 * a unit whose predecessor was itself rejected is rejected in the next round.
	 */
	private void rejectBadPredecessors(ScannedFile file) {
		String unknown = SqlFile.read("load/unknown_predecessors.sql");
		String cycles = SqlFile.read("load/predecessor_cycles.sql");
		int removed;
		do {
			removed = jdbc.update(cycles, runId, file.fileName())
					+ jdbc.update(unknown, runId, file.fileName(), runId, file.fileName());
		}
		while (removed > 0);
	}

	/** The value as COPY's CSV format reads it; {@code null} is written unquoted and so read as NULL. */
	private static Object copyText(Object value) {
		if (value instanceof List<?> codes) {
			return "{" + String.join(",", codes.stream().map(Object::toString).toList()) + "}";
		}
		if (value instanceof java.math.BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return value;
	}
}

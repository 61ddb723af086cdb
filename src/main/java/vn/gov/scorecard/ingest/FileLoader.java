package vn.gov.scorecard.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.SQLException;
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
		InputFile definition = file.definition();
		StagingSql sql = new StagingSql(definition);
		long started = System.nanoTime();
		jdbc.execute(sql.createStage());
		long read = 0;
		String warnings;
		try (RejectSink rejects = new RejectSink(runId); CsvSource source = CsvSource.open(file)) {
			Progress progress = new Progress(file.fileName(), Files.size(file.path()), source::position);
			List<String> unknown = source.unknownColumns();
			warnings = unknown.isEmpty() ? null : "unknown columns ignored: " + String.join(", ", unknown.subList(0, Math.min(10, unknown.size())))
					+ (unknown.size() > 10 ? " and " + (unknown.size() - 10) + " more" : "");
			if (warnings != null) {
				log.warn("{}: {}", file.fileName(), warnings);
			}
			RowParser parser = new RowParser(definition, source.sourceIndex(), source.headerSize(), asOf, knownUnits);
			int unitColumn = source.sourceIndex()[0];
			Object[] values = new Object[definition.columns().size()];
			try (CSVPrinter stage = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(
					new PGCopyOutputStream(connection, sql.copyIntoStage(), 1 << 16), StandardCharsets.UTF_8), 1 << 16),
					CSVFormat.POSTGRESQL_CSV)) {
				CSVRecord record;
				while ((record = source.next()) != null) {
					read++;
					progress.step();
					Problem problem = parser.parse(record, values);
					if (problem != null) {
						String unit = unitColumn >= 0 && unitColumn < record.size() ? record.get(unitColumn).strip() : null;
						rejects.reject(file.fileName(), source.line(), problem, unit);
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
				throw new UncheckedIOException(e);
			}
			long parsed = System.nanoTime();
			rejectDuplicates(file, sql, rejects);
			if (definition == InputFile.UNITS) {
				rejectUnknownPredecessors(file, sql, rejects);
				rejectPredecessorCycles(file, sql, rejects);
			}
			long rejected = rejects.count();
			rejects.copyTo(connection.getCopyAPI());
			long checked = System.nanoTime();
			long loaded = jdbc.queryForObject(sql.countStaged(), Long.class);
			jdbc.update(sql.upsert());
			progress.finish(loaded, rejected);
			log.info("{}: parse and copy {} ms, duplicate check {} ms, upsert {} ms", file.fileName(),
					(parsed - started) / 1_000_000, (checked - parsed) / 1_000_000, (System.nanoTime() - checked) / 1_000_000);
			return new FileStats(file.fileName(), file.sha256(), read, loaded, rejected, warnings);
		}
	}

	private void rejectDuplicates(ScannedFile file, StagingSql sql, RejectSink rejects) {
		if (!jdbc.queryForObject(sql.hasDuplicates(), Boolean.class)) {
			return;
		}
		String idColumn = file.definition().key().get(file.definition().key().size() - 1);
		jdbc.query(sql.removeDuplicates(), row -> {
			rejects.reject(file.fileName(), row.getLong("line"),
					new Problem(idColumn, row.getString("id"),
							"trùng khóa với dòng " + row.getLong("first_line") + " trong cùng tệp"),
					row.getString("unit_code"));
		});
	}

	private void rejectUnknownPredecessors(ScannedFile file, StagingSql sql, RejectSink rejects) {
		List<Long> lines = jdbc.query(SqlFile.read("load/unknown_predecessors.sql"), (row, i) -> {
			String code = row.getString("unknown_code");
			rejects.reject(file.fileName(), row.getLong("line"), new Problem("predecessor_codes", code,
					"đơn vị tiền thân " + code + " không có trong tệp này và chưa có trong danh mục"), row.getString("unit_code"));
			return row.getLong("line");
		});
		for (Long line : lines) {
			jdbc.update("DELETE FROM " + sql.stageTable() + " WHERE line = ?", line);
		}
	}

	private void rejectPredecessorCycles(ScannedFile file, StagingSql sql, RejectSink rejects) {
		List<Long> lines = jdbc.query(SqlFile.read("load/predecessor_cycles.sql"), (row, i) -> {
			rejects.reject(file.fileName(), row.getLong("line"), new Problem("predecessor_codes", row.getString("codes"),
					"các đơn vị tiền thân tạo thành vòng lặp (một đơn vị là tiền thân của chính nó)"), row.getString("unit_code"));
			return row.getLong("line");
		});
		for (Long line : lines) {
			jdbc.update("DELETE FROM " + sql.stageTable() + " WHERE line = ?", line);
		}
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

package vn.gov.scorecard.ingest;

import org.springframework.stereotype.Component;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Loads the input directory of a run, all of it or none of it: it must be called inside one
 * transaction, which the caller rolls back when this throws.
 * <ol>
 * <li>every present file is scanned (UTF-8, SHA-256) and its header checked before any is loaded;</li>
 * <li>the files are loaded in contract order (units first), each row checked, bad rows recorded;</li>
 * <li>a file rejecting more rows than the cap fails the run.</li>
 * </ol>
 */
@Component
public class InputLoader {

	private final DataSource dataSource;
	private final JdbcTemplate jdbc;
	private final RejectCap cap;

	public InputLoader(DataSource dataSource, JdbcTemplate jdbc, RejectCap cap) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.cap = cap;
	}

	public List<FileStats> load(long runId, Path inputDirectory, LocalDate asOf) {
		List<ScannedFile> files = scan(inputDirectory);
		jdbc.update("DELETE FROM run_reject WHERE run_id = ?", runId);
		jdbc.update("DELETE FROM run_file WHERE run_id = ?", runId);
		try {
			Connection connection = DataSourceUtils.getConnection(dataSource);
			FileLoader loader = new FileLoader(jdbc, connection.unwrap(PGConnection.class), runId, asOf);
			List<FileStats> stats = new ArrayList<>();
			Map<String, LocalDate> knownUnits = null;
			for (ScannedFile file : files) {
				if (file.definition() != InputFile.UNITS && knownUnits == null) {
					knownUnits = knownUnits();
				}
				FileStats fileStats = loader.load(file, knownUnits);
				jdbc.update("INSERT INTO run_file (run_id, file_name, sha256, read, loaded, rejected, blank, warnings)"
						+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", runId, fileStats.name(), fileStats.sha256(), fileStats.read(),
						fileStats.loaded(), fileStats.rejected(), fileStats.blank(), fileStats.warnings());
				stats.add(fileStats);
				if (cap.exceededBy(fileStats.rejected(), fileStats.read())) {
					throw new RejectCapExceededException(file.fileName() + ": " + fileStats.rejected() + " of "
							+ fileStats.read() + " rows rejected, more than the cap of " + cap);
				}
			}
			return stats;
		}
		catch (SQLException e) {
			throw new IllegalStateException("loading failed: " + e.getMessage(), e);
		}
		catch (IOException e) {
			throw new InputProblemException("an input file cannot be read: " + e.getMessage());
		}
	}

	/**
	 * Scans every present file before any is loaded. A directory with none of the contract's files
	 * fails: a run on it would only repeat what the database holds, which is never what was meant.
	 */
	private static List<ScannedFile> scan(Path inputDirectory) {
		List<ScannedFile> files = new ArrayList<>();
		for (InputFile definition : InputFile.ALL) {
			Path path = inputDirectory.resolve(definition.fileName());
			if (Files.isRegularFile(path)) {
				ScannedFile file = ScannedFile.scan(definition, path);
				CsvSource.open(file).close();
				files.add(file);
			}
		}
		if (files.isEmpty()) {
			throw new InputProblemException("no input file in " + inputDirectory.toAbsolutePath() + ": looked for "
					+ InputFile.ALL.stream().map(InputFile::fileName).collect(Collectors.joining(", "))
					+ "; found " + listing(inputDirectory));
		}
		return files;
	}

	private static String listing(Path directory) {
		try (Stream<Path> entries = Files.list(directory)) {
			List<String> names = entries.map(p -> p.getFileName() + (Files.isDirectory(p) ? "/" : "")).sorted().toList();
			if (names.isEmpty()) {
				return "nothing";
			}
			return String.join(", ", names.subList(0, Math.min(10, names.size())))
					+ (names.size() > 10 ? " and " + (names.size() - 10) + " more" : "");
		}
		catch (IOException e) {
			return "nothing readable (" + e.getMessage() + ")";
		}
	}

	private Map<String, LocalDate> knownUnits() {
		Map<String, LocalDate> units = new HashMap<>();
		jdbc.query("SELECT unit_code, dissolved_on FROM unit", row -> {
			units.put(row.getString(1), row.getObject(2, LocalDate.class));
		});
		return units;
	}
}

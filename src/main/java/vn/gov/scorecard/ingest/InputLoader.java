package vn.gov.scorecard.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

import vn.gov.scorecard.output.OutputPermissions;
import vn.gov.scorecard.output.RunOutputs;

/**
 * Loads the input directory of a run, all of it or none of it: it must be called inside one
 * transaction, which the caller rolls back when this throws.
 * <ol>
 * <li>every present file is scanned (UTF-8, SHA-256) and its header checked before any is loaded;</li>
 * <li>the files are loaded in contract order (units first), each row checked, bad rows recorded;</li>
 * <li>a file rejecting more than the cap of its rows fails the run, after writing rejects.csv so the
 * clerk can see why.</li>
 * </ol>
 */
public class InputLoader {

	private final DataSource dataSource;
	private final JdbcTemplate jdbc;
	private final RunOutputs outputs;
	private final BigDecimal rejectCap;

	public InputLoader(DataSource dataSource, JdbcTemplate jdbc, RunOutputs outputs, BigDecimal rejectCap) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.outputs = outputs;
		this.rejectCap = rejectCap;
	}

	public List<FileStats> load(long runId, Path inputDirectory, LocalDate asOf, Path rejectsFile) {
		List<ScannedFile> files = new ArrayList<>();
		for (InputFile definition : InputFile.ALL) {
			Path path = inputDirectory.resolve(definition.fileName());
			if (Files.isRegularFile(path)) {
				ScannedFile file = ScannedFile.scan(definition, path);
				CsvSource.open(file).close();
				files.add(file);
			}
		}
		jdbc.update("DELETE FROM run_reject WHERE run_id = ?", runId);
		jdbc.update("DELETE FROM run_file WHERE run_id = ?", runId);
		try {
			Connection connection = DataSourceUtils.getConnection(dataSource);
			FileLoader loader = new FileLoader(jdbc, connection.unwrap(PGConnection.class), runId, asOf);
			List<FileStats> stats = new ArrayList<>();
			Map<String, LocalDate> knownUnits = null;
			for (ScannedFile file : files) {
				if (file.definition() != InputFile.UNITS && knownUnits == null) {
					knownUnits = new HashMap<>();
					Map<String, LocalDate> units = knownUnits;
					jdbc.query("SELECT unit_code, dissolved_on FROM unit",
							row -> {
								units.put(row.getString(1), row.getObject(2, LocalDate.class));
							});
				}
				FileStats fileStats = loader.load(file, knownUnits);
				jdbc.update("INSERT INTO run_file (run_id, file_name, sha256, read, loaded, rejected, warnings)"
						+ " VALUES (?, ?, ?, ?, ?, ?, ?)", runId, fileStats.name(), fileStats.sha256(), fileStats.read(),
						fileStats.loaded(), fileStats.rejected(), fileStats.warnings());
				stats.add(fileStats);
				if (BigDecimal.valueOf(fileStats.rejected()).compareTo(rejectCap.multiply(BigDecimal.valueOf(fileStats.read()))) > 0) {
					outputs.writeRejects(runId, rejectsFile);
					OutputPermissions.restrict(rejectsFile.getParent());
					throw new RejectCapExceededException(file.fileName() + ": " + fileStats.rejected() + " of "
							+ fileStats.read() + " rows rejected, more than the cap of " + rejectCap.movePointRight(2).stripTrailingZeros().toPlainString()
							+ "%; nothing was loaded; see " + rejectsFile);
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
}

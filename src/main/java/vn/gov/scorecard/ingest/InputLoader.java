package vn.gov.scorecard.ingest;

import org.springframework.stereotype.Component;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;


/**
 * Loads the input directory of a run, all of it or none of it: it must be called inside one
 * transaction, which the caller rolls back when this throws.
 * <ol>
 * <li>every file is found, scanned (encoding, SHA-256) and its header checked before any is loaded;</li>
 * <li>the kinds are loaded in contract order (units first), each row checked, bad rows recorded;
 * a kind whose files repeat its last load's, with nothing their reading depends on changed, is not
 * read again (see {@link PreviousLoads});</li>
 * <li>a file rejecting more rows than the cap fails the run.</li>
 * </ol>
 */
@Component
public class InputLoader {

	private static final Logger log = LoggerFactory.getLogger(InputLoader.class);

	private final DataSource dataSource;
	private final JdbcTemplate jdbc;
	private final RejectCap cap;

	public InputLoader(DataSource dataSource, JdbcTemplate jdbc, RejectCap cap) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.cap = cap;
	}

	/** What a load did: each file's figures in loading order, and what the input directory held besides, in warnings. */
	public record Loaded(List<FileStats> files, List<String> warnings) {
	}

	public Loaded load(long runId, Path inputDirectory, LocalDate asOf) {
		Delivery delivery = Delivery.find(inputDirectory);
		List<ScannedFile> scanned = delivery.scanAll();
		jdbc.update("DELETE FROM run_reject WHERE run_id = ?", runId);
		jdbc.update("DELETE FROM run_file WHERE run_id = ?", runId);
		delivery.warnings().forEach(warning -> log.warn("{}", warning));
		try {
			Connection connection = DataSourceUtils.getConnection(dataSource);
			KindLoader loader = new KindLoader(jdbc, connection.unwrap(PGConnection.class), runId, asOf);
			PreviousLoads previousLoads = new PreviousLoads(jdbc);
			List<FileStats> stats = new ArrayList<>();
			Map<String, LocalDate> knownUnits = null;
			String unitsFingerprint = null;
			for (InputKind kind : InputKind.ALL) {
				List<ScannedFile> files = scanned.stream().filter(file -> file.kind() == kind).toList();
				if (files.isEmpty()) {
					continue;
				}
				if (kind != InputKind.UNITS && knownUnits == null) {
					knownUnits = knownUnits();
					unitsFingerprint = PreviousLoads.fingerprint(knownUnits);
				}
				List<FileStats> kindStats;
				Optional<PreviousLoads.Reusable> previous = kind == InputKind.UNITS ? Optional.empty()
						: previousLoads.reusable(kind, files, unitsFingerprint, asOf, runId);
				if (previous.isPresent()) {
					kindStats = previousLoads.reuse(previous.get(), files, runId, asOf);
					log.info("{}: {} file(s) unchanged since run {} (same bytes, same units, every date on the same side of"
							+ " the as-of date): not read again; their figures and rejects are that run's", kind.name(),
							files.size(), previous.get().runId());
				}
				else {
					KindLoader.Read read = loader.load(kind, files, knownUnits);
					kindStats = read.files();
					if (kind != InputKind.UNITS) {
						previousLoads.remember(kind, files, unitsFingerprint, asOf, read.asOfBounds(), runId);
					}
				}
				for (FileStats fileStats : kindStats) {
					jdbc.update("INSERT INTO run_file (run_id, file_name, position, sha256, read, loaded, rejected, blank, warnings,"
							+ " read_in_run) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", runId, fileStats.name(), stats.size(),
							fileStats.sha256(), fileStats.read(), fileStats.loaded(), fileStats.rejected(), fileStats.blank(),
							fileStats.warnings(), fileStats.readInRun());
					stats.add(fileStats);
				}
				for (FileStats fileStats : kindStats) {
					if (cap.exceededBy(fileStats.rejected(), fileStats.read())) {
						throw new RejectCapExceededException(fileStats.name() + ": " + fileStats.rejected() + " of "
								+ fileStats.read() + " rows rejected, more than the cap of " + cap);
					}
				}
			}
			return new Loaded(stats, delivery.warnings());
		}
		catch (SQLException e) {
			throw new IllegalStateException("loading failed: " + e.getMessage(), e);
		}
		catch (IOException e) {
			throw new InputProblemException("an input file cannot be read: " + e.getMessage());
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

package vn.gov.scorecard.ingest.load;

import org.springframework.stereotype.Component;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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

import vn.gov.scorecard.database.SqlFile;
import vn.gov.scorecard.ingest.InputKind;
import vn.gov.scorecard.ingest.InputProblemException;
import vn.gov.scorecard.ingest.RejectCap;
import vn.gov.scorecard.ingest.files.Delivery;
import vn.gov.scorecard.ingest.files.ScannedFile;
import vn.gov.scorecard.ingest.files.UnitFile;
import vn.gov.scorecard.ingest.rows.UnitSuccession;
import vn.gov.scorecard.period.Period;

/**
 * Loads the input directory of a run, all of it or none of it: it must be called inside
 * one transaction, which the caller rolls back when this throws.
 * <ol>
 * <li>every file is found, scanned (encoding, SHA-256) and its header checked before any
 * is loaded;</li>
 * <li>the kinds are loaded in contract order (units first), each row checked, bad rows
 * recorded; a kind whose files repeat its last load's, with nothing their reading depends
 * on changed, is not read again (see {@link PreviousLoads});</li>
 * <li>a file rejecting more rows than the cap fails the run.</li>
 * </ol>
 */
@Component
public class InputLoader {

	private static final Logger log = LoggerFactory.getLogger(InputLoader.class);

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final RejectCap cap;

	private final RecordGenerations generations;

	private static final String HANDED_OVER = SqlFile.read("load/handed_over.sql");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	public InputLoader(DataSource dataSource, JdbcTemplate jdbc, RejectCap cap, RecordGenerations generations) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.cap = cap;
		this.generations = generations;
	}

	/**
	 * What a load did: each file's figures in loading order, and what the input directory
	 * held besides, in warnings.
	 */
	public record Loaded(List<FileStats> files, List<String> warnings) {
	}

	/**
	 * @param today the day the run executes (Asia/Ho_Chi_Minh): an event dated after it
	 * is rejected as a mistake
	 * @param acceptUnitChanges load a units delivery that looks like another province's
	 * (it fails the run otherwise)
	 */
	public Loaded load(long runId, Path inputDirectory, LocalDate today, boolean acceptUnitChanges) {
		Delivery.Scanned delivery = Delivery.find(inputDirectory).scanAll();
		List<ScannedFile> scanned = delivery.files();
		jdbc.update("DELETE FROM run_reject WHERE run_id = ?", runId);
		jdbc.update("DELETE FROM run_file WHERE run_id = ?", runId);
		delivery.warnings().forEach(warning -> log.warn("{}", warning));
		try {
			Connection connection = DataSourceUtils.getConnection(dataSource);
			KindLoader loader = new KindLoader(jdbc, connection.unwrap(PGConnection.class), runId, today,
					acceptUnitChanges);
			PreviousLoads previousLoads = new PreviousLoads(jdbc);
			List<FileStats> stats = new ArrayList<>();
			List<String> unitWarnings = new ArrayList<>();
			List<String> deliveryWarnings = new ArrayList<>();
			UnitSuccession units = null;
			String unitsFingerprint = null;
			boolean readRecords = false;
			for (InputKind kind : InputKind.ALL) {
				List<ScannedFile> files = scanned.stream().filter(file -> file.kind() == kind).toList();
				if (files.isEmpty()) {
					continue;
				}
				if (kind != InputKind.UNITS && units == null) {
					units = succession();
					unitsFingerprint = units.fingerprint();
				}
				List<FileStats> kindStats;
				Optional<PreviousLoads.Reusable> previous = kind == InputKind.UNITS ? Optional.empty()
						: previousLoads.reusable(kind, files, unitsFingerprint, today, runId);
				if (previous.isPresent()) {
					kindStats = previousLoads.reuse(previous.get(), files, runId);
					log.info("{}: {} file(s) unchanged since run {} (same bytes, same units, no date that has since"
							+ " stopped lying in the future): not read again; their figures and rejects are that run's",
							kind.name(), files.size(), previous.get().runId());
				}
				else {
					KindLoader.Read read = loader.load(kind, files, units);
					kindStats = read.files();
					readRecords |= kind != InputKind.UNITS;
					deliveryWarnings.addAll(read.warnings());
					if (kind != InputKind.UNITS) {
						previousLoads.remember(kind, files, unitsFingerprint, today, read.futureBounds(), runId);
					}
				}
				for (FileStats fileStats : kindStats) {
					jdbc.update(
							"INSERT INTO run_file (run_id, file_name, position, sha256, read, loaded, rejected, blank, withdrawn,"
									+ " warnings, read_in_run) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
							runId, fileStats.name(), stats.size(), fileStats.sha256(), fileStats.read(),
							fileStats.loaded(), fileStats.rejected(), fileStats.blank(), fileStats.withdrawn(),
							fileStats.warnings(), fileStats.readInRun());
					stats.add(fileStats);
				}
				if (kind != InputKind.UNITS) {
					unitFiles(kind, kindStats, units, runId, unitWarnings);
				}
				for (FileStats fileStats : kindStats) {
					if (cap.exceededBy(fileStats.rejected(), fileStats.read())) {
						throw new RejectCapExceededException(
								fileStats.name() + ": " + fileStats.rejected() + " of " + fileStats.read()
										+ " rows rejected, more than the cap of " + cap,
								stats.stream().mapToLong(FileStats::rejected).sum());
					}
				}
			}
			List<String> warnings = new ArrayList<>(delivery.warnings());
			warnings.addAll(deliveryWarnings);
			warnings.addAll(unitWarnings);
			warnings.addAll(handedOver(readRecords, unitsFingerprint));
			generations.loaded(runId, readRecords,
					unitsFingerprint != null ? unitsFingerprint : succession().fingerprint());
			return new Loaded(stats, warnings);
		}
		catch (SQLException e) {
			throw new IllegalStateException("loading failed: " + e.getMessage(), e);
		}
		catch (IOException e) {
			throw new InputProblemException("an input file cannot be read: " + e.getMessage());
		}
	}

	/**
	 * A unit's own files (SPEC §2 v3): a header-only one whose name carries a period is a
	 * nil return, kept per unit, kind and month; one whose rows were all rejected
	 * delivers nothing, and is named in a warning.
	 */
	private void unitFiles(InputKind kind, List<FileStats> files, UnitSuccession units, long runId,
			List<String> warnings) {
		for (FileStats file : files) {
			Optional<UnitFile> unitFile = UnitFile.of(file.name(), units.codes());
			if (unitFile.isEmpty()) {
				continue;
			}
			Period period = unitFile.get().period();
			if (file.read() == 0 && period != null) {
				jdbc.update(
						"""
								INSERT INTO nil_return (unit_code, kind, month, file_name, run_id)
								SELECT ?, ?, m::date, ?, ? FROM generate_series(?::date, ?::date, interval '1 month') AS m
								ON CONFLICT (unit_code, kind, month) DO UPDATE SET file_name = EXCLUDED.file_name, run_id = EXCLUDED.run_id""",
						unitFile.get().unitCode(), kind.name(), file.name(), runId, period.firstDay(),
						period.lastDay());
			}
			else if (file.read() > 0 && file.loaded() == 0) {
				warnings.add(file.name() + ": mọi dòng trong tệp của đơn vị " + unitFile.get().unitCode()
						+ " đều bị loại, nên tệp không nộp được gì (không phải là báo cáo không có số liệu)");
			}
		}
	}

	private UnitSuccession succession() {
		Map<String, UnitSuccession.Unit> units = new HashMap<>();
		jdbc.query("SELECT unit_code, established_on, dissolved_on, predecessor_codes FROM unit", row -> {
			Array predecessors = row.getArray(4);
			units.put(row.getString(1),
					new UnitSuccession.Unit(row.getObject(2, LocalDate.class), row.getObject(3, LocalDate.class),
							predecessors == null ? List.of() : List.of((String[]) predecessors.getArray())));
		});
		return new UnitSuccession(units);
	}

	/**
	 * One warning per dissolved unit whose code is still used on records that now belong
	 * to its successor (SPEC §2 v3): they are counted for the successor, and the clerk
	 * should use its code. A load that read no record file, against the same unit list as
	 * the last one that did, finds what that one found, without scanning every record
	 * table again.
	 */
	private List<String> handedOver(boolean readRecords, String unitsFingerprint) {
		if (!readRecords && unitsFingerprint != null) {
			List<String> kept = jdbc
				.query("SELECT warnings FROM handed_over_state WHERE units = ?",
						(row, i) -> List.of((String[]) row.getArray(1).getArray()), unitsFingerprint)
				.stream()
				.findFirst()
				.orElse(null);
			if (kept != null) {
				return kept;
			}
		}
		List<String> warnings = jdbc.query(HANDED_OVER,
				(row, i) -> row.getString(1) + ": " + row.getLong(4) + " bản ghi ghi mã của đơn vị đã giải thể ngày "
						+ DAY.format(row.getObject(2, LocalDate.class))
						+ " (có ngày từ ngày giải thể) được tính cho đơn vị kế thừa " + row.getString(3)
						+ "; từ nay hãy ghi mã " + row.getString(3));
		if (unitsFingerprint != null) {
			jdbc.update("""
					INSERT INTO handed_over_state (units, warnings) VALUES (?, ?::text[])
					ON CONFLICT (single) DO UPDATE SET units = EXCLUDED.units, warnings = EXCLUDED.warnings""",
					unitsFingerprint, warnings.toArray(String[]::new));
		}
		return warnings;
	}

}

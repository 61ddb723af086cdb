package vn.gov.scorecard.check;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.gov.scorecard.ingest.InputKind;
import vn.gov.scorecard.ingest.InputProblemException;
import vn.gov.scorecard.ingest.Problem;
import vn.gov.scorecard.ingest.RejectCap;
import vn.gov.scorecard.ingest.files.Delivery;
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
 * The checks of a run's load (SPEC §2) on an input directory, with no database to load
 * into ({@code --check}, SPEC §7): every file's encoding, header and rows, the keys
 * repeated across a kind's files, the units' predecessors, and the reject cap. A run
 * finds repeated keys and bad predecessors in SQL over its staging tables; this finds
 * them in memory by the same rules and with the same reasons, and a test holds the two to
 * the same rejects.csv. Unlike a run, it goes on after a broken file, so that one check
 * names every problem.
 */
public final class InputCheck {

	/**
	 * What a run would make of one file.
	 *
	 * @param problem why the file is unusable and would fail the run (null when it is
	 * not)
	 * @param overCap it rejects more rows than the cap allows, which would fail the run
	 */
	public record FileVerdict(String name, long read, long accepted, long rejected, long blank, String problem,
			boolean overCap) {
	}

	/** One row of rejects.csv (SPEC §6). */
	public record Reject(String file, long line, String unitCode, String recordId, String column, String value,
			String reason) {
	}

	/**
	 * @param unitCodesChecked false when neither the directory nor a database told which
	 * units exist: then records' unit codes could not be checked
	 */
	public record Result(List<FileVerdict> files, List<String> warnings, List<Reject> rejects, boolean unitCodesChecked,
			List<Coverage> coverage) {

		/**
		 * Whether a run would accept every file (rows may still be rejected, within the
		 * cap).
		 */
		public boolean accepted() {
			return files.stream().allMatch(file -> file.problem() == null && !file.overCap());
		}
	}

	/**
	 * What a kind's files would deliver, for the withdrawals a run would make (SPEC §2
	 * v3): each path's SHA-256 and the months it covers (its accepted rows' first event
	 * dates, its name's period), and every key its files hold, accepted or rejected, as
	 * {@code unit_code NUL id}.
	 */
	public record Coverage(InputKind kind, Map<String, String> sha256ByPath, Map<String, Set<LocalDate>> monthsByPath,
			Set<String> keys) {
	}

	/**
	 * Where a key was first seen: the file's number in its kind (1-based) and the line.
	 */
	private record Position(int file, long line) {
	}

	/** A unit accepted from the directory's units files, as the run would stage it. */
	private record StagedUnit(Position position, List<String> predecessors, LocalDate establishedOn,
			LocalDate dissolvedOn) {
	}

	private final LocalDate today;

	private final RejectCap cap;

	private final Map<String, UnitSuccession.Unit> databaseUnits;

	private final List<Reject> rejects = new ArrayList<>();

	private final List<FileVerdict> verdicts = new ArrayList<>();

	private final List<Coverage> coverage = new ArrayList<>();

	/** The files and sheets read, in loading order, which orders the rejects. */
	private final Map<String, Integer> order = new HashMap<>();

	private final List<String> warnings = new ArrayList<>();

	private InputCheck(LocalDate today, RejectCap cap, Map<String, UnitSuccession.Unit> databaseUnits) {
		this.today = today;
		this.cap = cap;
		this.databaseUnits = databaseUnits;
	}

	/**
	 * @param today the day of the check: an event after it is rejected, as a run that day
	 * would
	 * @param databaseUnits the units a configured database holds, or null when there is
	 * none
	 */
	public static Result check(Path directory, LocalDate today, RejectCap cap,
			Map<String, UnitSuccession.Unit> databaseUnits) {
		return new InputCheck(today, cap, databaseUnits).check(Delivery.find(directory));
	}

	private Result check(Delivery delivery) {
		warnings.addAll(delivery.warnings());
		Map<String, StagedUnit> units = new LinkedHashMap<>();
		UnitSuccession knownUnits = null;
		for (InputKind kind : InputKind.ALL) {
			List<Delivery.Found> files = delivery.files().stream().filter(file -> file.kind() == kind).toList();
			if (files.isEmpty()) {
				continue;
			}
			if (kind != InputKind.UNITS && knownUnits == null) {
				knownUnits = knownUnits(units);
			}
			checkKind(kind, files, knownUnits, units);
		}
		List<Reject> sorted = new ArrayList<>(rejects);
		sorted.sort(Comparator.comparingInt((Reject r) -> order.get(r.file())).thenComparingLong(Reject::line));
		return new Result(List.copyOf(verdicts), List.copyOf(warnings), List.copyOf(sorted),
				databaseUnits != null || !units.isEmpty(), List.copyOf(coverage));
	}

	/**
	 * The units records may name: the database's, replaced by the directory's as a run's
	 * upsert would. Null when none is known.
	 */
	private UnitSuccession knownUnits(Map<String, StagedUnit> staged) {
		if (databaseUnits == null && staged.isEmpty()) {
			return null;
		}
		Map<String, UnitSuccession.Unit> known = new HashMap<>();
		if (databaseUnits != null) {
			known.putAll(databaseUnits);
		}
		staged.forEach((code, unit) -> known.put(code,
				new UnitSuccession.Unit(unit.establishedOn(), unit.dissolvedOn(), unit.predecessors())));
		return new UnitSuccession(known);
	}

	private void checkKind(InputKind kind, List<Delivery.Found> files, UnitSuccession knownUnits,
			Map<String, StagedUnit> units) {
		Map<String, List<ScannedFile>> parts = new LinkedHashMap<>();
		Map<String, String> problems = new HashMap<>();
		for (Delivery.Found found : files) {
			try {
				parts.put(found.name(), found.scan(warnings));
			}
			catch (InputProblemException e) {
				problems.put(found.name(), e.getMessage());
			}
		}
		List<String> names = parts.values().stream().flatMap(List::stream).map(ScannedFile::name).toList();
		names.forEach(name -> order.putIfAbsent(name, order.size()));
		Map<String, Position> firstSeen = new HashMap<>();
		Map<String, long[]> counts = new LinkedHashMap<>(); // read, blank
		Coverage kindCoverage = new Coverage(kind, new LinkedHashMap<>(), new HashMap<>(), firstSeen.keySet());
		for (List<ScannedFile> fileParts : parts.values()) {
			for (ScannedFile part : fileParts) {
				kindCoverage.sha256ByPath().put(part.file(), part.sha256());
				Set<LocalDate> months = kindCoverage.monthsByPath()
					.computeIfAbsent(part.file(), path -> new HashSet<>());
				Optional.ofNullable(knownUnits)
					.flatMap(known -> UnitFile.of(part.file(), known.codes()))
					.map(UnitFile::period)
					.ifPresent(period -> months.addAll(period.months()));
				try {
					counts.put(part.name(), checkFile(part, names.indexOf(part.name()) + 1, names, knownUnits,
							firstSeen, units, months));
				}
				catch (InputProblemException e) {
					problems.put(part.name(), e.getMessage());
				}
			}
		}
		if (kind == InputKind.UNITS) {
			rejectBadPredecessors(units, new HashSet<>(names), names);
		}
		else {
			coverage.add(kindCoverage);
		}
		Map<String, Long> rejectedByFile = rejects.stream()
			.collect(Collectors.groupingBy(Reject::file, Collectors.counting()));
		for (Delivery.Found found : files) {
			List<String> verdictNames = parts.containsKey(found.name())
					? parts.get(found.name()).stream().map(ScannedFile::name).toList() : List.of(found.name());
			for (String name : verdictNames) {
				if (problems.containsKey(name)) {
					verdicts.add(new FileVerdict(name, 0, 0, 0, 0, problems.get(name), false));
					continue;
				}
				long[] fileCounts = counts.get(name);
				long rejected = rejectedByFile.getOrDefault(name, 0L);
				verdicts.add(new FileVerdict(name, fileCounts[0], fileCounts[0] - rejected, rejected, fileCounts[1],
						null, cap.exceededBy(rejected, fileCounts[0])));
			}
		}
	}

	/**
	 * Reads one file's rows, rejecting as a run would; a key seen before, in this file or
	 * an earlier one of the kind, is a duplicate.
	 */
	private long[] checkFile(ScannedFile file, int fileNumber, List<String> names, UnitSuccession knownUnits,
			Map<String, Position> firstSeen, Map<String, StagedUnit> units, Set<LocalDate> months) {
		int eventIndex = file.kind().firstEventColumn().map(file.kind().columnNames()::indexOf).orElse(-1);
		InputKind kind = file.kind();
		boolean unitsFile = kind == InputKind.UNITS;
		int idIndex = kind.columnNames().indexOf(KeyCells.idColumn(kind));
		int predecessorsIndex = kind.columnNames().indexOf("predecessor_codes");
		int establishedIndex = kind.columnNames().indexOf("established_on");
		int dissolvedIndex = kind.columnNames().indexOf("dissolved_on");
		try (RecordSource source = RecordSource.open(file)) {
			Header header = source.header();
			CheckedRows.Counts counts = CheckedRows.read(source,
					new RowParser(kind, header, today, unitsFile ? null : knownUnits), KeyCells.of(kind, header),
					new Progress(file.name(), source.size(), source::position), new CheckedRows.Handler() {
						@Override
						public void accepted(Object[] values, long line) {
							String unitCode = (String) values[0];
							String id = values[idIndex].toString();
							String key = unitsFile ? unitCode : unitCode + '\u0000' + id;
							Position first = firstSeen.putIfAbsent(key, new Position(fileNumber, line));
							if (first != null) {
								rejects.add(new Reject(file.name(), line, unitCode, unitsFile ? null : id,
										KeyCells.idColumn(kind), id,
										"trùng khóa với dòng " + first.line() + (first.file() == fileNumber
												? " trong cùng tệp" : " của tệp " + names.get(first.file() - 1))));
								return;
							}
							if (eventIndex >= 0) {
								months.add(((LocalDate) values[eventIndex]).withDayOfMonth(1));
							}
							if (unitsFile) {
								@SuppressWarnings("unchecked")
								List<String> predecessors = values[predecessorsIndex] == null ? List.of()
										: List.copyOf((List<String>) values[predecessorsIndex]);
								units.put(unitCode, new StagedUnit(new Position(fileNumber, line), predecessors,
										(LocalDate) values[establishedIndex], (LocalDate) values[dissolvedIndex]));
							}
						}

						@Override
						public void rejected(Problem problem, long line, String unitCode, String recordId) {
							rejects.add(new Reject(file.name(), line, unitCode, recordId, problem.column(),
									problem.value(), problem.reason()));
							if (unitCode != null && (unitsFile || recordId != null)) {
								firstSeen.putIfAbsent(unitsFile ? unitCode : unitCode + '\u0000' + recordId,
										new Position(fileNumber, line));
							}
						}
					});
			return new long[] { counts.read(), counts.blank() };
		}
		catch (IOException e) {
			throw new InputProblemException(file.name() + ": cannot be read: " + e.getMessage());
		}
	}

	/**
	 * As sql/load/predecessor_cycles.sql and unknown_predecessors.sql, round after round
	 * until nothing more is removed: units whose predecessors lead back to themselves,
	 * then units naming a predecessor neither staged nor known.
	 */
	private void rejectBadPredecessors(Map<String, StagedUnit> units, Set<String> unitsFiles, List<String> names) {
		int removed;
		do {
			List<String> cyclic = units.keySet().stream().filter(code -> leadsBackToItself(code, units)).toList();
			for (String code : cyclic) {
				StagedUnit unit = units.remove(code);
				rejects.add(new Reject(names.get(unit.position().file() - 1), unit.position().line(), code, null,
						"predecessor_codes", String.join(";", unit.predecessors()),
						"các đơn vị tiền thân tạo thành vòng lặp (một đơn vị là tiền thân của chính nó)"));
			}
			removed = cyclic.size();
			List<Reject> before = List.copyOf(rejects);
			Map<String, String> unknown = new LinkedHashMap<>();
			units.forEach((code, unit) -> unit.predecessors()
				.stream()
				.filter(p -> !units.containsKey(p) && (databaseUnits == null || !databaseUnits.containsKey(p)))
				.min(Comparator.naturalOrder())
				.ifPresent(p -> unknown.put(code, p)));
			for (Map.Entry<String, String> bad : unknown.entrySet()) {
				StagedUnit unit = units.remove(bad.getKey());
				String file = names.get(unit.position().file() - 1);
				String code = bad.getValue();
				String reason = before.stream()
					.filter(r -> unitsFiles.contains(r.file()) && code.equals(r.unitCode()))
					.min(Comparator.comparingInt((Reject r) -> names.indexOf(r.file())).thenComparingLong(Reject::line))
					.map(first -> "đơn vị tiền thân " + code + " ở dòng " + first.line()
							+ (first.file().equals(file) ? "" : " của tệp " + first.file())
							+ " bị loại nên không nhận được")
					.orElse("đơn vị tiền thân " + code + " không có trong tệp đơn vị và chưa có trong danh mục");
				rejects.add(new Reject(file, unit.position().line(), bad.getKey(), null, "predecessor_codes", code,
						reason));
				removed++;
			}
		}
		while (removed > 0);
	}

	/**
	 * Whether a walk along predecessors (the staged units', else the database's) comes
	 * back to {@code start}.
	 */
	private boolean leadsBackToItself(String start, Map<String, StagedUnit> units) {
		Set<String> seen = new HashSet<>();
		List<String> next = new ArrayList<>(predecessors(start, units));
		while (!next.isEmpty()) {
			String code = next.remove(next.size() - 1);
			if (code.equals(start)) {
				return true;
			}
			if (seen.add(code)) {
				next.addAll(predecessors(code, units));
			}
		}
		return false;
	}

	private List<String> predecessors(String code, Map<String, StagedUnit> units) {
		if (units.containsKey(code)) {
			return units.get(code).predecessors();
		}
		UnitSuccession.Unit known = databaseUnits == null ? null : databaseUnits.get(code);
		return known == null ? List.of() : known.predecessors();
	}

}

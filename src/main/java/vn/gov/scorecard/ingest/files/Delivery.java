package vn.gov.scorecard.ingest.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.gov.scorecard.ingest.InputKind;
import vn.gov.scorecard.ingest.InputProblemException;

/**
 * What an input directory delivers (SPEC §2): for each kind, {@code <kind>.csv} or
 * {@code <kind>.xlsx} and any number of .csv and .xlsx files in the folder
 * {@code <kind>/}, one per unit or source system. Names match case-insensitively, as on
 * the Windows desks the files come from. Files are in loading order: by kind (units
 * first), then by their path's name. Everything else is named once in a warning and not
 * read.
 *
 * @param files every file to read, in loading order
 * @param warnings what was ignored, and why, in Vietnamese for the ranking report
 */
public record Delivery(List<Found> files, List<String> warnings) {

	/**
	 * A file found for a kind, before its bytes are read.
	 *
	 * @param name its path relative to the input directory, with {@code /}
	 */
	public record Found(InputKind kind, String name, Path path, boolean excel) {

		/**
		 * Scans the file (encoding, SHA-256) and reads its header, or each data sheet's:
		 * an unusable file fails here, naming why. A workbook's other sheets go into
		 * {@code warnings}.
		 */
		public List<ScannedFile> scan(List<String> warnings) {
			ScannedFile scanned = ScannedFile.scan(kind, name, path, excel);
			if (!excel) {
				RecordSource.open(scanned).close();
				return List.of(scanned);
			}
			List<String> sheets = XlsxSource.dataSheets(scanned, warnings);
			return sheets.stream().map(sheet -> scanned.onSheet(sheet, sheets.size() > 1)).toList();
		}
	}

	/**
	 * Finds the files. A directory with no file of any kind fails: a run on it would only
	 * repeat what the database holds, which is never what was meant.
	 */
	public static Delivery find(Path directory) {
		List<Found> found = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		for (Path entry : entries(directory)) {
			String name = entry.getFileName().toString();
			Optional<InputKind> folderKind = kindNamed(name);
			if (Files.isDirectory(entry) && folderKind.isPresent()) {
				for (Path inner : entries(entry)) {
					String innerName = name + "/" + inner.getFileName();
					Optional<Boolean> excel = Files.isRegularFile(inner) ? format(inner.getFileName().toString())
							: Optional.empty();
					if (excel.isPresent() && !isLockFile(inner.getFileName().toString())) {
						found.add(new Found(folderKind.get(), innerName, inner, excel.get()));
					}
					else {
						warnings.add(ignored(innerName, inner));
					}
				}
				continue;
			}
			Optional<InputKind> fileKind = Files.isRegularFile(entry) ? kindNamed(stem(name)) : Optional.empty();
			Optional<Boolean> excel = format(name);
			if (fileKind.isPresent() && excel.isPresent()) {
				found.add(new Found(fileKind.get(), name, entry, excel.get()));
			}
			else {
				warnings.add(ignored(name, entry));
			}
		}
		if (found.isEmpty()) {
			throw new InputProblemException("no input file in " + directory.toAbsolutePath() + ": looked for "
					+ InputKind.ALL.stream().map(InputKind::fileName).collect(Collectors.joining(", "))
					+ " (or .xlsx, or files in folders named units/, meetings/, …); found " + listing(directory));
		}
		found.sort(Comparator.comparing((Found f) -> InputKind.ALL.indexOf(f.kind())).thenComparing(Found::name));
		return new Delivery(List.copyOf(found), List.copyOf(warnings));
	}

	/**
	 * The kind a delivered file belongs to, from its name: {@code meetings/SO01.csv} and
	 * {@code Meetings.xlsx} are meetings.
	 */
	public static String kindOf(String fileName) {
		return fileName.split("[./]", 2)[0].toLowerCase(Locale.ROOT);
	}

	/** Every file scanned, a workbook once per data sheet, and what the scan warns of. */
	public record Scanned(List<ScannedFile> files, List<String> warnings) {
	}

	/**
	 * Scans every file before any is loaded, so that a broken file fails the run before
	 * the first is touched.
	 */
	public Scanned scanAll() {
		List<String> sheetWarnings = new ArrayList<>(warnings);
		List<ScannedFile> scanned = files.stream().flatMap(found -> found.scan(sheetWarnings).stream()).toList();
		return new Scanned(scanned, List.copyOf(sheetWarnings));
	}

	private static Optional<InputKind> kindNamed(String name) {
		return InputKind.ALL.stream().filter(kind -> kind.name().equalsIgnoreCase(name)).findFirst();
	}

	/**
	 * Whether a name is of an .xlsx file (true), of a .csv file (false), or neither
	 * (empty).
	 */
	private static Optional<Boolean> format(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".xlsx") ? Optional.of(true)
				: lower.endsWith(".csv") ? Optional.of(false) : Optional.empty();
	}

	private static String stem(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? name : name.substring(0, dot);
	}

	/**
	 * Excel's {@code ~$name.xlsx} and LibreOffice's {@code .~lock.name.xlsx#}: the file
	 * is open on someone's desk.
	 */
	private static boolean isLockFile(String name) {
		return name.startsWith("~$") || name.startsWith(".~lock.");
	}

	private static String ignored(String name, Path path) {
		String file = path.getFileName().toString();
		String lower = file.toLowerCase(Locale.ROOT);
		String why;
		if (isLockFile(file)) {
			why = "tệp khóa do Excel hoặc LibreOffice tạo khi một tệp đang mở; đóng tệp đó trước khi chạy";
		}
		else if (lower.endsWith(".xls") || lower.endsWith(".ods") || lower.endsWith(".xlsm")) {
			why = "chỉ đọc tệp .csv (UTF-8) và .xlsx; hãy lưu tệp này thành .xlsx";
		}
		else if (Files.isDirectory(path)) {
			why = "thư mục không thuộc bộ dữ liệu (chỉ đọc các thư mục units/, meetings/, documents/, work_items/, tasks/, reports/ và không đọc thư mục con)";
		}
		else {
			why = "không phải tệp của bộ dữ liệu (units, meetings, documents, work_items, tasks, reports; .csv hoặc .xlsx)";
		}
		return name + (Files.isDirectory(path) ? "/" : "") + ": đã bỏ qua — " + why;
	}

	private static List<Path> entries(Path directory) {
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
		}
		catch (IOException e) {
			throw new InputProblemException("cannot list the input directory " + directory + ": " + e.getMessage());
		}
	}

	private static String listing(Path directory) {
		List<String> names = entries(directory).stream()
			.map(p -> p.getFileName() + (Files.isDirectory(p) ? "/" : ""))
			.toList();
		if (names.isEmpty()) {
			return "nothing";
		}
		return String.join(", ", names.subList(0, Math.min(10, names.size())))
				+ (names.size() > 10 ? " and " + (names.size() - 10) + " more" : "");
	}
}

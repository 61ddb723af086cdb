package vn.gov.scorecard.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.ingest.load.FileStats;
import vn.gov.scorecard.support.Pipeline;

/**
 * A generated corpus of bad input, run through the job's loader on a real database. Every
 * cell of every file gets the bad values its type invites, each on its own line of one
 * file, and every case asserts its exact outcome: the line, the column and the reason of
 * its reject, with the good row of the file loaded and read = loaded + rejected.
 * Whole-file problems (encodings, structure) each assert the run's one-line message and
 * an unchanged database.
 */
class BadInputCorpusTest {

	private static final LocalDate AS_OF = LocalDate.of(2026, 10, 5);

	/**
	 * One bad cell: the expected reject names this column and its reason starts with
	 * {@code reason}.
	 */
	record Case(String column, String value, String reason) {
	}

	private static final Map<InputKind, Map<String, String>> GOOD_ROWS = Map.of(InputKind.MEETINGS, row("unit_code", "",
			"meeting_id", "", "held_on", "2026-09-10", "title", "Họp giao ban", "category", "CHUYEN_MON", "format",
			"TRUC_TUYEN", "duration_days", "1", "opening_speech_min", "5", "closing_remarks_min", "20",
			"max_presentation_min", "5", "summons_commune_officials", "không", "state_secret", "0", "scale", ""),
			InputKind.DOCUMENTS,
			row("unit_code", "", "doc_id", "", "issued_on", "2026-09-10", "doc_number", "12/SNV-VP", "doc_type",
					"CONG_VAN", "signed_digitally", "yes"),
			InputKind.WORK_ITEMS,
			row("unit_code", "", "item_id", "", "kind", "CONG_VIEC", "received_on", "2026-09-01", "due_on",
					"2026-09-20", "completed_on", "2026-09-15", "processed_digitally", "true", "state_secret", "false"),
			InputKind.TASKS,
			row("unit_code", "", "task_id", "", "source_doc", "7176/UBND-NC", "assigned_on", "2026-09-01", "due_on",
					"2026-09-20", "completed_on", "2026-09-15"),
			InputKind.REPORTS, row("unit_code", "", "report_period", "2026-Q3", "submitted_on", "2026-09-10"));

	private static Map<String, String> row(String... pairs) {
		Map<String, String> row = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			row.put(pairs[i], pairs[i + 1]);
		}
		return row;
	}

	/**
	 * The bad values a column's type invites, with the reason each must be rejected for.
	 */
	static List<Case> casesFor(Column column) {
		String n = column.name();
		List<Case> cases = new ArrayList<>();
		if (column.required()) {
			cases.add(new Case(n, "", "thiếu giá trị bắt buộc"));
			cases.add(new Case(n, "   ", "thiếu giá trị bắt buộc"));
		}
		switch (column.type()) {
			case DATE, EVENT_DATE -> {
				for (String v : List.of("31/12/2025", "20260905", "2026-9-5", "１９９９-01-01", "2026-09-05T08:00",
						"05.09.2026")) {
					cases.add(new Case(n, v, "ngày không đúng định dạng yyyy-MM-dd"));
				}
				// written right, but no such day: the reason says so
				for (String v : List.of("2026-13-01", "2026-02-30", "2025-02-29")) {
					cases.add(new Case(n, v, "ngày không có thật"));
				}
				cases.add(new Case(n, "1999-12-31", "ngày ngoài khoảng 2000-01-01 đến 2100-12-31"));
				cases.add(new Case(n, "2101-01-01", "ngày ngoài khoảng 2000-01-01 đến 2100-12-31"));
				if (column.type() == Column.Type.EVENT_DATE) {
					// after the day the test runs (a date after the as-of date only is
					// not counted: SPEC §2 v3)
					cases.add(new Case(n, "2099-10-06", "ngày trong tương lai (sau ngày chạy lần tính)"));
				}
			}
			case DURATION -> {
				cases.add(new Case(n, "1,5", "dùng dấu chấm thập phân"));
				// ASCII digits, at most one dot between digits (SPEC §2 v3): not
				// Arabic-Indic or full-width digits
				for (String v : List.of("1.000,5", "abc", "1e1", "0.5.1", ".5", "1.", "+1", "-1", "½", "\u0661",
						"\uFF11")) {
					cases.add(new Case(n, v, "không phải số ngày"));
				}
				cases.add(new Case(n, "0.1234567", "quá 6 chữ số thập phân"));
				cases.add(new Case(n, "0.5000000", "quá 6 chữ số thập phân"));
				// a number written right but out of range is told so, not "use a dot"
				cases.add(new Case(n, "1234567.5", "số ngày phải lớn hơn 0 và không quá 30"));
				for (String v : List.of("0", "0.0", "30.5", "31")) {
					cases.add(new Case(n, v, "số ngày phải lớn hơn 0 và không quá 30"));
				}
			}
			case MINUTES -> {
				for (String v : List.of("-3", "1.5", "abc", "９", "+5", "10 phút")) {
					cases.add(new Case(n, v, "không phải số phút"));
				}
				for (String v : List.of("1441", "999999999", "1234567890")) {
					cases.add(new Case(n, v, "quá 1440 phút"));
				}
			}
			case BOOLEAN -> {
				for (String v : List.of("maybe", "2", "ja", "đúng", "true!", "x")) {
					cases.add(new Case(n, v, "không phải giá trị đúng/sai"));
				}
			}
			case ENUM -> {
				String first = column.allowed().get(0);
				for (String v : List.of(first.toLowerCase(Locale.ROOT), "Ư" + first.substring(1), "X" + first,
						"UNKNOWN", first + "_")) {
					cases.add(new Case(n, v, "giá trị không hợp lệ; chỉ nhận: " + String.join(", ", column.allowed())));
				}
			}
			case UNIT_REF -> {
				// relative to the line's own unit SO<line>: see value()
				for (String v : List.of("lower", "space", "slash", "dots", "cyrillic", "fullwidth", "zerowidth")) {
					cases.add(new Case(n, v, "mã đơn vị không có trong danh mục đơn vị (units.csv)"));
				}
			}
			case TEXT -> {
				for (String v : List.of("a\u0001b", "a\u0000b", "x\uFEFFy", "\u007f", "tab\u000bvertical")) {
					cases.add(new Case(n, v, "chứa ký tự không in được"));
				}
				cases.add(new Case(n, "y".repeat(1001), "dài quá 1000 ký tự"));
			}
			case REPORT_PERIOD -> {
				for (String v : List.of("2026-03", "2026-Q5", "Q1-2026", "2026-q1", "2026-H3", "2026-Q1 2026",
						"2026 Q1")) {
					cases.add(new Case(n, v, "kỳ báo cáo phải là quý, 6 tháng hoặc năm"));
				}
			}
			default -> throw new IllegalStateException(column.type() + " is not a records file's column type");
		}
		return cases;
	}

	/** The cell value of a case on a line whose unit is SO<line>. */
	private static String value(Case c, int line) {
		String unit = "SO" + line;
		return switch (c.value()) {
			case "lower" -> unit.toLowerCase(Locale.ROOT);
			case "space" -> "SO " + line;
			case "slash" -> unit + "/..";
			case "dots" -> "../" + unit;
			case "cyrillic" -> "\u0405\u041e" + line;
			case "fullwidth" -> "\uFF33\uFF2F" + line;
			case "zerowidth" -> unit + "\u200b";
			default -> c.value();
		};
	}

	@TestFactory
	Stream<DynamicTest> everyBadCellOfEveryRecordsFileIsRejectedWithItsLineColumnAndReason(@TempDir Path work) {
		return Stream
			.of(InputKind.MEETINGS, InputKind.DOCUMENTS, InputKind.WORK_ITEMS, InputKind.TASKS, InputKind.REPORTS)
			.map(file -> DynamicTest.dynamicTest(file.fileName(), () -> runCorpus(file, work.resolve(file.table()))));
	}

	private static void runCorpus(InputKind file, Path input) throws IOException {
		Files.createDirectories(input);
		List<Case> cases = new ArrayList<>();
		for (Column column : file.columns()) {
			cases.addAll(casesFor(column));
		}
		String id = file.key().get(file.key().size() - 1);
		StringBuilder units = new StringBuilder("unit_code,unit_name,unit_type\n");
		StringWriter csv = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(csv,
				CSVFormat.RFC4180.builder()
					.setRecordSeparator("\n")
					.setHeader(file.columnNames().toArray(String[]::new))
					.get())) {
			// line 2: the good row; then one case per line
			for (int line = 2; line <= cases.size() + 2; line++) {
				units.append("SO").append(line).append(",Sở số ").append(line).append(",SO\n");
				Map<String, String> row = new LinkedHashMap<>(GOOD_ROWS.get(file));
				row.put("unit_code", "SO" + line);
				if (!id.equals("unit_code") && !id.equals("report_period")) {
					row.put(id, "R" + line);
				}
				if (line > 2) {
					Case c = cases.get(line - 3);
					row.put(c.column(), value(c, line));
				}
				printer.printRecord(row.values());
			}
		}
		try (Pipeline pipeline = Pipeline.on(input)) {
			pipeline.file("units.csv", units.toString()).file(file.fileName(), csv.toString());
			List<FileStats> stats = pipeline.load(AS_OF, Pipeline.NO_CAP);
			FileStats loaded = stats.get(1);
			assertThat(loaded.read()).isEqualTo(cases.size() + 1);
			assertThat(loaded.loaded())
				.as("only the good row loads; loaded: %s",
						pipeline.database()
							.jdbc()
							.queryForList("SELECT * FROM " + file.table() + " WHERE unit_code <> 'SO2'"))
				.isEqualTo(1);
			assertThat(loaded.rejected()).isEqualTo(cases.size());
			List<String[]> rejects = pipeline.database()
				.jdbc()
				.query("SELECT line, column_name, reason FROM run_reject WHERE file_name = ? ORDER BY line",
						(r, i) -> new String[] { r.getString(1), r.getString(2), r.getString(3) }, file.fileName());
			assertThat(rejects).hasSize(cases.size());
			for (int i = 0; i < cases.size(); i++) {
				Case c = cases.get(i);
				String[] reject = rejects.get(i);
				String what = file.fileName() + " line " + (i + 3) + " " + c.column() + "='" + value(c, i + 3) + "'";
				assertThat(reject[0]).as(what).isEqualTo(String.valueOf(i + 3));
				assertThat(reject[1]).as(what).isEqualTo(c.column());
				assertThat(reject[2]).as(what).startsWith(c.reason());
			}
		}
	}

	/**
	 * units.csv lines: the line, then the column and reason of its reject (null for a
	 * good line).
	 */
	private static final List<String[]> UNIT_LINES = List.of(new String[] { "A,Xã A,XA,,,", null, null },
			new String[] { "bad code,Xã lỗi,XA,,,", "unit_code", "mã đơn vị chỉ gồm" },
			new String[] { "a/b,Xã lỗi,XA,,,", "unit_code", "mã đơn vị chỉ gồm" },
			new String[] { "Đơn_vị,Xã lỗi,XA,,,", "unit_code", "mã đơn vị chỉ gồm" },
			new String[] { "X".repeat(33) + ",Xã lỗi,XA,,,", "unit_code", "mã đơn vị chỉ gồm" },
			new String[] { "\u0405O1,Xã lỗi,XA,,,", "unit_code", "mã đơn vị chỉ gồm" },
			new String[] { ",Xã lỗi,XA,,,", "unit_code", "thiếu giá trị bắt buộc" },
			new String[] { "B1,,XA,,,", "unit_name", "thiếu giá trị bắt buộc" },
			new String[] { "B2,Xã\u0007,XA,,,", "unit_name", "chứa ký tự không in được" },
			new String[] { "B3,Xã lỗi,xa,,,", "unit_type", "giá trị không hợp lệ" },
			new String[] { "B4,Xã lỗi,XÃ,,,", "unit_type", "giá trị không hợp lệ" },
			new String[] { "B5,Xã lỗi,TINH,,,", "unit_type", "giá trị không hợp lệ" },
			new String[] { "B6,Xã lỗi,XA,NOPE,,", "predecessor_codes", "đơn vị tiền thân NOPE" },
			new String[] { "B7,Xã lỗi,XA,a b,,", "predecessor_codes", "mã đơn vị chỉ gồm" },
			new String[] { "B8,Xã lỗi,XA,,01/07/2025,", "established_on", "ngày không đúng định dạng" },
			new String[] { "B9,Xã lỗi,XA,,,1999-01-01", "dissolved_on", "ngày ngoài khoảng" },
			new String[] { "B10,Xã lỗi,XA,,2025-07-01,2025-07-01", "dissolved_on",
					"ngày giải thể (dissolved_on) phải sau" },
			// a cycle of two, and a unit that is its own predecessor
			new String[] { "C1,Xã vòng 1,XA,C2,,", "predecessor_codes", "các đơn vị tiền thân tạo thành vòng lặp" },
			new String[] { "C2,Xã vòng 2,XA,C1,,", "predecessor_codes", "các đơn vị tiền thân tạo thành vòng lặp" },
			new String[] { "C3,Xã tự lặp,XA,C3,,", "predecessor_codes", "các đơn vị tiền thân tạo thành vòng lặp" },
			new String[] { "A,Xã A lần hai,XA,,,", "unit_code", "trùng khóa với dòng 2" },
			new String[] { "D,Xã D,XA,A,2025-07-01,", null, null });

	@TestFactory
	Stream<DynamicTest> unitsCorpus(@TempDir Path input) {
		List<String[]> lines = UNIT_LINES;
		StringBuilder csv = new StringBuilder(
				"unit_code,unit_name,unit_type,predecessor_codes,established_on,dissolved_on\n");
		lines.forEach(l -> csv.append(l[0]).append('\n'));
		return Stream.of(DynamicTest.dynamicTest("units.csv", () -> {
			try (Pipeline pipeline = Pipeline.on(input)) {
				pipeline.file("units.csv", csv.toString());
				FileStats stats = pipeline.load(AS_OF, Pipeline.NO_CAP).get(0);
				long bad = lines.stream().filter(l -> l[1] != null).count();
				assertThat(stats.rejected()).isEqualTo(bad);
				assertThat(stats.loaded()).isEqualTo(lines.size() - bad);
				List<String[]> rejects = pipeline.database()
					.jdbc()
					.query("SELECT line, column_name, reason FROM run_reject ORDER BY line",
							(r, i) -> new String[] { r.getString(1), r.getString(2), r.getString(3) });
				int next = 0;
				for (int i = 0; i < lines.size(); i++) {
					if (lines.get(i)[1] == null) {
						continue;
					}
					String[] reject = rejects.get(next++);
					assertThat(reject[0]).as(lines.get(i)[0]).isEqualTo(String.valueOf(i + 2));
					assertThat(reject[1]).as(lines.get(i)[0]).isEqualTo(lines.get(i)[1]);
					assertThat(reject[2]).as(lines.get(i)[0]).startsWith(lines.get(i)[2]);
				}
			}
		}));
	}

	/**
	 * A whole-file case: the files, and the one-line message the run must fail with (or
	 * null: it succeeds).
	 */
	/**
	 * A whole file: the one-line message of the failure it causes, or (message null) the
	 * rows read, loaded, rejected and blank when it loads.
	 */
	record FileCase(String name, Map<String, byte[]> files, String message, long... loads) {
	}

	private static FileCase loads(String name, byte[] units, long read, long loaded, long rejected, long blank) {
		return new FileCase(name, Map.of("units.csv", units), null, read, loaded, rejected, blank);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] bytes(String prefix, int... tail) {
		byte[] head = utf8(prefix);
		byte[] all = new byte[head.length + tail.length];
		System.arraycopy(head, 0, all, 0, head.length);
		for (int i = 0; i < tail.length; i++) {
			all[head.length + i] = (byte) tail[i];
		}
		return all;
	}

	private static final String CODE_PAGE = "; it was most likely saved in a Windows code page (1258 Vietnamese, or 1252,"
			+ " as Excel's plain \"CSV (Comma delimited)\" does); save it as \"CSV UTF-8 (Comma delimited)\" (Excel) or as Text"
			+ " CSV with character set Unicode (UTF-8) (LibreOffice), or send it as .xlsx";

	private static final String UTF_16 = "units.csv: is in UTF-16 (\"Unicode text\" in Excel), not UTF-8; save it as"
			+ " \"CSV UTF-8 (Comma delimited)\" (Excel)";

	static List<FileCase> fileCases() {
		String header = "unit_code,unit_name,unit_type\n"; // 30 bytes
		List<FileCase> cases = new ArrayList<>();
		cases.add(new FileCase("Windows-1258", Map.of("units.csv", bytes(header + "SO1,S", 0xDE, ',', 'S', 'O', '\n')),
				"units.csv: not valid UTF-8 at byte offset 35 (line 2)" + CODE_PAGE));
		cases.add(new FileCase("UTF-16LE with BOM",
				Map.of("units.csv", new byte[] { (byte) 0xFF, (byte) 0xFE, 'u', 0, 'n', 0 }), UTF_16));
		cases.add(new FileCase("UTF-16BE with BOM",
				Map.of("units.csv", new byte[] { (byte) 0xFE, (byte) 0xFF, 0, 'u', 0, 'n' }), UTF_16));
		// Excel's "Unicode text" without a byte-order mark, and Vietnamese letters in
		// Windows-1258
		cases.add(new FileCase("UTF-16LE without BOM",
				Map.of("units.csv", (header + "SO1,Sở Nội vụ,SO\n").getBytes(StandardCharsets.UTF_16LE)), UTF_16));
		// "Sở Nội" as Windows-1258 writes it: ơ 0xF5 then the combining hook 0xD2, ô 0xF4
		// then the dot 0xF2
		cases.add(new FileCase("Windows-1258 Vietnamese",
				Map.of("units.csv",
						bytes(header + "SO1,S", 0xF5, 0xD2, ' ', 'N', 0xF4, 0xF2, 'i', ',', 'S', 'O', '\n')),
				"units.csv: not valid UTF-8 at byte offset 35 (line 2)" + CODE_PAGE));
		cases.add(new FileCase("separated by semicolons",
				Map.of("units.csv", utf8("unit_code;unit_name;unit_type\nSO1;Sở;SO\n")),
				"units.csv: its header's columns are separated by semicolons (;), not commas: the spreadsheet's regional"
						+ " setting chose the separator; save the file as \"CSV UTF-8 (Comma delimited)\""));
		cases.add(new FileCase("separated by tabs",
				Map.of("units.csv", utf8("unit_code\tunit_name\tunit_type\nSO1\tSở\tSO\n")),
				"units.csv: its header's columns are separated by tabs, not commas"));
		// a comma inside a quoted name is no separator
		cases.add(new FileCase("semicolons, a comma quoted",
				Map.of("units.csv", utf8("\"unit_code\";\"unit,name\";\"unit_type\"\n")),
				"units.csv: its header's columns are separated by semicolons (;)"));
		cases.add(new FileCase("an Excel 97-2003 workbook named .csv",
				Map.of("units.csv", bytes("", 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)),
				"units.csv: is an Excel 97-2003 workbook (.xls); open it and save it as an Excel workbook (.xlsx)"));
		cases.add(new FileCase("a workbook named .csv", Map.of("units.csv", bytes("PK", 3, 4, 20, 0)),
				"units.csv: is an Excel workbook or another zip file, not CSV text; name it .xlsx if it is a workbook"));
		cases.add(new FileCase("overlong encoding",
				Map.of("units.csv", bytes(header + "SO1,", 0xC0, 0xAF, ',', 'S', 'O', '\n')),
				"units.csv: not valid UTF-8 at byte offset 34 (line 2)" + CODE_PAGE));
		cases.add(new FileCase("encoded surrogate",
				Map.of("units.csv", bytes(header + "SO1,", 0xED, 0xA0, 0x80, ',', 'S', 'O', '\n')),
				"units.csv: not valid UTF-8 at byte offset 34 (line 2)" + CODE_PAGE));
		cases.add(new FileCase("truncated at the end", Map.of("units.csv", bytes(header + "SO1,Xã S", 0xE1, 0xBB)),
				"units.csv: not valid UTF-8 at byte offset 39 (line 2); the file ends inside a character: it was cut short"));
		cases.add(new FileCase("empty", Map.of("units.csv", new byte[0]), "units.csv: has no header row"));
		cases.add(new FileCase("blank lines only", Map.of("units.csv", utf8("\n\n\r\n")),
				"units.csv: has no header row"));
		cases.add(
				new FileCase("duplicate header", Map.of("units.csv", utf8("unit_code,unit_name,unit_type,Unit_Name\n")),
						"units.csv: column 'unit_name' appears twice in the header"));
		cases.add(new FileCase("missing column", Map.of("units.csv", utf8("unit_code,unit_name\nSO1,Sở\n")),
				"units.csv: lacks the required column(s) unit_type (header has: unit_code, unit_name)"));
		cases.add(new FileCase("unterminated quote",
				Map.of("units.csv", utf8(header + "SO1,\"Sở Nội vụ,SO\nSO2,Sở Y tế,SO\n")),
				"units.csv: malformed CSV from line 2: "));
		cases.add(new FileCase("one very long line", Map.of("units.csv", utf8("x".repeat(2_000_000))),
				"units.csv: lacks the required column(s) unit_code, unit_name, unit_type (header has: " + "x".repeat(40)
						+ "…)"));
		// these load: rows read, loaded, rejected and blank, worked out from each file
		cases.add(loads("a BOM twice before the header", utf8("\uFEFF\uFEFF" + header + "SO1,Sở,SO\n"), 1, 1, 0, 0));
		cases.add(loads("header only", utf8(header), 0, 0, 0, 0));
		// the three empty lines after the record are blank rows
		cases.add(loads("trailing blank lines", utf8(header + "SO1,Sở,SO\n\n\n\r\n"), 1, 1, 0, 3));
		cases.add(loads("CR, LF and CRLF line ends", utf8("unit_code,unit_name,unit_type\rSO1,Sở,SO\r\nSO2,Xã,XA\n"), 2,
				2, 0, 0));
		cases.add(loads("quotes inside an unquoted cell", utf8(header + "SO1,Sở \"Nội\" vụ,SO\n"), 1, 1, 0, 0));
		StringBuilder wide = new StringBuilder("unit_code,unit_name,unit_type");
		StringBuilder wideRow = new StringBuilder("SO1,Sở,SO");
		for (int i = 0; i < 100_000; i++) {
			wide.append(",extra").append(i);
			wideRow.append(",");
		}
		cases.add(loads("100,000 columns", utf8(wide + "\n" + wideRow + "\n"), 1, 1, 0, 0));
		// a 10 MB cell is read, and rejected as over 1,000 characters; the next row loads
		cases.add(loads("a 10 MB cell", utf8(header + "SO1,\"" + "ư".repeat(5_000_000) + "\",SO\nSO2,Sở,SO\n"), 2, 1, 1,
				0));
		return cases;
	}

	/**
	 * The same causes in files a real spreadsheet program (and iconv) wrote:
	 * src/test/resources/intake/causes.
	 */
	@TestFactory
	Stream<DynamicTest> causesAsProgramsWriteThem(@TempDir Path work) {
		Map<String, String> messages = new LinkedHashMap<>();
		messages.put("semicolons", "units.csv: its header's columns are separated by semicolons (;), not commas");
		messages.put("tabs", "units.csv: its header's columns are separated by tabs, not commas");
		messages.put("utf-16", UTF_16);
		// "SO01,S" then ơ (0xF5) and the combining hook (0xD2): the 37th byte of the file
		messages.put("windows-1258", "units.csv: not valid UTF-8 at byte offset 36 (line 2)" + CODE_PAGE);
		return messages.entrySet().stream().map(cause -> DynamicTest.dynamicTest(cause.getKey(), () -> {
			Path input = Files.createDirectories(work.resolve(cause.getKey()));
			Files.copy(Path.of("src/test/resources/intake/causes", cause.getKey(), "units.csv"),
					input.resolve("units.csv"));
			try (Pipeline pipeline = Pipeline.on(input)) {
				assertThatThrownBy(() -> pipeline.load(AS_OF)).isInstanceOf(InputProblemException.class)
					.hasMessageStartingWith(cause.getValue());
			}
		}));
	}

	@TestFactory
	Stream<DynamicTest> wholeFileProblemsFailTheRunAndChangeNothing(@TempDir Path work) {
		return fileCases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
			Path input = Files.createDirectories(work.resolve(c.name().replaceAll("[^A-Za-z0-9]", "_")));
			try (Pipeline pipeline = Pipeline.on(input)) {
				// a unit already loaded, which a failed run must leave as it was
				pipeline.file("units.csv", "unit_code,unit_name,unit_type\nOLD,Sở cũ,SO\n").load(AS_OF);
				c.files().forEach((name, content) -> write(input.resolve(name), content));
				if (c.message() == null) {
					FileStats stats = pipeline.load(AS_OF, Pipeline.NO_CAP).get(0);
					assertThat(new long[] { stats.read(), stats.loaded(), stats.rejected(), stats.blank() })
						.as(c.name())
						.containsExactly(c.loads());
					return;
				}
				List<Map<String, Object>> before = pipeline.database()
					.jdbc()
					.queryForList("SELECT * FROM unit ORDER BY 1");
				assertThatThrownBy(() -> pipeline.load(AS_OF)).isInstanceOf(InputProblemException.class)
					.satisfies(e -> assertThat(e.getMessage()).startsWith(c.message()).hasSizeLessThan(500));
				assertThat(pipeline.database().jdbc().queryForList("SELECT * FROM unit ORDER BY 1")).isEqualTo(before);
			}
		}));
	}

	private static void write(Path file, byte[] content) {
		try {
			Files.write(file, content);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}

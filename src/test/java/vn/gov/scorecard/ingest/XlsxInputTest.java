package vn.gov.scorecard.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.ingest.files.RecordSource;
import vn.gov.scorecard.ingest.files.ScannedFile;
import vn.gov.scorecard.ingest.load.FileStats;
import vn.gov.scorecard.support.Pipeline;

/**
 * .xlsx input: cells as a spreadsheet program writes them (the fixtures under
 * src/test/resources/intake/traps were saved by LibreOffice Calc from the CSV files
 * beside them), cells only other programs write (formulas, inline strings, the 1904 date
 * system), and hostile workbooks.
 */
class XlsxInputTest {

	private static final Path TRAPS = Path.of("src/test/resources/intake/traps");

	private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

	@Test
	void cellsReadAsTheSpreadsheetWroteThem() {
		// LibreOffice turned ISO dates into date cells, 02/03/2026 into 3 February
		// (en-US), 0.5 and 1.0 into
		// numbers, true/false into boolean cells, kept 2026-02-30 and có as text, and
		// wrote no row for the
		// CSV's line of empty cells (line 3)
		assertThat(records(TRAPS.resolve("meetings.xlsx"), InputKind.MEETINGS)).containsExactly(
				List.of("2", "SO01", "M1", "2026-03-02", "Hội nghị quán triệt Nghị quyết", "QUAN_TRIET", "TRUC_TUYEN",
						"0.5", "15", "", "", "TRUE", "FALSE", "TOAN_TINH"),
				List.of("4", "SO01", "M2", "2026-02-30", "Họp chuyên môn", "CHUYEN_MON", "TRUC_TIEP", "1", "10", "20",
						"5", "FALSE", "FALSE", ""),
				List.of("5", "SO01", "M3", "2026-02-03", "Họp giao ban", "KHAC", "KET_HOP", "1", "0", "30", "12", "có",
						"không", ""),
				List.of("6", "SO01", "M4", "2026-03-09", "Họp cơ quan", "KHAC", "TRUC_TIEP", "1.25", "5", "5", "5", "1",
						"0", ""),
				List.of("7", "SO01", "M5", "2026-03-10", "Họp", "KHAC", "truc_tuyen", "1", "5", "5", "5", "yes", "no",
						""));
		// the year typed as a number is the year 2025, not 2025.0
		assertThat(records(TRAPS.resolve("reports.xlsx"), InputKind.REPORTS)).containsExactly(
				List.of("2", "SO01", "2025", "2025-12-10"), List.of("3", "SO01", "2026-Q1", "2026-04-10"),
				List.of("4", "SO01", "2026-H1", "2026-07-05"));
	}

	@Test
	void aWorkbookLoadsAndItsRejectsNameTheSheetRow(@TempDir Path input) throws IOException {
		for (String name : List.of("units.xlsx", "meetings.xlsx", "reports.xlsx")) {
			Files.copy(TRAPS.resolve(name), input.resolve(name));
		}
		try (Pipeline pipeline = Pipeline.on(input)) {
			List<FileStats> stats = pipeline.load(AS_OF, Pipeline.NO_CAP);
			// meetings: 5 rows read, rows 4 (a day that does not exist) and 7 (a
			// lower-case format) rejected
			assertThat(stats).extracting(FileStats::name, FileStats::read, FileStats::loaded, FileStats::rejected)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("units.xlsx", 1L, 1L, 0L),
						org.assertj.core.groups.Tuple.tuple("meetings.xlsx", 5L, 3L, 2L),
						org.assertj.core.groups.Tuple.tuple("reports.xlsx", 3L, 3L, 0L));
			assertThat(pipeline.database()
				.jdbc()
				.queryForList(
						"SELECT file_name || ':' || line || ' ' || column_name || '=' || value FROM run_reject ORDER BY line",
						String.class))
				.containsExactly("meetings.xlsx:4 held_on=2026-02-30", "meetings.xlsx:7 format=truc_tuyen");
			assertThat(pipeline.database()
				.jdbc()
				.queryForList(
						"SELECT meeting_id || ' ' || held_on || ' ' || duration_days || ' ' || summons_commune_officials FROM meeting"
								+ " ORDER BY meeting_id",
						String.class))
				.containsExactly("M1 2026-03-02 0.5 true", "M3 2026-02-03 1 true", "M4 2026-03-09 1.25 true");
			assertThat(pipeline.database()
				.jdbc()
				.queryForList("SELECT report_period FROM report ORDER BY 1", String.class))
				.containsExactly("2025", "2026-H1", "2026-Q1");
		}
	}

	@Test
	void formulasInlineStringsBooleansAndThe1904DateSystem(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("reports.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.getCTWorkbook().getWorkbookPr().setDate1904(true);
			XSSFSheet sheet = workbook.createSheet("Báo cáo");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			row(sheet, 2, "unit_code", "report_period", "submitted_on", "ghi_chu"); // the
																					// header
																					// on
																					// row
																					// 3
			XSSFRow formulas = sheet.createRow(3);
			formulas.createCell(0).setCellFormula("\"SO\"&\"01\"");
			formulas.createCell(1).setCellFormula("2020+5"); // a year computed: 2025
			// text computed (POI's evaluator would cache a DATE() as a 1900-system
			// serial, which Excel does not)
			formulas.createCell(2).setCellFormula("\"2025-\"&\"12-10\"");
			formulas.createCell(3).setCellValue(true);
			XSSFRow empty = sheet.createRow(4); // cells holding empty text: a blank row
			empty.createCell(0).setCellValue("");
			empty.createCell(2).setCellValue(" ");
			XSSFRow dated = row(sheet, 5, "SO02", "2026-Q1");
			dated.createCell(2).setCellValue(LocalDate.of(2026, 4, 10)); // a serial
																			// counted
																			// from 1904
			dated.getCell(2).setCellStyle(date);
			row(sheet, 6, "SO03", "2026-Q1", "2026-04-11", "", "stray"); // a value right
																			// of the
																			// header
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		assertThat(records(file, InputKind.REPORTS)).containsExactly(List.of("4", "SO01", "2025", "2025-12-10", "TRUE"),
				List.of("5", "", "", " ", ""), List.of("6", "SO02", "2026-Q1", "2026-04-10", ""),
				List.of("7", "SO03", "2026-Q1", "2026-04-11", "", "stray"));

		Path inline = dir.resolve("inline").resolve("units.xlsx");
		Files.createDirectories(inline.getParent());
		try (SXSSFWorkbook workbook = new SXSSFWorkbook()) { // writes its text as inline
																// strings
			var sheet = workbook.createSheet();
			String[][] rows = { { "unit_code", "unit_name", "unit_type" },
					{ "XA01", "Ủy ban nhân dân xã Hồng Thái", "XA" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			try (OutputStream out = Files.newOutputStream(inline)) {
				workbook.write(out);
			}
		}
		assertThat(unzipped(inline, "xl/worksheets/sheet1.xml")).contains("t=\"inlineStr\"");
		assertThat(records(inline, InputKind.UNITS))
			.containsExactly(List.of("2", "XA01", "Ủy ban nhân dân xã Hồng Thái", "XA"));
	}

	@Test
	void aZipBombFailsWithAClearMessageAndNothingIsLoaded(@TempDir Path input) throws IOException {
		// 100 MB of spaces between the sheet's rows packs into about 100 kB: a ratio POI
		// refuses
		String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
				+ "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>unit_code</t></is></c>"
				+ "<c r=\"B1\" t=\"inlineStr\"><is><t>unit_name</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>unit_type</t></is></c></row>"
				+ " ".repeat(100_000_000) + "</sheetData></worksheet>";
		assertRefused(input, sheet, "units.xlsx: cannot be read as an Excel workbook (.xlsx): ", "Zip bomb");
	}

	@Test
	void anExternalEntityFailsWithAClearMessageAndNothingIsLoaded(@TempDir Path input) throws IOException {
		String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
				+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
				+ "<c r=\"A1\" t=\"inlineStr\"><is><t>&secret;</t></is></c></row></sheetData></worksheet>";
		assertRefused(input, sheet, "units.xlsx: cannot be read as an Excel workbook (.xlsx): ", "DTD");
	}

	/**
	 * A units workbook whose sheet is replaced by {@code sheet} fails the run, and the
	 * unit loaded before stays alone.
	 */
	private static void assertRefused(Path input, String sheet, String message, String cause) throws IOException {
		try (Pipeline pipeline = Pipeline.on(input)) {
			pipeline.file("units.csv", "unit_code,unit_name,unit_type\nOLD,Sở cũ,SO\n").load(AS_OF);
			Files.delete(input.resolve("units.csv"));
			Path good = input.resolve("good.xlsx");
			try (XSSFWorkbook workbook = new XSSFWorkbook()) {
				row(workbook.createSheet(), 0, "unit_code", "unit_name", "unit_type");
				try (OutputStream out = Files.newOutputStream(good)) {
					workbook.write(out);
				}
			}
			replaceEntry(good, "xl/worksheets/sheet1.xml", sheet, input.resolve("units.xlsx"));
			Files.delete(good);
			assertThatThrownBy(() -> pipeline.load(AS_OF)).isInstanceOf(InputProblemException.class)
				.hasMessageStartingWith(message)
				.hasMessageContaining(cause);
			assertThat(pipeline.database().jdbc().queryForList("SELECT unit_code FROM unit", String.class))
				.containsExactly("OLD");
		}
	}

	private static XSSFRow row(XSSFSheet sheet, int index, String... values) {
		XSSFRow row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
		return row;
	}

	/** Every record of a file as its line followed by its cells. */
	private static List<List<String>> records(Path path, InputKind kind) {
		ScannedFile file = ScannedFile.scan(kind, path.getFileName().toString(), path, true);
		List<List<String>> records = new ArrayList<>();
		try (RecordSource source = RecordSource.open(file)) {
			source.forEach((cells, line) -> {
				List<String> record = new ArrayList<>(List.of(String.valueOf(line)));
				record.addAll(List.of(cells));
				records.add(record);
			});
		}
		catch (IOException e) {
			throw new AssertionError(e);
		}
		return records;
	}

	private static void replaceEntry(Path zip, String entryName, String content, Path target) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals(entryName)) {
					out.write(content.getBytes(StandardCharsets.UTF_8));
				}
				else {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
	}

	private static String unzipped(Path zip, String entryName) throws IOException {
		try (java.nio.file.FileSystem entries = java.nio.file.FileSystems.newFileSystem(zip)) {
			return Files.readString(entries.getPath(entryName));
		}
	}

}

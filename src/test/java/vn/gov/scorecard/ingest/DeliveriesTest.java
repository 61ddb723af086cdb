package vn.gov.scorecard.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.ingest.load.FileStats;
import vn.gov.scorecard.output.RunOutputs;
import vn.gov.scorecard.support.Pipeline;

/**
 * What the database holds is what the units delivered (SPEC §2 v3, Deliveries): a file
 * delivered again replaces what it delivered before for the months it covers, records are
 * withdrawn and listed, a rejected row keeps its stored record, an old version sent again
 * is the latest delivery with a warning, and every data sheet of a workbook is read.
 */
class DeliveriesTest {

	private static final LocalDate NOVEMBER_5 = LocalDate.of(2026, 11, 5);

	private static final String UNITS = """
			unit_code,unit_name,unit_type
			XA01,Xã Hồng Thái,XA
			XA02,Xã Tân Trào,XA
			""";

	private static final String MEETINGS = "unit_code,meeting_id,held_on,category,format,duration_days,scale\n";

	private static final String DOCUMENTS = "unit_code,doc_id,issued_on,doc_number\n";

	@Test
	void aCorrectedFileWithReKeyedIdsReplacesWhatItDeliveredBefore(@TempDir Path input, @TempDir Path output)
			throws IOException {
		try (Pipeline pipeline = Pipeline.on(input).file("units.csv", UNITS).file("meetings/XA01.csv", MEETINGS + """
				XA01,1,2026-09-04,QUAN_TRONG,TRUC_TIEP,1,TOAN_XA
				XA01,2,2026-09-18,CHUYEN_MON,TRUC_TUYEN,0.5,
				XA01,3,2026-10-02,KHAC,TRUC_TIEP,1,
				""")) {
			pipeline.loadOn(NOVEMBER_5);
			// the clerk's system now writes ids with three digits: the same three
			// meetings, re-keyed
			pipeline.file("meetings/XA01.csv", MEETINGS + """
					XA01,001,2026-09-04,QUAN_TRONG,TRUC_TIEP,1,TOAN_XA
					XA01,002,2026-09-18,CHUYEN_MON,TRUC_TUYEN,0.5,
					XA01,003,2026-10-02,KHAC,TRUC_TIEP,1,
					""");
			assertThat(pipeline.loadOn(NOVEMBER_5))
				.extracting(FileStats::name, FileStats::read, FileStats::loaded, FileStats::withdrawn)
				.containsExactly(tuple("units.csv", 2L, 2L, 0L), tuple("meetings/XA01.csv", 3L, 3L, 3L));
			// one commune-wide conference, counted once
			assertThat(ids(pipeline, "meeting", "meeting_id")).containsExactly("XA01 001", "XA01 002", "XA01 003");
			assertThat(withdrawnCsv(pipeline, output)).isEqualTo("""
					file,unit_code,record_id,first_delivered_run
					meetings/XA01.csv,XA01,1,1
					meetings/XA01.csv,XA01,2,1
					meetings/XA01.csv,XA01,3,1
					""");
		}
	}

	@Test
	void aFileOfOneMonthAtATimeKeepsEveryEarlierMonthAndTakesARecordBack(@TempDir Path input, @TempDir Path output)
			throws IOException {
		try (Pipeline pipeline = Pipeline.on(input).file("units.csv", UNITS).file("meetings.csv", MEETINGS + """
				XA01,M1,2026-09-04,KHAC,TRUC_TIEP,1,
				XA02,M2,2026-09-10,KHAC,TRUC_TIEP,1,
				""")) {
			pipeline.loadOn(NOVEMBER_5);
			// October's file covers October only: September's meetings stay
			pipeline.file("meetings.csv", MEETINGS + """
					XA01,M3,2026-10-06,KHAC,TRUC_TIEP,1,
					XA02,M4,2026-10-07,KHAC,TRUC_TIEP,1,
					""");
			assertThat(pipeline.loadOn(NOVEMBER_5)).extracting(FileStats::withdrawn).containsExactly(0L, 0L);
			assertThat(ids(pipeline, "meeting", "meeting_id")).containsExactly("XA01 M1", "XA01 M3", "XA02 M2",
					"XA02 M4");
			// October's again, without M4: it is taken back
			pipeline.file("meetings.csv", MEETINGS + """
					XA01,M3,2026-10-06,KHAC,TRUC_TIEP,1,
					""");
			assertThat(pipeline.loadOn(NOVEMBER_5)).extracting(FileStats::withdrawn).containsExactly(0L, 1L);
			assertThat(ids(pipeline, "meeting", "meeting_id")).containsExactly("XA01 M1", "XA01 M3", "XA02 M2");
			assertThat(withdrawnCsv(pipeline, output)).isEqualTo("""
					file,unit_code,record_id,first_delivered_run
					meetings.csv,XA02,M4,2
					""");
		}
	}

	@Test
	void aRejectedRowKeepsItsRecordAMovedKeyChangesItsFileAndAnAbsentFileWithdrawsNothing(@TempDir Path input)
			throws IOException {
		try (Pipeline pipeline = Pipeline.on(input).file("units.csv", UNITS).file("documents/XA01.csv", DOCUMENTS + """
				XA01,D1,2026-09-03,1/UBND
				XA01,D2,2026-09-08,2/UBND
				""").file("documents/XA02.csv", DOCUMENTS + """
				XA02,E1,2026-09-09,1/UBND
				""")) {
			pipeline.loadOn(NOVEMBER_5);
			// XA02's file is cleared away; XA01's comes back with D1 mistyped, D2 moved
			// to a second file, and D3
			Files.delete(input.resolve("documents/XA02.csv"));
			pipeline.file("documents/XA01.csv", DOCUMENTS + """
					XA01,D1,31/09/2026,1/UBND
					XA01,D3,2026-09-21,3/UBND
					""").file("documents/XA01-bosung.csv", DOCUMENTS + """
					XA01,D2,2026-09-08,2/UBND
					""");
			assertThat(pipeline.loadOn(NOVEMBER_5))
				.extracting(FileStats::name, FileStats::loaded, FileStats::rejected, FileStats::withdrawn)
				.containsExactly(tuple("units.csv", 2L, 0L, 0L), tuple("documents/XA01-bosung.csv", 1L, 0L, 0L),
						tuple("documents/XA01.csv", 1L, 1L, 0L));
			assertThat(pipeline.rejects())
				.containsExactly("documents/XA01.csv 2 issued_on 31/09/2026 ngày không đúng định dạng"
						+ " yyyy-MM-dd; bản ghi đã lưu từ lần tính 1 được giữ nguyên");
			assertThat(pipeline.database()
				.jdbc()
				.queryForList(
						"""
								SELECT doc_id || ' ' || issued_on || ' ' || file_name || ' ' || first_run FROM document ORDER BY doc_id""",
						String.class))
				.containsExactly("D1 2026-09-03 documents/XA01.csv 1", "D2 2026-09-08 documents/XA01-bosung.csv 1",
						"D3 2026-09-21 documents/XA01.csv 2", "E1 2026-09-09 documents/XA02.csv 1");
		}
	}

	@Test
	void anEarlierVersionSentAgainIsTheLatestDeliveryWithAWarning(@TempDir Path input) {
		String versionA = DOCUMENTS + """
				XA01,D1,2026-09-03,1/UBND
				XA01,D2,2026-09-08,2/UBND
				""";
		try (Pipeline pipeline = Pipeline.on(input).file("units.csv", UNITS).file("documents/XA01.csv", versionA)) {
			pipeline.loadOn(NOVEMBER_5);
			pipeline.file("documents/XA01.csv", DOCUMENTS + """
					XA01,D1,2026-09-03,1/UBND
					XA01,D3,2026-09-15,3/UBND
					""");
			assertThat(pipeline.loadOn(NOVEMBER_5)).extracting(FileStats::withdrawn).containsExactly(0L, 1L);
			assertThat(ids(pipeline, "document", "doc_id")).containsExactly("XA01 D1", "XA01 D3");
			// run 3: the first version, from an old copy of the folder: D3 withdrawn, D2
			// back (D1 unchanged)
			pipeline.file("documents/XA01.csv", versionA);
			assertThat(pipeline.loadWarnings(NOVEMBER_5))
				.containsExactly("documents/XA01.csv: giống hệt tệp đã nộp ở lần"
						+ " tính 1 và sau đó đã được thay bằng nội dung khác; tệp được nạp lại như lần nộp mới nhất: rút 1 bản ghi,"
						+ " thêm hoặc sửa 1 bản ghi. Nếu đây là bản cũ gửi nhầm, hãy nộp lại bản đúng");
			assertThat(ids(pipeline, "document", "doc_id")).containsExactly("XA01 D1", "XA01 D2");
			// and sent once more, it is no news: no warning, nothing withdrawn
			assertThat(pipeline.loadWarnings(NOVEMBER_5)).isEmpty();
		}
	}

	@Test
	void aUnitsNilReturnForAMonthTakesBackWhatItsFileForThatMonthDelivered(@TempDir Path input) {
		try (Pipeline pipeline = Pipeline.on(input)
			.file("units.csv", UNITS)
			.file("documents/XA01_2026-09.csv", DOCUMENTS + """
					XA01,D1,2026-09-03,1/UBND
					XA01,D2,2026-09-08,2/UBND
					""")) {
			pipeline.loadOn(NOVEMBER_5);
			pipeline.file("documents/XA01_2026-09.csv", DOCUMENTS);
			assertThat(pipeline.loadOn(NOVEMBER_5)).extracting(FileStats::read, FileStats::withdrawn)
				.containsExactly(tuple(2L, 0L), tuple(0L, 2L));
			assertThat(ids(pipeline, "document", "doc_id")).isEmpty();
			assertThat(pipeline.database()
				.jdbc()
				.queryForList("SELECT unit_code || ' ' || kind || ' ' || month FROM nil_return", String.class))
				.containsExactly("XA01 documents 2026-09-01");
		}
	}

	@Test
	void everyDataSheetOfAWorkbookIsReadAndNamedInRejectsAndWithdrawals(@TempDir Path input, @TempDir Path output)
			throws IOException {
		try (Pipeline pipeline = Pipeline.on(input).file("units.csv", UNITS)) {
			Files.createDirectories(input.resolve("documents"));
			// saved by LibreOffice Calc: "Tháng 9" (D1, D2, D3 dated 2026-09-31), "Tháng
			// 10" (D4, D5), "Ghi chú", "Hướng dẫn"
			Files.copy(Path.of("src/test/resources/intake/sheets/documents.xlsx"),
					input.resolve("documents/XA01.xlsx"));
			assertThat(pipeline.loadOn(NOVEMBER_5))
				.extracting(FileStats::name, FileStats::read, FileStats::loaded, FileStats::rejected)
				.containsExactly(tuple("units.csv", 2L, 2L, 0L), tuple("documents/XA01.xlsx#Tháng 9", 3L, 2L, 1L),
						tuple("documents/XA01.xlsx#Tháng 10", 2L, 2L, 0L));
			assertThat(pipeline.rejects()).containsExactly(
					"documents/XA01.xlsx#Tháng 9 4 issued_on 2026-09-31 ngày không có thật (tháng hoặc ngày không tồn tại)");
			assertThat(ids(pipeline, "document", "doc_id")).containsExactly("XA01 D1", "XA01 D2", "XA01 D4", "XA01 D5");
			// the notes sheet is named, the template's guide is not
			assertThat(pipeline.loadWarnings(NOVEMBER_5)).singleElement()
				.asString()
				.startsWith(
						"documents/XA01.xlsx: trang tính \"Ghi chú\" không có dòng tiêu đề của documents nên không được đọc — ");

			// sent again with September only, without D2: D2 withdrawn, named with its
			// sheet; October not covered, kept
			try (XSSFWorkbook workbook = new XSSFWorkbook();
					OutputStream out = Files.newOutputStream(input.resolve("documents/XA01.xlsx"))) {
				XSSFSheet sheet = workbook.createSheet("Tháng 9");
				row(sheet, 0, "unit_code", "doc_id", "issued_on", "doc_number");
				row(sheet, 1, "XA01", "D1", "2026-09-03", "1/UBND");
				workbook.write(out);
			}
			assertThat(pipeline.loadOn(NOVEMBER_5)).extracting(FileStats::name, FileStats::withdrawn)
				.containsExactly(tuple("units.csv", 0L), tuple("documents/XA01.xlsx", 1L));
			assertThat(ids(pipeline, "document", "doc_id")).containsExactly("XA01 D1", "XA01 D4", "XA01 D5");
			assertThat(withdrawnCsv(pipeline, output)).isEqualTo("""
					file,unit_code,record_id,first_delivered_run
					documents/XA01.xlsx#Tháng 9,XA01,D2,1
					""");
		}
	}

	private static void row(XSSFSheet sheet, int number, String... cells) {
		XSSFRow row = sheet.createRow(number);
		for (int i = 0; i < cells.length; i++) {
			row.createCell(i).setCellValue(cells[i]);
		}
	}

	private static List<String> ids(Pipeline pipeline, String table, String id) {
		return pipeline.database()
			.jdbc()
			.queryForList("SELECT unit_code || ' ' || " + id + " FROM " + table + " ORDER BY unit_code, " + id,
					String.class);
	}

	private static String withdrawnCsv(Pipeline pipeline, Path output) throws IOException {
		Path file = output.resolve("withdrawn.csv");
		new RunOutputs(pipeline.database().jdbc()).writeWithdrawn(pipeline.runId(), file);
		return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n").replace("\uFEFF", "");
	}

}

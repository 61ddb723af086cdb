package vn.gov.scorecard.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.scorecard.ScorecardCommand;
import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.support.PdfText;
import vn.gov.scorecard.support.TestDatabase;

/**
 * A small hand-made province over four months, June to September 2026, run once for
 * September: the course, the province as a whole and the watch list, every figure worked
 * out here by hand.
 *
 * <p>
 * Four communes and one department. Each month each unit has one work item (CONG_VIEC),
 * one dossier (TTHC, always processed digitally) and one task. No meetings and no reports
 * are delivered, and only the department has documents, so a commune is scored on exactly
 * three indicators, DIGITAL_RATE (20), DOSSIER_ON_TIME (15) and TASK_ON_TIME (15): 50 of
 * weight, just enough to rank. With d the digital share of its 2 items, o and t 1 when
 * its dossier and task were on time, else 0: score = 100 × (20d + 15o + 15t) / 50 = 40d +
 * 30o + 30t.
 *
 * <pre>
 *            June          July          August        September
 *      d o t score   d o t score   d o t score   d o t score
 * X1   1 1 1  100    1 1 0   70   ½ 1 0   50    1 0 1   70
 * X2   1 1 1  100    1 1 1  100    1 1 1  100    1 1 1  100
 * X3   1 0 1   70   ½ 0 0   20   ½ 0 0   20    1 0 0   40
 * X4   1 1 0   70    1 0 1   70    1 0 0   40    1 0 0   40
 * ranks  June: X1 1, X2 1, X3 3, X4 3   July: X2 1, X1 2, X4 2, X3 4
 *        August: X2 1, X1 2, X4 3, X3 4   September: X2 1, X1 2, X3 3, X4 3 (a tie)
 * </pre> (½: the CONG_VIEC item was not processed digitally, 1 of 2 items; 40 × ½ = 20.)
 * The department S1 has d = o = t = 1 every month and issues 4 documents a month in 2026
 * against 5 in 2025: a cut of 20% ≥ 15%, full points, score 100 from June; before June
 * only DOC_REDUCTION (10) applies, too little to rank.
 */
class TrendTest {

	@TempDir
	static Path work;
	static TestDatabase database;
	static Path out;

	/**
	 * d, o, t per unit and month (June … September), as in the table above; d = 0 means
	 * ½.
	 */
	private static final int[][][] FACTS = { { { 1, 1, 1 }, { 1, 1, 0 }, { 0, 1, 0 }, { 1, 0, 1 } },
			{ { 1, 1, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, { 1, 1, 1 } },
			{ { 1, 0, 1 }, { 0, 0, 0 }, { 0, 0, 0 }, { 1, 0, 0 } },
			{ { 1, 1, 0 }, { 1, 0, 1 }, { 1, 0, 0 }, { 1, 0, 0 } },
			{ { 1, 1, 1 }, { 1, 1, 1 }, { 1, 1, 1 }, { 1, 1, 1 } } };

	private static final String[] UNITS = { "X1", "X2", "X3", "X4", "S1" };

	@BeforeAll
	static void run() throws IOException {
		Path input = Files.createDirectories(work.resolve("in"));
		write(input, "units.csv", """
				unit_code,unit_name,unit_type
				S1,Sở Tài chính,SO
				X1,Ủy ban nhân dân xã Hồng Thái,XA
				X2,Ủy ban nhân dân phường Mỹ Lâm,XA
				X3,Ủy ban nhân dân xã Thái Sơn,XA
				X4,Ủy ban nhân dân xã Yên Phú,XA
				""");
		StringBuilder items = new StringBuilder(
				"unit_code,item_id,kind,received_on,due_on,completed_on,processed_digitally\n");
		StringBuilder tasks = new StringBuilder("unit_code,task_id,source_doc,assigned_on,due_on,completed_on\n");
		for (int u = 0; u < UNITS.length; u++) {
			for (int m = 0; m < 4; m++) {
				String month = "2026-%02d".formatted(6 + m);
				int[] f = FACTS[u][m];
				String unit = UNITS[u];
				items.append("%s,CV-%s-%s,CONG_VIEC,%s-05,,,%s%n".formatted(unit, unit, month, month, f[0] == 1));
				// due on the 15th: on time when completed on the 10th, late on the 20th
				// (still in the month)
				items.append("%s,TT-%s-%s,TTHC,%s-05,%s-15,%s-%s,true%n".formatted(unit, unit, month, month, month,
						month, f[1] == 1 ? "10" : "20"));
				tasks.append("%s,NV-%s-%s,,%s-01,%s-10,%s-%s%n".formatted(unit, unit, month, month, month, month,
						f[2] == 1 ? "08" : "20"));
			}
		}
		write(input, "work_items.csv", items.toString());
		write(input, "tasks.csv", tasks.toString());
		StringBuilder documents = new StringBuilder("unit_code,doc_id,issued_on\n");
		for (int month = 1; month <= 12; month++) {
			for (int i = 1; i <= 5; i++) {
				documents.append("S1,VB-2025-%02d-%d,2025-%02d-%02d%n".formatted(month, i, month, i));
			}
			for (int i = 1; i <= 4 && month <= 9; i++) {
				documents.append("S1,VB-2026-%02d-%d,2026-%02d-%02d%n".formatted(month, i, month, i));
			}
		}
		write(input, "documents.csv", documents.toString());
		database = TestDatabase.create();
		out = work.resolve("out");
		String[] db = database.springArguments();
		ExitCode exit = ScorecardCommand.run("--input=" + input, "--period=2026-09", "--output=" + out,
				"--as-of=2026-10-20", db[0], db[1]);
		assertThat(exit).isEqualTo(ExitCode.SUCCESS);
	}

	@AfterAll
	static void close() {
		database.close();
	}

	private static void write(Path directory, String name, String content) throws IOException {
		Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
	}

	@Test
	void everyPeriodOfTheCourseIsScoredAndRankedUnderTheRunsRuleSet() {
		// twelve months, October 2025 … September 2026; before June no commune has a
		// record, so
		// every indicator is NA and no one is ranked
		assertThat(database.jdbc().queryForList("""
				SELECT period || ' ' || coalesce(round(score, 2)::text, '-') || ' ' || coalesce(rank::text, '-')
				FROM unit_score WHERE unit_code = 'X1' ORDER BY period""", String.class)).containsExactly("2025-10 - -",
				"2025-11 - -", "2025-12 - -", "2026-01 - -", "2026-02 - -", "2026-03 - -", "2026-04 - -", "2026-05 - -",
				"2026-06 100.00 1", "2026-07 70.00 2", "2026-08 50.00 2", "2026-09 70.00 2");
		assertThat(database.jdbc().queryForList("SELECT DISTINCT rule_set FROM unit_score", String.class))
			.containsExactly("2026.2");
	}

	@Test
	void theScorecardShowsTheUnitsCourseWithItsFigures() {
		String text = PdfText.read(out.resolve("2026-09/units/X1.pdf")).flat();
		// the course starts at the unit's first score: no column for October 2025 – May
		// 2026, before its records begin
		assertThat(text).doesNotContain("T5/2026", "T10/2025");
		// the threshold lines labelled with their scores beside the chart
		assertThat(text).contains("III. Diễn biến điểm và thứ hạng qua 4 kỳ gần nhất 90 điểm 70 điểm 50 điểm Kỳ");
		assertThat(text).contains("III. Diễn biến điểm và thứ hạng qua 4 kỳ gần nhất",
				"Kỳ Điểm Hạng T6/2026 100,00 1/4 T7/2026 70,00 2/4 T8/2026 50,00 2/4" + " T9/2026 70,00 2/4",
				"Các kỳ trước được tính lại theo bộ tiêu chí phiên bản 2026.2",
				// the score line compares with August: 70 − 50
				"Điểm tổng hợp: 70,00/100 (tăng 20,00 điểm so với tháng 8 năm 2026)");
		// X1 missed its dossier in September only (on time in August): one period
		assertThat(text).contains("Tỷ lệ hồ sơ TTHC giải quyết đúng hạn 0/1 0,00% −100,00 100% Không đạt (1 kỳ)");
	}

	@Test
	void aFailedIndicatorSaysHowManyPeriodsInARowItHasFailed() {
		// X3: the dossier late in June, July, August and September: 4 in a row (no record
		// before June);
		// the task on time in June, late since: 3 in a row; DIGITAL_RATE ½ in July and
		// August, met now
		String x3 = PdfText.read(out.resolve("2026-09/units/X3.pdf")).flat();
		// (under each value its change against August, in percentage points)
		// (the dossier failed in all four periods of X3's course: "cả 4 kỳ")
		assertThat(x3).contains("Tỷ lệ hồ sơ TTHC giải quyết đúng hạn 0/1 0,00% 0,00 100% Không đạt (cả 4 kỳ)",
				"Tỷ lệ nhiệm vụ hoàn thành đúng hạn 0/1 0,00% 0,00 100% Không đạt (3 kỳ liền)",
				"Tỷ lệ hồ sơ, công việc xử lý trên môi trường số 2/2 100,00% +50,00 100% Đạt");
		// X4: the dossier on time in June only: 3 in a row; the task late in June, on
		// time in July, late since: 2
		String x4 = PdfText.read(out.resolve("2026-09/units/X4.pdf")).flat();
		assertThat(x4).contains("0/1 0,00% 0,00 100% Không đạt (3 kỳ liền)",
				"0/1 0,00% 0,00 100% Không đạt (2 kỳ liền)");
		// X3 and X4 share the third place in September at 40 points
		assertThat(x4).contains("Xếp thứ 3/4 xã, phường (đồng hạng với 1 đơn vị khác cùng 40,00 điểm)");
		assertThat(x3).contains("Xếp thứ 3/4 xã, phường (đồng hạng với 1 đơn vị khác cùng 40,00 điểm)");
	}

	@Test
	void theWatchListNamesEachUnitWithWhyInRunJson() throws IOException {
		JsonNode run = JsonMapper.builder().build().readTree(Files.readString(out.resolve("2026-09/run.json")));
		List<String> watched = new ArrayList<>();
		run.get("watchList")
			.forEach(entry -> watched.add(entry.get("unit_code").asString() + ": " + entry.get("reason").asString()));
		// X3: below 50 in August (20) and September (40); and the lowest of 4 communes
		// (⌈4/10⌉ = 1 place,
		// place 4) in July (rank 4), August (rank 4) and September (rank 3, tied with X4
		// in places 3 and 4).
		// X4: below 50 in August and September, but rank 2 of 4 in July. X1 has 50 in
		// August (a pass).
		// S1 is the only department: rank 1 of 1 is never the lowest tenth. Order: rank 3
		// and 3, by code.
		assertThat(watched).containsExactly(
				"X3: Không hoàn thành nhiệm vụ 2 kỳ liên tiếp (tháng 8/2026: 20,00 điểm; tháng 9/2026: 40,00 điểm)."
						+ " Thuộc nhóm 10% thấp nhất của các xã, phường 3 kỳ liên tiếp (tháng 7/2026: hạng 4/4;"
						+ " tháng 8/2026: hạng 4/4; tháng 9/2026: hạng 3/4).",
				"X4: Không hoàn thành nhiệm vụ 2 kỳ liên tiếp (tháng 8/2026: 40,00 điểm; tháng 9/2026: 40,00 điểm).");
		assertThat(run.get("coursePeriods").get(0).asString()).isEqualTo("2025-10");
		assertThat(run.get("coursePeriods").get(11).asString()).isEqualTo("2026-09");
	}

	@Test
	void theRankingReportOpensWithTheProvinceAsAWholeBandCountsAndTheWatchList() {
		PdfText ranking = PdfText.read(out.resolve("2026-09/ranking.pdf"));
		String text = ranking.flat();
		String firstPage = text.substring(0, text.indexOf("PHỤ LỤC I"));
		assertThat(firstPage).contains(
				// documents: 4 a month in January … September 2026 = 36, against 5 a
				// month in 2025 = 45: cut 1 − 36/45 = 20%
				"Cắt giảm văn bản hành chính so với cùng kỳ năm trước 36 văn bản từ đầu năm; cùng kỳ năm trước 45 20,00% ≥15% Đạt",
				// no meeting delivered at all: not applicable, with the SPEC's reason
				"Cắt giảm hội nghị so với cùng kỳ năm trước 0 hội nghị từ đầu năm; cùng kỳ năm trước 0 — ≥10% Không áp dụng:"
						+ " không có hội nghị nào từ 01/01/2026 đến 30/09/2026 trong toàn tỉnh",
				// September: 2 items × 5 units, every one digital (X1, X3 and X4
				// processed their CONG_VIEC digitally)
				"Tỷ lệ hồ sơ, công việc xử lý trên môi trường số 10/10 hồ sơ, công việc 100,00% 100% Đạt",
				// dossiers on time in September: X2 and S1 of 5
				"Tỷ lệ hồ sơ TTHC giải quyết đúng hạn 2/5 hồ sơ TTHC 40,00% 100% Không đạt",
				// tasks on time in September: X1, X2 and S1 of 5
				"Tỷ lệ nhiệm vụ hoàn thành đúng hạn 3/5 nhiệm vụ 60,00% 100% Không đạt",
				"Hội nghị quy mô toàn tỉnh của các sở, ban, ngành 0 hội nghị từ đầu năm 0 ≤2/năm Đạt",
				"2. Số đơn vị theo xếp loại so với tháng 8 năm 2026",
				// SO: S1 excellent both months; XA September: X2 100, X1 70, X3 40, X4
				// 40;
				// August: X2 100, X1 50, X4 40, X3 20
				"Hoàn thành xuất sắc nhiệm vụ 1 1 1 1", "Hoàn thành tốt nhiệm vụ 0 0 1 0",
				"Hoàn thành nhiệm vụ 0 0 0 1", "Không hoàn thành nhiệm vụ 0 0 2 2",
				"Chưa xếp hạng (thiếu số liệu) 0 0 0 0",
				"X3 – Ủy ban nhân dân xã Thái Sơn Không hoàn thành nhiệm vụ 2 kỳ liên tiếp",
				"X4 – Ủy ban nhân dân xã Yên Phú Không hoàn thành nhiệm vụ 2 kỳ liên tiếp");
		assertThat(ranking.pages()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void theRankingAppendixShowsTheTargetsThePreviousRankTheChangeAndSharedRanks() {
		String text = PdfText.read(out.resolve("2026-09/ranking.pdf")).flat();
		String communes = text.substring(text.indexOf("PHỤ LỤC II"));
		// each indicator's column names its target
		assertThat(communes).contains("Xử lý trên môi trường số 100%", "Giảm văn bản ≥15%", "Hội nghị toàn xã ≤3");
		// September X2 100, X1 70, X3 and X4 40 (rank 3, shared); August X2 100 (1), X1
		// 50
		// (2), X4 40 (3), X3 20 (4)
		assertThat(communes).containsSubsequence("1 X2 Ủy ban nhân dân", "100,00 Hoàn thành xuất sắc nhiệm vụ 1 0,00",
				"2 X1 Ủy ban nhân dân", "70,00 Hoàn thành tốt nhiệm vụ 2 +20,00", "3 đồng hạng X3 Ủy ban nhân dân",
				"40,00 Không hoàn thành nhiệm vụ 4 +20,00", "3 đồng hạng X4 Ủy ban nhân dân",
				"40,00 Không hoàn thành nhiệm vụ 3 0,00");
		// a value not met carries its mark, readable in black and white
		assertThat(communes).contains("×", "× không đạt");
	}

	@Test
	void theWorkbookHoldsTheCourseAndTheWatchList() throws IOException {
		try (InputStream in = Files.newInputStream(out.resolve("2026-09/scorecard.xlsx"));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet course = workbook.getSheet("Diễn biến điểm");
			// no column for the periods before the records begin (October 2025 – May
			// 2026)
			assertThat(course.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Điểm T6/2026");
			assertThat(course.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Điểm T9/2026");
			assertThat(course.getRow(0).getCell(7)).isNull();
			Row x1 = rowOf(course, "X1");
			assertThat(List.of(x1.getCell(3), x1.getCell(4), x1.getCell(5), x1.getCell(6)))
				.allSatisfy(cell -> assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC))
				.extracting(Cell::getNumericCellValue)
				.containsExactly(100.0, 70.0, 50.0, 70.0);
			// the province at a glance, communes (columns 3 and 4): September X2 100, X1
			// 70,
			// X3 40, X4 40, average 250 / 4 = 62,50; August 100, 50, 40, 20: 210 / 4 =
			// 52,50;
			// bands (≥ 90, ≥ 70, ≥ 50, below): September 1, 1, 0, 2; August 1, 0, 1, 2;
			// X3
			// and X4 watched. The department S1: 100 both months
			Sheet summary = workbook.getSheet("Tổng hợp");
			assertThat(summary.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Xã, phường: tháng 9 năm 2026");
			assertThat(summary.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Xã, phường: tháng 8 năm 2026");
			List<String> lines = new ArrayList<>();
			for (Row row : summary) {
				if (row.getRowNum() > 0) {
					List<String> figures = new ArrayList<>();
					for (int c = 1; c <= 4; c++) {
						figures.add(row.getCell(c) == null ? "" : String.valueOf(row.getCell(c).getNumericCellValue()));
					}
					lines.add(row.getCell(0).getStringCellValue() + ": " + String.join(" ", figures));
				}
			}
			assertThat(lines).containsExactly("Số đơn vị được đánh giá: 1.0 1.0 4.0 4.0",
					"Số đơn vị được xếp hạng: 1.0 1.0 4.0 4.0", "Điểm bình quân: 100.0 100.0 62.5 52.5",
					"Hoàn thành xuất sắc nhiệm vụ: 1.0 1.0 1.0 1.0", "Hoàn thành tốt nhiệm vụ: 0.0 0.0 1.0 0.0",
					"Hoàn thành nhiệm vụ: 0.0 0.0 0.0 1.0", "Không hoàn thành nhiệm vụ: 0.0 0.0 2.0 2.0",
					"Chưa xếp hạng (thiếu số liệu): 0.0 0.0 0.0 0.0", "Số đơn vị cần theo dõi: 0.0  2.0 ");
			Sheet watch = workbook.getSheet("Đơn vị cần theo dõi");
			assertThat(watch.getRow(1).getCell(1).getStringCellValue()).isEqualTo("X3");
			assertThat(watch.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(3.0);
			assertThat(watch.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(40.0);
			assertThat(watch.getRow(2).getCell(1).getStringCellValue()).isEqualTo("X4");
			assertThat(watch.getRow(3)).isNull();
		}
	}

	private static Row rowOf(Sheet sheet, String unit) {
		for (Row row : sheet) {
			if (unit.equals(row.getCell(1).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError(unit + " not in " + sheet.getSheetName());
	}

}

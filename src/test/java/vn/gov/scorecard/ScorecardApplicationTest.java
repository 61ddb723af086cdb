package vn.gov.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.sample.SampleData;
import vn.gov.scorecard.support.PdfText;
import vn.gov.scorecard.support.RunJsonSchema;
import vn.gov.scorecard.support.TestDatabase;

/**
 * The packaged job's entry point, run on a generated province against a real PostgreSQL.
 */
class ScorecardApplicationTest {

	@TempDir
	static Path work;
	static TestDatabase database;
	static Path input;
	static Path output;
	static ExitCode exit;

	@BeforeAll
	static void runTheSampleData() {
		input = work.resolve("input");
		output = work.resolve("out");
		SampleData.write(input, 7);
		database = TestDatabase.create();
		exit = run("--input=" + input, "--period=2026-09", "--output=" + output, "--as-of=2026-11-24");
	}

	@AfterAll
	static void close() {
		database.close();
	}

	static ExitCode run(String... options) {
		String[] args = new String[options.length + 2];
		System.arraycopy(options, 0, args, 0, options.length);
		System.arraycopy(database.springArguments(), 0, args, options.length, 2);
		return ScorecardCommand.run(args);
	}

	@Test
	void theRunSucceedsAndWritesItsOutputsUnderThePeriod() {
		assertThat(exit).isEqualTo(ExitCode.SUCCESS);
		assertThat(output.resolve("2026-09")).isDirectoryContaining("glob:**/scores.csv")
			.isDirectoryContaining("glob:**/ranking.csv")
			.isDirectoryContaining("glob:**/rejects.csv")
			.isDirectoryContaining("glob:**/run.json");
	}

	@Test
	void everyScoredUnitHasEveryIndicatorOfItsType() throws IOException {
		List<CSVRecord> scores = read("scores.csv", "unit_code", "unit_type", "indicator", "numerator", "denominator",
				"value", "target", "status", "points", "weight", "reason");
		Map<String, List<CSVRecord>> byUnit = scores.stream().collect(Collectors.groupingBy(r -> r.get("unit_code")));
		assertThat(byUnit).hasSize(137); // 17 departments + 120 communes exist in
											// September 2026
		byUnit.forEach((unit, rows) -> {
			String type = rows.get(0).get("unit_type");
			assertThat(rows).extracting(r -> r.get("indicator"))
				.containsExactlyElementsOf("SO".equals(type)
						? List.of("DIGITAL_RATE", "DOSSIER_ON_TIME", "TASK_ON_TIME", "DOC_REDUCTION",
								"MEETING_REDUCTION", "ONLINE_SHARE", "DURATION_OK", "SPEECH_OK", "NO_SUMMONS",
								"REPORT_ON_TIME")
						: List.of("DIGITAL_RATE", "DOSSIER_ON_TIME", "TASK_ON_TIME", "DOC_REDUCTION",
								"MEETING_REDUCTION", "ONLINE_SHARE", "DURATION_OK", "SPEECH_OK", "WIDE_CONF_LIMIT",
								"REPORT_ON_TIME"));
		});
		for (CSVRecord row : scores) {
			boolean na = row.get("status").equals("NA");
			assertThat(row.get("value").isEmpty()).isEqualTo(na);
			assertThat(row.get("points").isEmpty()).isEqualTo(na);
			assertThat(row.get("reason").isEmpty()).isEqualTo(!na);
			if (!na) {
				assertThat(row.get("value")).matches("-?\\d+\\.\\d{4}");
				assertThat(row.get("points")).matches("\\d+\\.\\d{4}");
			}
		}
	}

	@Test
	void ranksAreConsistentWithScoresWithinEachUnitType() throws IOException {
		List<CSVRecord> ranking = read("ranking.csv", "unit_code", "unit_name", "unit_type", "score", "classification",
				"rank");
		assertThat(ranking).hasSize(137);
		for (String type : List.of("SO", "XA")) {
			List<CSVRecord> rows = ranking.stream().filter(r -> r.get("unit_type").equals(type)).toList();
			for (int i = 0; i < rows.size(); i++) {
				int rank = Integer.parseInt(rows.get(i).get("rank"));
				BigDecimal score = new BigDecimal(rows.get(i).get("score"));
				if (i == 0) {
					assertThat(rank).isEqualTo(1);
					continue;
				}
				BigDecimal previous = new BigDecimal(rows.get(i - 1).get("score"));
				assertThat(score).isLessThanOrEqualTo(previous);
				int previousRank = Integer.parseInt(rows.get(i - 1).get("rank"));
				assertThat(rank == i + 1 || (rank == previousRank && score.compareTo(previous) == 0))
					.as("rank %d at position %d", rank, i + 1)
					.isTrue();
			}
		}
		assertThat(ranking).extracting(r -> r.get("unit_name")).contains("Sở Văn hóa, Thể thao và Du lịch");
	}

	@Test
	void everyRejectPointsAtTheLineThatHoldsTheBadValue() throws IOException {
		List<CSVRecord> rejects = read("rejects.csv", "file", "line", "unit_code", "record_id", "column", "value",
				"reason");
		assertThat(rejects).extracting(r -> r.get("file") + " " + r.get("column") + " " + r.get("value"))
			.containsExactly("meetings.csv held_on 31/12/2025", "meetings.csv category chuyen_mon",
					"documents.csv unit_code SO99", "work_items.csv completed_on 2026-05-01",
					"reports.csv report_period 2026-02");
		for (CSVRecord reject : rejects) {
			List<String> lines = Files.readAllLines(input.resolve(reject.get("file")));
			assertThat(lines.get(Integer.parseInt(reject.get("line")) - 1)).contains(reject.get("value"));
		}
	}

	/**
	 * The report's data-quality appendix says, for a leader, which unit lost which rows
	 * and why, one line a unit, in words: the five rejects of the sample, one unit each.
	 */
	@Test
	void theReportSaysWhichUnitLostRowsAndWhyInWords() {
		String pdf = PdfText.read(output.resolve("2026-09/ranking.pdf")).flat();
		assertThat(pdf).containsSubsequence(
				"Dòng dữ liệu bị loại, theo đơn vị (nhiều nhất trước; chi tiết từng dòng trong rejects.csv):",
				"SO01: 1 dòng — báo cáo định kỳ: kỳ báo cáo phải là quý, 6 tháng hoặc năm",
				"SO03: 1 dòng — hội nghị: ngày không đúng định dạng yyyy-MM-dd",
				"SO99: 1 dòng — văn bản: mã đơn vị không có trong danh mục đơn vị (units.csv)",
				"XA002: 1 dòng — hội nghị: giá trị không hợp lệ",
				"XA004: 1 dòng — hồ sơ, công việc: ngày hoàn thành (completed_on) trước ngày tiếp nhận");
	}

	@Test
	void runJsonFollowsItsPublishedSchema() {
		RunJsonSchema.assertValid(output.resolve("2026-09/run.json"));
	}

	@Test
	void runJsonAccountsForEveryRowOfEveryFile() throws Exception {
		JsonNode run = JsonMapper.builder().build().readTree(output.resolve("2026-09/run.json").toFile());
		assertThat(run.get("period").asString()).isEqualTo("2026-09");
		assertThat(run.get("ruleSet").asString()).isEqualTo("2026.2");
		assertThat(run.get("provisional").asBoolean()).isFalse();
		// the sample run names no signer: the report cannot be signed as it is, and says
		// so
		assertThat(run.get("warnings")).hasSize(1);
		assertThat(run.get("warnings").get(0).asText()).startsWith("Báo cáo ranking.pdf chưa có họ tên người ký");
		assertThat(run.get("asOf").asString()).isEqualTo("2026-11-24");
		assertThat(run.get("files")).hasSize(6);
		long rejected = 0;
		for (JsonNode file : run.get("files")) {
			assertThat(file.get("read").asLong())
				.isEqualTo(file.get("loaded").asLong() + file.get("rejected").asLong());
			assertThat(file.get("blank").asLong()).isZero();
			byte[] bytes = Files.readAllBytes(input.resolve(file.get("name").asString()));
			assertThat(file.get("sha256").asString())
				.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
			// every data line of the generated files is a record: read = lines − header
			assertThat(file.get("read").asLong())
				.isEqualTo(Files.readAllLines(input.resolve(file.get("name").asString())).size() - 1);
			rejected += file.get("rejected").asLong();
		}
		assertThat(rejected).isEqualTo(5);
	}

	@Test
	void csvOutputsStartWithAByteOrderMarkForExcel() throws IOException {
		for (String name : List.of("scores.csv", "ranking.csv", "rejects.csv")) {
			byte[] bytes = Files.readAllBytes(output.resolve("2026-09").resolve(name));
			assertThat(new byte[] { bytes[0], bytes[1], bytes[2] }).containsExactly(0xEF, 0xBB, 0xBF);
		}
	}

	@Test
	void everyScorecardShowsTheFiguresOfScoresAndRankingCsv() throws IOException {
		List<CSVRecord> ranking = read("ranking.csv", "unit_code", "unit_name", "unit_type", "score", "classification",
				"rank");
		Map<String, List<CSVRecord>> scores = read("scores.csv", "unit_code", "unit_type", "indicator", "numerator",
				"denominator", "value", "target", "status", "points", "weight", "reason")
			.stream()
			.collect(Collectors.groupingBy(r -> r.get("unit_code")));
		String rankingPdf = PdfText.read(output.resolve("2026-09/ranking.pdf")).flat();
		for (CSVRecord unit : ranking) {
			String code = unit.get("unit_code");
			PdfText pdf = PdfText.read(output.resolve("2026-09/units/" + code + ".pdf"));
			assertThat(pdf.fontsNotEmbedded()).as(code).isEmpty();
			String text = pdf.flat();
			assertThat(text).as(code)
				.contains("của " + unit.get("unit_name"), "Điểm tổng hợp: " + comma(unit.get("score")) + "/100",
						"Xếp loại: " + unit.get("classification"), "Xếp thứ " + unit.get("rank") + "/");
			for (CSVRecord row : scores.get(code)) {
				// a cut's counts are this year's against last year's
				String counts = row.get("numerator") + (row.get("indicator").endsWith("_REDUCTION") ? " so với " : "/")
						+ row.get("denominator");
				if (row.get("status").equals("NA")) {
					assertThat(text).as(code + " " + row.get("indicator"))
						.contains(counts + " —", "— / " + row.get("weight"));
					continue;
				}
				String value = row.get("indicator").equals("WIDE_CONF_LIMIT") ? row.get("numerator")
						: comma(new BigDecimal(row.get("value")).movePointRight(2).toPlainString()) + "%";
				// the value, its change against the previous period if it has one, the
				// target
				assertThat(text).as(code + " " + row.get("indicator"))
					.containsPattern(Pattern.quote(counts + " " + value) + "( [+−]?[\\d.]+(,\\d+)?)? "
							+ Pattern.quote(row.get("target")))
					.contains(comma(row.get("points")) + " / " + row.get("weight"));
			}
			assertThat(rankingPdf).as(code).contains(code + " ").contains(" " + comma(unit.get("score")) + " ");
		}
	}

	/**
	 * No contract code in what people read (SPEC v3 §6, decision 84): not one of the
	 * enumerated values of the input files, the indicator codes or the statuses appears
	 * in any unit's scorecard or in the visible text of any unit's page, for every unit
	 * of the sample month (unit codes may).
	 */
	@Test
	void noScorecardOrPageSaysAContractCode() throws IOException {
		List<String> codes = new ArrayList<>(List.of("SO", "XA", "QUAN_TRIET", "CHUYEN_MON", "QUAN_TRONG", "KHAC",
				"TRUC_TIEP", "TRUC_TUYEN", "KET_HOP", "TOAN_TINH", "TOAN_XA", "CONG_VIEC", "MET", "NOT_MET", "NA"));
		for (vn.gov.scorecard.rules.Indicator indicator : vn.gov.scorecard.rules.Indicator.values()) {
			codes.add(indicator.name());
		}
		java.util.regex.Pattern anyCode = java.util.regex.Pattern
			.compile("(?<![\\p{L}\\d_])(" + String.join("|", codes) + ")(?![\\p{L}\\d_])");
		Path units = output.resolve("2026-09/units");
		List<Path> files;
		try (var listing = Files.list(units)) {
			files = listing.sorted().toList();
		}
		assertThat(files).hasSize(2 * 137);
		for (Path file : files) {
			String text = file.toString().endsWith(".pdf") ? PdfText.read(file).flat()
					: Files.readString(file)
						.replaceAll("(?s)<(style|script)[^>]*>.*?</\\1>", " ")
						.replaceAll("<[^>]+>", " ");
			assertThat(anyCode.matcher(text).results().map(java.util.regex.MatchResult::group).toList())
				.as(file.getFileName().toString())
				.isEmpty();
		}
	}

	/**
	 * A commune over its yearly cap of commune-wide conferences finds them listed in its
	 * annex, one line each, as many as the count scores.csv gives (in the sample month,
	 * those of XA001, XA011, XA042 …).
	 */
	@Test
	void theAnnexListsTheCommuneWideConferencesOverTheCap() throws IOException {
		List<CSVRecord> over = read("scores.csv", "unit_code", "unit_type", "indicator", "numerator", "denominator",
				"value", "target", "status", "points", "weight", "reason")
			.stream()
			.filter(r -> r.get("indicator").equals("WIDE_CONF_LIMIT") && r.get("status").equals("NOT_MET"))
			.toList();
		assertThat(over).isNotEmpty();
		for (CSVRecord unit : over) {
			String text = PdfText.read(output.resolve("2026-09/units/" + unit.get("unit_code") + ".pdf")).flat();
			String heading = "tổ chức " + unit.get("numerator") + " hội nghị quy mô toàn xã, vượt giới hạn "
					+ unit.get("denominator") + " hội nghị mỗi năm:";
			assertThat(text).as(unit.get("unit_code")).contains(heading);
			String listed = text.substring(text.indexOf(heading) + heading.length()).split(" \\d+\\. | Trang ")[0];
			assertThat(listed.split("– Hội nghị ", -1)).as(unit.get("unit_code") + ": " + listed)
				.hasSize(Integer.parseInt(unit.get("numerator")) + 1);
		}
	}

	/**
	 * ranking.docx is the ranking report as a Word document a clerk can edit before it is
	 * signed: read back with POI, it names every unit, with Vietnamese intact, and ends,
	 * as ranking.pdf does, with the recipients and the signature block.
	 */
	@Test
	void theRankingReportIsAlsoAnEditableWordDocumentEndingWithItsRecipientsAndSigner() throws IOException {
		String docx;
		try (XWPFDocument document = new XWPFDocument(Files.newInputStream(output.resolve("2026-09/ranking.docx")));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			docx = extractor.getText();
		}
		for (CSVRecord unit : read("ranking.csv", "unit_code", "unit_name", "unit_type", "score", "classification",
				"rank")) {
			assertThat(docx).as(unit.get("unit_code")).contains(unit.get("unit_name"));
		}
		assertThat(docx).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
				"Kết quả xếp hạng chấp hành chỉ đạo, điều hành tháng 9 năm 2026", "Nơi nhận:",
				"Thường trực Tỉnh ủy (để báo cáo)", "GIÁM ĐỐC");
		String pdf = PdfText.read(output.resolve("2026-09/ranking.pdf")).flat();
		// the body ends with them, before the appendices
		assertThat(pdf.substring(pdf.indexOf("IV. ĐỀ XUẤT"), pdf.indexOf("PHỤ LỤC I"))).contains("Nơi nhận:",
				"- Lưu: VT.", "GIÁM ĐỐC");
	}

	/**
	 * scorecard.xlsx, read back with POI: every figure of ranking.csv, scores.csv and
	 * rejects.csv, as numbers where they are numbers, with formats, colours, filters and
	 * frozen headings.
	 */
	@Test
	void theWorkbookHoldsTheFiguresOfTheCsvFilesAsNumbers() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(output.resolve("2026-09/scorecard.xlsx")))) {
			List<String> sheets = new java.util.ArrayList<>();
			workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
			assertThat(sheets).containsExactly("Tổng hợp", "Xếp hạng sở, ban, ngành", "Xếp hạng xã, phường",
					"Giá trị chỉ tiêu", "Điểm theo chỉ tiêu", "Dòng bị loại", "Đơn vị cần theo dõi", "Diễn biến điểm",
					"Thông tin lần tính");
			for (Sheet sheet : workbook) {
				assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
				assertThat(((XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter()).as(sheet.getSheetName()).isTrue();
				// printed A4 landscape, one page wide, the heading row on every page
				PrintSetup print = sheet.getPrintSetup();
				assertThat(List.of(print.getLandscape(), print.getPaperSize() == PrintSetup.A4_PAPERSIZE,
						sheet.getFitToPage()))
					.as(sheet.getSheetName())
					.containsOnly(true);
				assertThat(List.of(print.getFitWidth(), print.getFitHeight())).as(sheet.getSheetName())
					.containsExactly((short) 1, (short) 0);
				// (read as written: POI's own reader splits a sheet name at its commas)
				assertThat(workbook.getAllNames())
					.filteredOn(name -> name.getNameName().endsWith("Print_Titles")
							&& name.getSheetIndex() == workbook.getSheetIndex(sheet))
					.singleElement()
					.satisfies(name -> assertThat(name.getRefersToFormula()).endsWith("!$1:$1"));
			}
			// the unit's code and name stay in view beside the heading row
			assertThat(workbook.getSheet("Xếp hạng xã, phường").getPaneInformation().getVerticalSplitLeftColumn())
				.isEqualTo((short) 3);
			assertThat(workbook.getSheet("Điểm theo chỉ tiêu").getPaneInformation().getVerticalSplitLeftColumn())
				.isEqualTo((short) 2);
			Map<String, Integer> rowOfType = new java.util.HashMap<>(Map.of("SO", 1, "XA", 1));
			for (CSVRecord unit : read("ranking.csv", "unit_code", "unit_name", "unit_type", "score", "classification",
					"rank")) {
				Sheet sheet = workbook.getSheetAt(unit.get("unit_type").equals("SO") ? 1 : 2);
				Row row = sheet.getRow(rowOfType.merge(unit.get("unit_type"), 1, Integer::sum) - 1);
				assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(Double.parseDouble(unit.get("rank")));
				assertThat(row.getCell(1).getStringCellValue()).isEqualTo(unit.get("unit_code"));
				assertThat(row.getCell(2).getStringCellValue()).isEqualTo(unit.get("unit_name"));
				assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(BigDecimal.valueOf(row.getCell(3).getNumericCellValue())
					.setScale(2, java.math.RoundingMode.HALF_UP)).isEqualTo(new BigDecimal(unit.get("score")));
				assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00");
				assertThat(row.getCell(4).getStringCellValue()).isEqualTo(unit.get("classification"));
				// in its band's colour, as on the site
				assertThat(((XSSFCellStyle) row.getCell(4).getCellStyle()).getFillForegroundXSSFColor().getARGBHex())
					.as(unit.get("unit_code"))
					.endsWith(switch (unit.get("classification")) {
						case "Hoàn thành xuất sắc nhiệm vụ" -> "B9DFBB";
						case "Hoàn thành tốt nhiệm vụ" -> "DCEDC8";
						case "Hoàn thành nhiệm vụ" -> "FFE9A3";
						default -> "F6C1BB";
					});
			}
			Sheet scores = workbook.getSheet("Điểm theo chỉ tiêu");
			List<CSVRecord> scoresCsv = read("scores.csv", "unit_code", "unit_type", "indicator", "numerator",
					"denominator", "value", "target", "status", "points", "weight", "reason");
			assertThat(scores.getLastRowNum()).isEqualTo(scoresCsv.size());
			Map<String, Map<String, String>> statusOf = new java.util.HashMap<>();
			for (int i = 0; i < scoresCsv.size(); i++) {
				CSVRecord csv = scoresCsv.get(i);
				Row row = scores.getRow(i + 1);
				statusOf.computeIfAbsent(csv.get("unit_code"), k -> new java.util.HashMap<>())
					.put(csv.get("indicator"), csv.get("status"));
				// every code beside its words: the unit's name, its type, the indicator,
				// the
				// status
				vn.gov.scorecard.rules.Indicator indicator = vn.gov.scorecard.rules.Indicator
					.valueOf(csv.get("indicator"));
				assertThat(List.of(row.getCell(0).getStringCellValue(), row.getCell(3).getStringCellValue(),
						row.getCell(4).getStringCellValue(), row.getCell(5).getStringCellValue(),
						row.getCell(11).getStringCellValue(), row.getCell(12).getStringCellValue()))
					.containsExactly(csv.get("unit_code"), csv.get("unit_type"), indicator.nameVi(), indicator.name(),
							switch (csv.get("status")) {
								case "MET" -> "Đạt";
								case "NOT_MET" -> "Không đạt";
								default -> "Không áp dụng";
							}, csv.get("status"));
				assertThat(row.getCell(2).getStringCellValue())
					.isEqualTo(csv.get("unit_type").equals("SO") ? "Sở, ban, ngành" : "Xã, phường");
				assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(Double.parseDouble(csv.get("numerator")));
				assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(Double.parseDouble(csv.get("denominator")));
				boolean count = csv.get("indicator").equals("WIDE_CONF_LIMIT");
				if (csv.get("value").isEmpty()) {
					assertThat(row.getCell(8)).isNull();
				}
				else {
					assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(Double.parseDouble(csv.get("value")));
					assertThat(row.getCell(8).getCellStyle().getDataFormatString()).isEqualTo(count ? "0" : "0.00%");
				}
				// the target as a number with its form: 100% is "bằng" 1, ≥15% "tối
				// thiểu"
				// 0,15, ≤3 "tối đa" 3
				String target = csv.get("target");
				assertThat(row.getCell(9).getStringCellValue() + " " + row.getCell(10).getNumericCellValue())
					.isEqualTo(switch (target.charAt(0)) {
						case '≥' -> "tối thiểu " + Double.parseDouble(target.replaceAll("[^0-9.]", "")) / 100;
						case '≤' -> "tối đa " + Double.parseDouble(target.substring(1));
						default -> "bằng 1.0";
					});
			}
			// the value cells are green, red or grey as the status in scores.csv says
			Sheet values = workbook.getSheet("Giá trị chỉ tiêu");
			Map<String, String> colour = Map.of("MET", "C6EFCE", "NOT_MET", "FFC7CE", "NA", "E7E6E6");
			for (int r = 1; r <= values.getLastRowNum(); r++) {
				Row row = values.getRow(r);
				String code = row.getCell(1).getStringCellValue();
				statusOf.get(code).forEach((indicator, status) -> {
					XSSFCellStyle style = (XSSFCellStyle) row
						.getCell(4 + vn.gov.scorecard.rules.Indicator.valueOf(indicator).ordinal())
						.getCellStyle();
					assertThat(style.getFillForegroundXSSFColor().getARGBHex()).as(code + " " + indicator)
						.endsWith(colour.get(status));
				});
			}
			Sheet rejects = workbook.getSheet("Dòng bị loại");
			List<CSVRecord> rejectsCsv = read("rejects.csv", "file", "line", "unit_code", "record_id", "column",
					"value", "reason");
			assertThat(rejectsCsv).isNotEmpty();
			for (int i = 0; i < rejectsCsv.size(); i++) {
				assertThat(rejects.getRow(i + 1).getCell(1).getNumericCellValue())
					.isEqualTo(Double.parseDouble(rejectsCsv.get(i).get("line")));
				assertThat(rejects.getRow(i + 1).getCell(6).getStringCellValue())
					.isEqualTo(rejectsCsv.get(i).get("reason"));
			}
			Row asOf = workbook.getSheet("Thông tin lần tính").getRow(4);
			assertThat(asOf.getCell(0).getStringCellValue()).isEqualTo("Số liệu đến ngày");
			assertThat(DateUtil.isCellDateFormatted(asOf.getCell(1))).isTrue();
			assertThat(asOf.getCell(1).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(java.time.LocalDate.of(2026, 11, 24));
		}
	}

	private static String comma(String csvNumber) {
		return csvNumber.replace('.', ',');
	}

	@Test
	void badArgumentsAndAnUnreachableDatabaseExitWithTheirOwnCodes(@TempDir Path empty) {
		assertThat(run("--input=" + input, "--period=2026-13", "--output=" + output))
			.isEqualTo(ExitCode.INVALID_ARGUMENTS);
		assertThat(run("--input=" + empty.resolve("missing"), "--period=2026-09", "--output=" + output))
			.isEqualTo(ExitCode.INVALID_ARGUMENTS);
		assertThat(ScorecardCommand.run("--input=" + input, "--period=2026-09", "--output=" + output,
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none", "--spring.datasource.username=x"))
			.isEqualTo(ExitCode.DATABASE_UNREACHABLE);
	}

	@Test
	void anUnusableFileAndTooManyRejectsExitWithTheirOwnCodes(@TempDir Path work) throws IOException {
		Path bad = Files.createDirectories(work.resolve("bad"));
		Files.writeString(bad.resolve("units.csv"), "unit_code,unit_name\nSO1,Sở Nội vụ\n");
		assertThat(run("--input=" + bad, "--period=2026-09", "--output=" + work.resolve("out")))
			.isEqualTo(ExitCode.INPUT_PROBLEM);
		// 6 of 7 rows rejected: more than 5% and more than 5 rows
		StringBuilder units = new StringBuilder("unit_code,unit_name,unit_type\nSO1,Sở Nội vụ,SO\n");
		for (int i = 2; i <= 7; i++) {
			units.append("SO").append(i).append(",Sở ").append(i).append(",XX\n");
		}
		Files.writeString(bad.resolve("units.csv"), units);
		assertThat(run("--input=" + bad, "--period=2026-08", "--output=" + work.resolve("out")))
			.isEqualTo(ExitCode.REJECT_CAP_EXCEEDED);
		// the period folder is not touched; the rejects are kept apart in failed/
		assertThat(work.resolve("out/2026-08")).doesNotExist();
		try (var failed = Files.list(work.resolve("out/failed/2026-08"))) {
			assertThat(failed.findFirst().orElseThrow().resolve("rejects.csv")).content()
				.contains("units.csv,3,SO2,,unit_type,XX");
		}
	}

	private static List<CSVRecord> read(String name, String... header) throws IOException {
		try (Reader reader = Files.newBufferedReader(output.resolve("2026-09").resolve(name), StandardCharsets.UTF_8)) {
			assertThat((char) reader.read()).isEqualTo('\uFEFF');
			List<CSVRecord> records = CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)
				.getRecords();
			assertThat(records.get(0).getParser().getHeaderNames()).containsExactly(header);
			return records;
		}
	}

}

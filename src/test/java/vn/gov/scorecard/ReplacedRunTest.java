package vn.gov.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.support.Console;
import vn.gov.scorecard.support.PdfText;
import vn.gov.scorecard.support.RunJsonSchema;
import vn.gov.scorecard.support.TestDatabase;

/**
 * A period published again says what changed since the version people received (issue 28,
 * decision 88): run.json, the summary, the ranking report's first lines, the site, and
 * the scorecards of the units that changed.
 *
 * <p>
 * Three departments deliver their work items for February 2026, one file each; only
 * DIGITAL_RATE applies (no other kind is delivered, no report falls due in February), and
 * the rule set ranks on it alone (min-weight-to-rank 0). A unit's score is then 100 × its
 * digital share: A 10/10 → 100,00 (xuất sắc, 1st), B 8/10 → 80,00 (tốt, 2nd), C 7/10 →
 * 70,00 (tốt, 3rd).
 */
class ReplacedRunTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path work;

	@Test
	void aRerunSaysWhatChangedSinceTheRunItReplaces() throws IOException {
		Path input = work.resolve("input");
		Files.createDirectories(input.resolve("work_items"));
		Files.writeString(input.resolve("units.csv"),
				"unit_code,unit_name,unit_type\nA,Sở Tư pháp,SO\nB,Sở Y tế,SO\nC,Sở Xây dựng,SO\n",
				StandardCharsets.UTF_8);
		workItems(input, "A", "1-10");
		workItems(input, "B", "1-8");
		workItems(input, "C", "1-7");
		Path first = rules("T1", "\"= 100%\"");
		Path out = work.resolve("out/2026-02");
		try (TestDatabase database = TestDatabase.create()) {
			Console.run(ExitCode.SUCCESS, run(database, input, first));
			assertThat(json(out).has("changesFromReplaced")).as("run 1 replaces nothing").isTrue();
			assertThat(json(out).get("changesFromReplaced").isNull()).isTrue();
			assertThat(PdfText.read(out.resolve("ranking.pdf")).text()).doesNotContain("thay thế");

			// C corrects its file: C-8 was processed digitally after all, C-10 was never
			// its item (withdrawn), C-11, digital, was missing → 9 of 10 digital: 90,00
			// (xuất sắc), 2nd; B, whose figures do not move, falls to 3rd; A stays
			Files.writeString(input.resolve("work_items/C.csv"),
					header() + items("C", 1, 8, true) + items("C", 9, 9, false) + items("C", 11, 11, true),
					StandardCharsets.UTF_8);
			String printed = Console.run(ExitCode.SUCCESS, run(database, input, first));
			JsonNode changes = json(out).get("changesFromReplaced");
			String replacedOn = date(changes);
			assertThat(OffsetDateTime.parse(changes.get("replacedRunFinishedAt").asString()))
				.isAfterOrEqualTo(OffsetDateTime
					.parse(json(work.resolve("out/archive/2026-02/run-1")).get("startedAt").asString()))
				.isBeforeOrEqualTo(OffsetDateTime.parse(json(out).get("startedAt").asString()));
			assertThat(withoutTime(changes)).isEqualTo(JSON.readTree("""
					{"replacedRunId": 1,
					 "reasons": {"ruleSet": null, "asOf": null, "filesDelivered": ["work_items/C.csv"],
					             "recordsWithdrawn": 1},
					 "unitsCompared": 3, "unitsChanged": 2, "scoresChanged": 1, "classificationsChanged": 1,
					 "ranksChanged": 2,
					 "units": [
					  {"unit_code": "C", "unit_name": "Sở Xây dựng", "unit_type": "SO",
					   "scored": {"before": true, "after": true},
					   "score": {"before": 70.00, "after": 90.00},
					   "classification": {"before": "Hoàn thành tốt nhiệm vụ", "after": "Hoàn thành xuất sắc nhiệm vụ"},
					   "rank": {"before": 3, "after": 2},
					   "indicators": [
					    {"indicator": "DIGITAL_RATE", "numerator": {"before": 7, "after": 9},
					     "denominator": {"before": 10, "after": 10}, "value": {"before": 0.7000, "after": 0.9000},
					     "status": {"before": "NOT_MET", "after": "NOT_MET"},
					     "points": {"before": 14.0000, "after": 18.0000}, "weight": {"before": 20, "after": 20},
					     "target": {"before": "100%", "after": "100%"}}],
					   "files": ["work_items/C.csv"], "recordsWithdrawn": 1},
					  {"unit_code": "B", "unit_name": "Sở Y tế", "unit_type": "SO",
					   "scored": {"before": true, "after": true},
					   "score": {"before": 80.00, "after": 80.00},
					   "classification": {"before": "Hoàn thành tốt nhiệm vụ", "after": "Hoàn thành tốt nhiệm vụ"},
					   "rank": {"before": 2, "after": 3},
					   "indicators": [], "files": [], "recordsWithdrawn": 0}]}"""));
			RunJsonSchema.assertValid(out.resolve("run.json"));
			// the scores as ranking.csv prints them
			assertThat(Files.readString(out.resolve("run.json"))).contains("\"before\" : 70.00", "\"after\" : 90.00");

			String headline = "Kết quả này thay thế kết quả lần tính số 1 ngày " + replacedOn
					+ ": 1 đơn vị thay đổi điểm, 1 đơn vị thay đổi xếp loại, 2 đơn vị thay đổi thứ hạng"
					+ " (trong 3 đơn vị được tính).";
			List<String> section = List.of(headline,
					"Thay đổi kể từ lần tính số 1: 1 tệp được gửi mới hoặc gửi lại với nội dung khác:"
							+ " work_items/C.csv; 1 bản ghi bị rút do tệp gửi lại không còn chứa.",
					"- C – Sở Xây dựng: điểm 70,00 → 90,00; Hoàn thành tốt nhiệm vụ → Hoàn thành xuất sắc nhiệm vụ;"
							+ " hạng 3 → 2",
					"- B – Sở Y tế: điểm 80,00 (không đổi); hạng 2 → 3");
			// on page 1, between the title and the legal basis: the first thing read; its
			// arrows and bold headline in embedded fonts
			assertThat(PdfText.read(out.resolve("ranking.pdf")).fontsNotEmbedded()).isEmpty();
			String page1 = firstPage(out.resolve("ranking.pdf"));
			assertThat(page1).contains(String.join(" ", section) + " Căn cứ Kết luận số 226-KL/TW");
			assertThat(page1.indexOf(headline)).isLessThan(page1.indexOf("I. TÓM TẮT KẾT QUẢ"));
			assertThat(wordParagraphs(out.resolve("ranking.docx"))).containsSubsequence(section)
				.containsSubsequence(section.get(3), "I. TÓM TẮT KẾT QUẢ");

			assertThat(PdfText.read(out.resolve("units/C.pdf")).flat()).contains(
					"Điểm tổng hợp: 90,00/100 Cách tính: 100 × 18,0000 / 20 (tổng điểm của các chỉ tiêu áp dụng trên"
							+ " tổng trọng số của chúng; chỉ tiêu không áp dụng không tính) Phiếu này thay thế phiếu"
							+ " của lần tính số 1 ngày " + replacedOn + ". Thay đổi: điểm 70,00 → 90,00; xếp loại Hoàn"
							+ " thành tốt nhiệm vụ → Hoàn thành xuất sắc nhiệm vụ; thứ hạng 3 → 2; Tỷ lệ hồ sơ, công việc"
							+ " xử lý trên môi trường số: 70,00% → 90,00% (7/10 → 9/10), điểm 14,0000 → 18,0000. Do:"
							+ " tệp work_items/C.csv được gửi lại; 1 bản ghi của đơn vị bị rút. Xếp loại:");
			String bNote = "Phiếu này thay thế phiếu của lần tính số 1 ngày " + replacedOn
					+ ". Thay đổi: thứ hạng 2 → 3 do điểm của đơn vị khác thay đổi; điểm và kết quả các chỉ tiêu của"
					+ " đơn vị không đổi.";
			assertThat(PdfText.read(out.resolve("units/B.pdf")).flat())
				.contains("chỉ tiêu không áp dụng không tính) " + bNote + " Xếp loại: Hoàn thành tốt nhiệm vụ");
			assertThat(PdfText.read(out.resolve("units/A.pdf")).text()).doesNotContain("thay thế");

			String index = Files.readString(out.resolve("index.html"));
			assertThat(index).contains("<strong>" + headline + "</strong>", "<p>" + section.get(1) + "</p>",
					"<li><a href=\"units/C.html\">" + section.get(2).substring(2) + "</a></li>",
					"<li><a href=\"units/B.html\">" + section.get(3).substring(2) + "</a></li>");
			assertThat(index.indexOf("id=\"thay-the\"")).isLessThan(index.indexOf("id=\"toan-tinh\""));
			assertThat(Files.readString(out.resolve("units/B.html")))
				.contains("<p class=\"replaces\" id=\"replaces\">" + bNote + "</p>");
			assertThat(Files.readString(out.resolve("units/A.html"))).doesNotContain("id=\"replaces\"");

			assertThat(workbookFacts(out.resolve("scorecard.xlsx"))).containsEntry("Thay cho lần tính", 1.0)
				.containsEntry("Số đơn vị thay đổi so với lần đó", 2.0);

			assertThat(printed).contains("run 2 of 2026-02 replaces run 1 (",
					"): 2 of 3 units changed (score: 1, band: 1, rank: 2); band or rank: C, B",
					"    Why: files delivered with new content since: 1 (work_items/C.csv); records withdrawn since: 1");

			// the same again: one line says nothing differs
			printed = Console.run(ExitCode.SUCCESS, run(database, input, first));
			changes = json(out).get("changesFromReplaced");
			assertThat(changes.get("replacedRunId").asInt()).isEqualTo(2);
			assertThat(changes.get("unitsChanged").asInt()).isZero();
			assertThat(changes.get("units")).isEmpty();
			assertThat(changes.get("reasons")).isEqualTo(JSON
				.readTree("{\"ruleSet\": null, \"asOf\": null, \"filesDelivered\": [], \"recordsWithdrawn\": 0}"));
			String unchanged = "Kết quả này thay thế kết quả lần tính số 2 ngày " + date(changes)
					+ " và không khác kết quả đó ở bất kỳ số liệu nào (điểm, xếp loại, thứ hạng, kết quả các chỉ tiêu"
					+ " của 3 đơn vị).";
			assertThat(firstPage(out.resolve("ranking.pdf"))).contains(unchanged + " Căn cứ Kết luận");
			assertThat(Files.readString(out.resolve("index.html"))).contains("<strong>" + unchanged + "</strong>")
				.doesNotContain("<a href=\"units/B.html\">B – ");
			assertThat(PdfText.read(out.resolve("units/C.pdf")).text()).doesNotContain("thay thế");
			// logged, as the scheduled mode logs it
			assertThat(printed).containsPattern("INFO .*run 3 of 2026-02 replaces run 2 \\(\\d{4}-\\d\\d-\\d\\d\\):"
					+ " no figure differs \\(score, band, rank or indicator of 3 units\\)");

			// a new rule set: DIGITAL_RATE met from 80% → B 8/10 and C 9/10 reach full
			// points, 100,00 (xuất sắc), all three share the 1st rank; A's score, band
			// and rank stay, but its target changed: every unit changed, for one reason
			Console.run(ExitCode.SUCCESS, run(database, input, rules("T2", "\">= 80%\"")));
			RunJsonSchema.assertValid(out.resolve("run.json"));
			changes = json(out).get("changesFromReplaced");
			assertThat(changes.get("unitsChanged").asInt()).isEqualTo(3);
			assertThat(changes.get("reasons").get("ruleSet"))
				.isEqualTo(JSON.readTree("{\"before\": \"T1\", \"after\": \"T2\"}"));
			List<String> ruleSetSection = List.of(
					"Kết quả này thay thế kết quả lần tính số 3 ngày " + date(changes)
							+ ": 2 đơn vị thay đổi điểm, 1 đơn vị thay đổi xếp loại, 2 đơn vị thay đổi thứ hạng; 1 đơn"
							+ " vị chỉ thay đổi số liệu chỉ tiêu, không đổi điểm (trong 3 đơn vị được tính).",
					"Thay đổi kể từ lần tính số 3: áp dụng bộ tiêu chí phiên bản T2 thay cho phiên bản T1.",
					"- B – Sở Y tế: điểm 80,00 → 100,00; Hoàn thành tốt nhiệm vụ → Hoàn thành xuất sắc nhiệm vụ;"
							+ " hạng 3 → 1",
					"- C – Sở Xây dựng: điểm 90,00 → 100,00; hạng 2 → 1",
					"- A – Sở Tư pháp: điểm 100,00 (không đổi); 1 chỉ tiêu thay đổi số liệu");
			page1 = firstPage(out.resolve("ranking.pdf"));
			assertThat(page1).contains(String.join(" ", ruleSetSection) + " Căn cứ Kết luận");
			assertThat(occurrences(page1, "phiên bản T2 thay cho")).as("the reason, named once").isEqualTo(1);
			assertThat(PdfText.read(out.resolve("units/A.pdf")).flat()).contains("Thay đổi: Tỷ lệ hồ sơ, công việc xử"
					+ " lý trên môi trường số: mục tiêu 100% → ≥80%. Do: áp dụng bộ tiêu chí phiên bản T2 thay cho"
					+ " phiên bản T1.");

			String history = Console.run(ExitCode.SUCCESS, "--history", database.springArguments()[0],
					database.springArguments()[1]);
			assertThat(history.lines().filter(line -> line.contains("COMPLETED")).map(ReplacedRunTest::replaces))
				.containsExactly("replaces run 3: 3 units changed", "replaces run 2: no unit changed",
						"replaces run 1: 2 units changed", "");
		}
	}

	@Test
	void aUnitThatOnlyMovedInRankIsNotGivenTheProvincesFileAsItsReason() throws IOException {
		// one file for the province, as the sample delivers: it holds every unit's
		// records
		Path input = work.resolve("input");
		Files.createDirectories(input);
		Files.writeString(input.resolve("units.csv"),
				"unit_code,unit_name,unit_type\nA,Sở Tư pháp,SO\nB,Sở Y tế,SO\nC,Sở Xây dựng,SO\n",
				StandardCharsets.UTF_8);
		String a = items("A", 1, 10, true);
		String b = items("B", 1, 8, true) + items("B", 9, 10, false);
		Files.writeString(input.resolve("work_items.csv"),
				header() + a + b + items("C", 1, 7, true) + items("C", 8, 10, false), StandardCharsets.UTF_8);
		Path rules = rules("T1", "\"= 100%\"");
		Path out = work.resolve("out/2026-02");
		try (TestDatabase database = TestDatabase.create()) {
			Console.run(ExitCode.SUCCESS, run(database, input, rules));
			// C 9/10 → 90,00, 2nd; B 80,00 falls to 3rd
			Files.writeString(input.resolve("work_items.csv"),
					header() + a + b + items("C", 1, 9, true) + items("C", 10, 10, false), StandardCharsets.UTF_8);
			Console.run(ExitCode.SUCCESS, run(database, input, rules));
			JsonNode units = json(out).get("changesFromReplaced").get("units");
			assertThat(units.get(0).get("unit_code").asString()).isEqualTo("C");
			assertThat(units.get(0).get("files")).isEqualTo(JSON.readTree("[\"work_items.csv\"]"));
			assertThat(units.get(1).get("unit_code").asString()).isEqualTo("B");
			assertThat(units.get(1).get("files")).isEmpty();
			assertThat(PdfText.read(out.resolve("units/B.pdf")).flat()).contains(
					"Thay đổi: thứ hạng 2 → 3 do điểm của đơn vị khác thay đổi; điểm và kết quả các chỉ tiêu của đơn vị"
							+ " không đổi. Xếp loại:");
			assertThat(PdfText.read(out.resolve("units/C.pdf")).flat())
				.contains("(7/10 → 9/10), điểm 14,0000 → 18,0000. Do: tệp work_items.csv được gửi lại. Xếp loại:");
		}
	}

	private String[] run(TestDatabase database, Path input, Path rules) {
		String[] db = database.springArguments();
		return new String[] { "--input=" + input, "--period=2026-02", "--output=" + work.resolve("out"),
				"--as-of=2026-03-10", "--scorecard.rules=file:" + rules, db[0], db[1] };
	}

	/** The bundled rule set under another name, ranking on any weight, with a target. */
	private Path rules(String version, String digitalTarget) throws IOException {
		String bundled;
		try (InputStream in = new ClassPathResource("rules.yml").getInputStream()) {
			bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Path file = work.resolve(version + ".yml");
		Files.writeString(file,
				bundled.replace("version: \"2026.2\"", "version: \"" + version + "\"")
					.replace("min-weight-to-rank: 50", "min-weight-to-rank: 0")
					.replace("DIGITAL_RATE:      { weight: 20, target: \"= 100%\" }",
							"DIGITAL_RATE:      { weight: 20, target: " + digitalTarget + " }"),
				StandardCharsets.UTF_8);
		return file;
	}

	/** Ten items of the unit, those of {@code digital} ("1-8") processed digitally. */
	private static void workItems(Path input, String unit, String digital) throws IOException {
		int last = Integer.parseInt(digital.substring(digital.indexOf('-') + 1));
		Files.writeString(input.resolve("work_items/" + unit + ".csv"),
				header() + items(unit, 1, last, true) + items(unit, last + 1, 10, false), StandardCharsets.UTF_8);
	}

	private static String header() {
		return "unit_code,item_id,kind,received_on,processed_digitally\n";
	}

	private static String items(String unit, int from, int to, boolean digital) {
		StringBuilder rows = new StringBuilder();
		for (int i = from; i <= to; i++) {
			rows.append(unit + "," + unit + "-" + i + ",CONG_VIEC,2026-02-" + (10 + i) + "," + digital + "\n");
		}
		return rows.toString();
	}

	private static JsonNode json(Path folder) {
		return JSON.readTree(folder.resolve("run.json").toFile());
	}

	/** The replaced run's day, as the documents write it. */
	private static String date(JsonNode changes) {
		LocalDate day = OffsetDateTime.parse(changes.get("replacedRunFinishedAt").asString()).toLocalDate();
		return DateTimeFormatter.ofPattern("dd/MM/yyyy").format(day);
	}

	private static JsonNode withoutTime(JsonNode changes) {
		ObjectNode copy = (ObjectNode) changes.deepCopy();
		copy.remove("replacedRunFinishedAt");
		return copy;
	}

	private static String firstPage(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setEndPage(1);
			return stripper.getText(document).replaceAll("\\s+", " ");
		}
	}

	private static List<String> wordParagraphs(Path docx) throws IOException {
		try (XWPFDocument word = new XWPFDocument(Files.newInputStream(docx))) {
			return word.getParagraphs().stream().map(XWPFParagraph::getText).toList();
		}
	}

	/** The numbers of the workbook's facts sheet, by their label. */
	private static Map<String, Double> workbookFacts(Path xlsx) throws IOException {
		Map<String, Double> facts = new HashMap<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
			for (Row row : workbook.getSheet("Thông tin lần tính")) {
				Cell value = row.getCell(1);
				if (value != null && value.getCellType() == CellType.NUMERIC) {
					facts.put(row.getCell(0).getStringCellValue(), value.getNumericCellValue());
				}
			}
		}
		return facts;
	}

	private static int occurrences(String text, String part) {
		Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	/** What a line of {@code --history} says of the run it replaced, if anything. */
	private static String replaces(String line) {
		int at = line.indexOf("replaces run");
		return at < 0 ? "" : line.substring(at).strip();
	}

}

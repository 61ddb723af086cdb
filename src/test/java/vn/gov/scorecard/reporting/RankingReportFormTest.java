package vn.gov.scorecard.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.scorecard.ScorecardCommand;
import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.support.PdfLayout;
import vn.gov.scorecard.support.PdfText;
import vn.gov.scorecard.support.SmallProvince;
import vn.gov.scorecard.support.TestDatabase;
import vn.gov.scorecard.support.WordProcessor;

/**
 * ranking.pdf and ranking.docx in the form of Nghị định 30/2020/NĐ-CP, Phụ lục I (SPEC
 * §6, issue 26), measured on the pages of a small province's September (17 departments,
 * 10 communes, no signer's name configured): the body in portrait, the appendices in
 * landscape, the margins, the page numbers, the blanks the clerk fills in, and the
 * warning that it cannot be signed as it is.
 */
class RankingReportFormTest {

	/** 20 mm and 30 mm in points (72 to the inch, 25.4 mm to the inch). */
	private static final float MM_20 = 20 * 72 / 25.4f;

	private static final float MM_30 = 30 * 72 / 25.4f;

	/**
	 * A glyph's advance (its box as the extractor measures it) may reach a point and a
	 * half beyond the text field that holds it.
	 */
	private static final float SLACK = 1.5f;

	@TempDir
	static Path work;

	private static TestDatabase database;

	private static Path period;

	@BeforeAll
	static void run() {
		Path input = SmallProvince.write(work.resolve("in"), 11);
		database = TestDatabase.create();
		String[] db = database.springArguments();
		assertThat(ScorecardCommand.run("--input=" + input, "--period=2026-09", "--output=" + work.resolve("out"),
				"--as-of=2026-10-20", db[0], db[1]))
			.isEqualTo(ExitCode.SUCCESS);
		period = work.resolve("out/2026-09");
	}

	@AfterAll
	static void close() {
		database.close();
	}

	@Test
	void theBodyIsPortraitTheAppendicesLandscapeAndEveryPageKeepsItsMargins() {
		assertMargins(PdfLayout.read(period.resolve("ranking.pdf")));
	}

	/**
	 * The body in portrait, the appendices in landscape; every text within the margins
	 * but the page number.
	 */
	private static void assertMargins(PdfLayout report) {
		assertThat(report.pages()).hasSizeGreaterThan(3);
		assertThat(report.pages().get(0).landscape()).isFalse();
		assertThat(report.pages().get(report.pages().size() - 1).landscape()).isTrue();
		for (PdfLayout.Page page : report.pages()) {
			for (PdfLayout.Text text : page.texts()) {
				boolean pageNumber = text.text().equals(String.valueOf(page.number())) && text.top() < MM_20;
				if (pageNumber) {
					continue;
				}
				String where = "page " + page.number() + ": " + text;
				// left 30 mm (the binding edge, landscape pages too), right, top and
				// bottom 20 mm
				assertThat(text.left()).as(where).isGreaterThanOrEqualTo(MM_30 - SLACK);
				assertThat(text.right()).as(where).isLessThanOrEqualTo(page.width() - MM_20 + SLACK);
				assertThat(text.top()).as(where).isGreaterThanOrEqualTo(MM_20 - SLACK);
				assertThat(text.bottom()).as(where).isLessThanOrEqualTo(page.height() - MM_20 + SLACK);
			}
		}
	}

	/** The page number stands alone in the top margin, centred, from page 2. */
	private static void assertNumbered(PdfLayout report) {
		assertThat(report.pages().get(0).texts()).noneMatch(text -> text.top() < MM_20);
		for (PdfLayout.Page page : report.pages().subList(1, report.pages().size())) {
			List<PdfLayout.Text> inTheMargin = page.texts().stream().filter(text -> text.top() < MM_20).toList();
			assertThat(inTheMargin).as("page " + page.number()).hasSize(1);
			PdfLayout.Text number = inTheMargin.get(0);
			assertThat(number.text()).isEqualTo(String.valueOf(page.number()));
			// centred between the margins: 30 mm on the left, 20 mm on the right
			assertThat(number.centre()).as("page " + page.number())
				.isCloseTo((MM_30 + page.width() - MM_20) / 2, within(2f));
		}
	}

	@Test
	void theSummaryForLeadersStandsOnTheFirstPage() {
		// section I, the province against every directive and the band counts, whole on
		// page 1 under the letterhead and the opening; the assessment after it
		List<String> firstPage = PdfLayout.read(period.resolve("ranking.pdf"))
			.pages()
			.get(0)
			.texts()
			.stream()
			.map(PdfLayout.Text::text)
			.toList();
		assertThat(String.join(" ", firstPage)).contains("I. TÓM TẮT KẾT QUẢ",
				"Hội nghị quy mô toàn tỉnh của các sở, ban, ngành",
				"2. Số đơn vị theo xếp loại so với tháng 8 năm 2026", "Chưa xếp hạng (thiếu số liệu)");
	}

	@Test
	void pagesAreNumberedWithABareNumberCentredInTheTopMarginFromPageTwo() {
		assertNumbered(PdfLayout.read(period.resolve("ranking.pdf")));
		assertThat(PdfText.read(period.resolve("ranking.pdf")).flat()).doesNotContain("Trang ");
	}

	@Test
	void theNumberAndTheDayAndMonthAreLeftBlankForTheClerkAndTheUnsignedReportSaysSo() throws IOException {
		String text = PdfText.read(period.resolve("ranking.pdf")).flat();
		assertThat(text).contains("Số: /BC-SNV", "Tuyên Quang, ngày tháng năm 2026",
				"(Kèm theo Báo cáo số /BC-SNV ngày tháng năm 2026 của Sở Nội vụ)", "Nơi nhận:",
				"- UBND tỉnh, Chủ tịch UBND tỉnh (để báo cáo);", "GIÁM ĐỐC");
		// the body's order: opening, I, II, III, IV, then the recipients and the signer
		assertThat(text).containsSubsequence("Căn cứ Kết luận số 226-KL/TW", "Thực hiện chế độ báo cáo định kỳ",
				"I. TÓM TẮT KẾT QUẢ", "II. ĐÁNH GIÁ", "III. ĐƠN VỊ CẦN THEO DÕI", "IV. ĐỀ XUẤT", "Nơi nhận:",
				"GIÁM ĐỐC", "PHỤ LỤC I", "PHỤ LỤC II", "PHỤ LỤC III");
		JsonNode run = JsonMapper.builder().build().readTree(Files.readString(period.resolve("run.json")));
		assertThat(run.get("warnings").toString()).contains(
				"Báo cáo ranking.pdf chưa có họ tên người ký (cài đặt scorecard.report.signer-name trống): cần bổ sung"
						+ " trước khi ký, gửi.");
	}

	/** The page of "Nơi nhận:" holds text of the proposals too (RankingSignatureTest). */
	private static void assertSignedBelowText(PdfLayout report) {
		PdfLayout.Page signed = report.pages()
			.stream()
			.filter(page -> page.texts().stream().anyMatch(text -> text.text().startsWith("Nơi nhận:")))
			.findFirst()
			.orElseThrow();
		assertThat(signed.texts()).as("page " + signed.number())
			.anyMatch(text -> text.text().startsWith("Đề nghị") || text.text().equals("IV. ĐỀ XUẤT"));
	}

	/**
	 * ranking.docx, read back with POI, is a document a clerk edits, not the PDF's pages:
	 * no text box, frame or drawing holds text, no page break or page number is typed in;
	 * the body is a portrait section and the appendices a landscape one, both with ND30's
	 * margins; the page number is a PAGE field centred in the header of every page but
	 * the first; every table of figures repeats its header row on each page and no row
	 * splits; Times New Roman is the document's font and no run names another.
	 */
	@Test
	void theWordDocumentIsFlowingTextAndRealTablesInTheFormOfTheDecree() throws IOException {
		try (XWPFDocument word = new XWPFDocument(Files.newInputStream(period.resolve("ranking.docx")))) {
			StringBuilder xml = new StringBuilder(word.getDocument().xmlText());
			word.getHeaderList().forEach(header -> xml.append(header._getHdrFtr().xmlText()));
			assertThat(xml.toString()).doesNotContain("txbx", "textbox", "framePr", "<w:drawing", "<w:pict",
					"w:type=\"page\"");
			try (XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
				assertThat(extractor.getText()).doesNotContain("Trang ");
			}

			List<CTSectPr> sections = new ArrayList<>();
			for (CTP paragraph : word.getDocument().getBody().getPList()) {
				if (paragraph.isSetPPr() && paragraph.getPPr().isSetSectPr()) {
					sections.add(paragraph.getPPr().getSectPr());
				}
			}
			sections.add(word.getDocument().getBody().getSectPr());
			assertThat(sections).hasSize(2);
			CTSectPr body = sections.get(0);
			CTSectPr appendices = sections.get(1);
			// A4 in twips: 210 × 297 mm = 11906 × 16838
			assertThat(List.of(twips(body.getPgSz().getW()), twips(body.getPgSz().getH()))).containsExactly(11906L,
					16838L);
			assertThat(List.of(twips(appendices.getPgSz().getW()), twips(appendices.getPgSz().getH())))
				.containsExactly(16838L, 11906L);
			assertThat(appendices.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
			for (CTSectPr section : sections) {
				CTPageMar margins = section.getPgMar();
				// 20 mm = 1134 twips, 30 mm = 1701
				assertThat(List.of(twips(margins.getTop()), twips(margins.getBottom()), twips(margins.getLeft()),
						twips(margins.getRight())))
					.containsExactly(1134L, 1134L, 1701L, 1134L);
			}

			// the body's first page has a header of its own, empty; every other page the
			// numbered one
			assertThat(body.isSetTitlePg()).isTrue();
			assertThat(appendices.isSetTitlePg()).isFalse();
			XWPFHeader first = header(word, body, STHdrFtr.FIRST);
			XWPFHeader numbered = header(word, body, STHdrFtr.DEFAULT);
			assertThat(first.getText()).isBlank();
			assertThat(header(word, appendices, STHdrFtr.DEFAULT)).isSameAs(numbered);
			assertThat(numbered.getParagraphs()).hasSize(1);
			XWPFParagraph number = numbered.getParagraphs().get(0);
			assertThat(number.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
			assertThat(number.getCTP().getFldSimpleList()).singleElement()
				.satisfies(field -> assertThat(field.getInstr().strip()).isEqualTo("PAGE"));
			assertThat(number.getText()).doesNotContainPattern("\\d");

			// the province, the band counts, the watch list and one appendix per type
			List<XWPFTable> figures = word.getTables().stream().filter(t -> t.getRow(0).isRepeatHeader()).toList();
			assertThat(figures).hasSize(5);
			for (XWPFTable table : figures) {
				assertThat(table.getRows()).allMatch(XWPFTableRow::isCantSplitRow);
				assertThat(table.getRows().subList(1, table.getRows().size())).noneMatch(XWPFTableRow::isRepeatHeader);
			}
			assertThat(figures.get(3).getRow(0).getCell(7).getText().replaceAll("\\s+", " "))
				.isEqualTo("Xử lý trên môi trường số 100%");
			// the letterhead and the signature block: side by side, without borders
			assertThat(word.getTables()).hasSize(7);

			CTFonts fonts = word.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0);
			assertThat(List.of(fonts.getAscii(), fonts.getHAnsi(), fonts.getCs(), fonts.getEastAsia()))
				.containsOnly("Times New Roman");
			List<XWPFRun> runs = new ArrayList<>();
			word.getParagraphs().forEach(paragraph -> runs.addAll(paragraph.getRuns()));
			word.getTables()
				.forEach(table -> table.getRows()
					.forEach(row -> row.getTableCells()
						.forEach(cell -> cell.getParagraphs().forEach(paragraph -> runs.addAll(paragraph.getRuns())))));
			assertThat(runs).hasSizeGreaterThan(100).allMatch(run -> run.getFontFamily() == null);
		}
	}

	private static long twips(Object value) {
		return ((BigInteger) value).longValueExact();
	}

	private static XWPFHeader header(XWPFDocument word, CTSectPr section, STHdrFtr.Enum type) {
		CTHdrFtrRef reference = section.getHeaderReferenceList()
			.stream()
			.filter(r -> r.getType() == type)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + type + " header"));
		return (XWPFHeader) word.getRelationById(reference.getId());
	}

	/**
	 * ranking.docx opened in LibreOffice Writer, as a clerk would, and saved as PDF: the
	 * same form as ranking.pdf (margins, page numbers, portrait body and landscape
	 * appendices, the signature with the proposals), about as many pages, and every
	 * heading, paragraph, unit and score of the report in the PDF's order.
	 */
	@Test
	void writerSetsTheWordDocumentInTheFormAndOrderOfThePdf() throws IOException {
		Path writer = WordProcessor.toPdf(period.resolve("ranking.docx"), work.resolve("writer"));
		PdfLayout pages = PdfLayout.read(writer);
		assertMargins(pages);
		assertNumbered(pages);
		assertSignedBelowText(pages);
		int pdfPages = PdfLayout.read(period.resolve("ranking.pdf")).pages().size();
		assertThat(pages.pages().size()).isBetween(pdfPages * 2 / 3, pdfPages * 3 / 2);

		List<String> order = new ArrayList<>(List.of("BÁO CÁO", "Căn cứ Kết luận số 226-KL/TW", "I. TÓM TẮT KẾT QUẢ",
				"1. Toàn tỉnh so với các chỉ đạo", "2. Số đơn vị theo xếp loại", "II. ĐÁNH GIÁ",
				"III. ĐƠN VỊ CẦN THEO DÕI", "IV. ĐỀ XUẤT", "Nơi nhận:", "- Lưu: VT.", "GIÁM ĐỐC", "PHỤ LỤC I"));
		try (Reader csv = Files.newBufferedReader(period.resolve("ranking.csv"), StandardCharsets.UTF_8);
				CSVParser ranking = CSVFormat.DEFAULT.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.get()
					.parse(skipByteOrderMark(csv))) {
			String type = "SO";
			for (CSVRecord unit : ranking) {
				if (!unit.get("unit_type").equals(type)) {
					order.add("PHỤ LỤC II");
					type = unit.get("unit_type");
				}
				order.add(unit.get("unit_code") + " " + unit.get("unit_name"));
				order.add(unit.get("score").replace('.', ','));
			}
		}
		order.addAll(List.of("PHỤ LỤC III", "1. Các đơn vị tăng, giảm điểm nhiều nhất", "2. Chất lượng dữ liệu"));
		String pdf = bodyText(period.resolve("ranking.pdf"));
		String written = bodyText(writer);
		assertThat(pdf).containsSubsequence(order);
		assertThat(written).containsSubsequence(order);
		// the paragraphs of the docx, each whole in Writer's pages and in the PDF's
		try (XWPFDocument word = new XWPFDocument(Files.newInputStream(period.resolve("ranking.docx")))) {
			List<String> paragraphs = word.getParagraphs()
				.stream()
				.map(XWPFParagraph::getText)
				.filter(text -> text.length() > 60)
				.map(text -> text.replaceAll("\\s+", " "))
				.toList();
			assertThat(paragraphs).hasSizeGreaterThan(8);
			for (String paragraph : paragraphs) {
				assertThat(written).as("Writer").contains(paragraph);
				assertThat(pdf).as("ranking.pdf").contains(paragraph);
			}
		}
	}

	private static Reader skipByteOrderMark(Reader csv) throws IOException {
		assertThat((char) csv.read()).isEqualTo('\uFEFF');
		return csv;
	}

	/** A PDF's text without its page numbers, every run of white space one space. */
	private static String bodyText(Path pdf) {
		return PdfText.read(pdf).text().replaceAll("(?m)^\\d+\\s*$", "").replaceAll("\\s+", " ");
	}

}

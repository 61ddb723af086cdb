package vn.gov.scorecard.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.scorecard.ScorecardCommand;
import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.support.PdfLayout;
import vn.gov.scorecard.support.PdfText;
import vn.gov.scorecard.support.SmallProvince;
import vn.gov.scorecard.support.TestDatabase;

/**
 * ranking.pdf in the form of Nghị định 30/2020/NĐ-CP, Phụ lục I (SPEC §6, issue 26),
 * measured on the pages of a small province's September (20 departments, 10 communes, no
 * signer's name configured): the body in portrait, the appendices in landscape, the
 * margins, the page numbers, the blanks the clerk fills in, and the warning that it
 * cannot be signed as it is.
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
		PdfLayout report = PdfLayout.read(period.resolve("ranking.pdf"));
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
		PdfLayout report = PdfLayout.read(period.resolve("ranking.pdf"));
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

}

package vn.gov.scorecard.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.support.PdfLayout;

/**
 * The signature never stands alone on a page, nor a heading at a page's foot (decision
 * 81): whatever the length of the watch list before it, the page that holds "Nơi nhận:"
 * holds the proposals too, in ranking.pdf; in ranking.docx the proposals are kept with
 * the signature block. Filled from hand-made report content, without a run: a watch list
 * of 0 to 29 units moves the report's end through every place on a page, so one length
 * would leave the signature alone on a page of its own if nothing kept it with the text
 * (tried: without the last part's splitType="Prevent", with 5 units watched page 2 holds
 * only the signature block).
 */
class RankingSignatureTest {

	@TempDir
	Path work;

	@Test
	void wherePagesBreakTheSignatureStandsWithTheProposals() throws IOException {
		for (int watched = 0; watched < 30; watched++) {
			PdfLayout.Page signed = pdf(content(watched, 0), "watched-" + watched).pages()
				.stream()
				.filter(page -> page.texts().stream().anyMatch(text -> text.text().startsWith("Nơi nhận:")))
				.findFirst()
				.orElseThrow();
			assertThat(signed.texts()).as(watched + " units watched, page " + signed.number())
				.anyMatch(text -> text.text().startsWith("Đề nghị"));
		}
	}

	/**
	 * Nor does a heading, or a table's header row, stand at a page's foot with nothing
	 * under it: with 10 to 59 more lines of opening, which move every section across a
	 * page's end, no page of the body ends with one (tried: without the groups' minimum
	 * heights, with 17 more lines page 1 ends with the watch list's header row).
	 */
	@Test
	void noPageEndsWithAHeading() {
		List<String> headings = List.of("I. TÓM TẮT KẾT QUẢ", "1. Toàn tỉnh so với các chỉ đạo",
				"2. Số đơn vị theo xếp loại so với tháng 8 năm 2026", "II. ĐÁNH GIÁ", "III. ĐƠN VỊ CẦN THEO DÕI",
				"IV. ĐỀ XUẤT");
		// the header rows' cells, as the extractor finds them (wrapped)
		List<String> headerCells = List.of("Chỉ đạo", "Số liệu toàn tỉnh", "Kết quả", "Mục tiêu", "Đánh giá",
				"Xếp loại", "kỳ này", "kỳ trước", "Đơn vị", "Lý do; các chỉ tiêu bị trừ nhiều điểm nhất");
		for (int lines = 10; lines < 60; lines++) {
			for (PdfLayout.Page page : pdf(content(3, lines), "opening-" + lines).pages()) {
				if (page.landscape()) {
					continue;
				}
				PdfLayout.Text last = page.texts()
					.stream()
					.max(java.util.Comparator.comparing(PdfLayout.Text::bottom))
					.orElseThrow();
				String where = lines + " more lines, page " + page.number();
				assertThat(headings).as(where).doesNotContain(last.text());
				assertThat(headerCells).as(where).doesNotContain(last.text());
			}
		}
	}

	private PdfLayout pdf(RankingContent content, String name) {
		Path pdf = work.resolve(name + ".pdf");
		PdfDocuments.writeReport(PdfDocuments.load("ranking"), content.bodyParameters(), content.watchRows(),
				PdfDocuments.load("ranking_appendix"), content.appendixParameters(), content.appendixRows(), pdf,
				content.title(), "SỞ NỘI VỤ", "");
		return PdfLayout.read(pdf);
	}

	@Test
	void theWordDocumentKeepsTheProposalsWithTheSignature() throws IOException {
		RankingContent content = content(12, 0);
		Path docx = work.resolve("ranking.docx");
		RankingWordDocument.write(content, docx, "SỞ NỘI VỤ", "");
		try (XWPFDocument word = new XWPFDocument(Files.newInputStream(docx))) {
			List<XWPFParagraph> paragraphs = word.getParagraphs();
			int proposals = paragraphs.stream().map(XWPFParagraph::getText).toList().indexOf("IV. ĐỀ XUẤT");
			// the heading, the two proposals: each kept with the next, the last with the
			// signature block's table
			assertThat(paragraphs.subList(proposals, proposals + 3)).allMatch(XWPFParagraph::isKeepNext);
			assertThat(paragraphs.get(proposals + 2).getText()).startsWith("Đề nghị các sở");
			assertThat(word.getBodyElements().get(word.getBodyElements().indexOf(paragraphs.get(proposals + 2)) + 1))
				.isSameAs(word.getTables().get(word.getTables().size() - 1 - 2));
		}
	}

	/**
	 * A report of one department and one commune, with {@code watched} units watched and
	 * {@code lines} more lines of legal basis.
	 */
	private static RankingContent content(int watched, int lines) {
		List<String> opening = new ArrayList<>(List.of("Căn cứ Kết luận số 226-KL/TW;"));
		for (int i = 1; i <= lines; i++) {
			opening.add("Căn cứ Văn bản số " + i + "/UBND-NC;");
		}
		opening.add("Thực hiện chế độ báo cáo định kỳ, Sở Nội vụ báo cáo như sau:");
		List<Map<String, ?>> watch = new ArrayList<>();
		for (int i = 1; i <= watched; i++) {
			watch.add(Map.of("unit", "XA" + i + " – Ủy ban nhân dân xã Số " + i, "reason",
					"Không hoàn thành nhiệm vụ 2 kỳ liên tiếp (tháng 8/2026: 41,00 điểm; tháng 9/2026: 40,00 điểm)."));
		}
		if (watch.isEmpty()) {
			watch.add(Map.of("unit", "—", "reason", "Không có đơn vị nào thuộc diện cần theo dõi trong kỳ."));
		}
		List<Map<String, ?>> rows = List.of(unit("SO", "PHỤ LỤC I", "SO01", "Sở Nội vụ"),
				unit("XA", "PHỤ LỤC II", "XA01", "Xã Một"));
		return new RankingContent("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG", "SỞ NỘI VỤ", "Số:        /BC-SNV",
				"Tuyên Quang, ngày      tháng      năm 2026", "Kết quả xếp hạng tháng 9 năm 2026", "Bộ tiêu chí 2026.2",
				List.of(), opening, "1. Toàn tỉnh so với các chỉ đạo",
				List.of(Map.of("directive", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", "figures", "9/10 hồ sơ", "value",
						"90,00%", "target", "100%", "status", "Không đạt", "statusCode", "NOT_MET")),
				"2. Số đơn vị theo xếp loại so với tháng 8 năm 2026",
				List.of(Map.of("band", "Hoàn thành xuất sắc nhiệm vụ", "soNow", "1", "soBefore", "1", "xaNow", "1",
						"xaBefore", "1")),
				List.of("Sở, ban, ngành: 1 đơn vị được xếp hạng, điểm bình quân 100,00."), "III. ĐƠN VỊ CẦN THEO DÕI",
				watch,
				List.of("Đề nghị Ủy ban nhân dân tỉnh nhắc nhở các đơn vị thuộc diện cần theo dõi (mục III).",
						"Đề nghị các sở, ban, ngành và Ủy ban nhân dân các xã, phường tập trung giải quyết hồ sơ thủ"
								+ " tục hành chính đúng hạn."),
				RankingReport.RECIPIENTS, "GIÁM ĐỐC", "Nguyễn Văn A", "(Kèm theo Báo cáo số        /BC-SNV)", rows,
				"PHỤ LỤC III", "CÁC ĐƠN VỊ TĂNG, GIẢM ĐIỂM NHIỀU NHẤT VÀ CHẤT LƯỢNG DỮ LIỆU",
				List.of(Map.of("level", 0, "text", "1. Các đơn vị tăng, giảm điểm nhiều nhất")));
	}

	/** An appendix's row: a unit first in its type with one indicator met. */
	private static Map<String, ?> unit(String type, String appendix, String code, String name) {
		Map<String, Object> row = new HashMap<>(Map.of("unitType", type, "appendix", appendix, "appendixTitle",
				"KẾT QUẢ XẾP HẠNG " + type, "groupSummary", "1 đơn vị được đánh giá.", "headings",
				List.of(Map.of("text", "Xử lý trên môi trường số\n100%")), "rank", "1", "code", code, "name", name));
		row.putAll(Map.of("score", "100,00", "classification", "Hoàn thành xuất sắc nhiệm vụ", "previousRank", "—",
				"change", "—", "cells", List.of(Map.of("value", "100,00", "status", "MET"))));
		return row;
	}

}

package vn.gov.scorecard.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * ranking.docx: the ranking report as a Word document a clerk edits before it is signed
 * (decision 83), built from the same {@link RankingContent} as ranking.pdf, not exported
 * from its pages: flowing paragraphs, real tables whose header rows repeat on each page
 * and whose rows do not split, headings kept with what follows them. The form is that of
 * Nghị định 30/2020/NĐ-CP: A4, Times New Roman, margins of 20 mm at the top, bottom and
 * right and 30 mm at the binding edge, the page number a field centred at the top from
 * page 2; the body a portrait section, the appendices a landscape one.
 */
final class RankingWordDocument {

	private static final String FONT = "Times New Roman";

	/** A4's sides and the margins, in twips (twentieths of a point; 1 mm ≈ 56.7). */
	private static final int A4_SHORT = 11906;

	private static final int A4_LONG = 16838;

	private static final int MM_10 = 567;

	private static final int MM_20 = 1134;

	private static final int MM_30 = 1701;

	private static final int PORTRAIT_WIDTH = A4_SHORT - MM_30 - MM_20;

	private static final int LANDSCAPE_WIDTH = A4_LONG - MM_30 - MM_20;

	/**
	 * The appendix tables' fixed columns, as wide as ranking_appendix.jrxml's, in twips.
	 */
	private static final int[] UNIT_COLUMNS = { 920, 800, 1680, 720, 1520, 600, 760 };

	private static final List<String> UNIT_HEADINGS = List.of("Hạng", "Mã", "Tên đơn vị", "Điểm", "Xếp loại",
			"Hạng kỳ trước", "Tăng, giảm");

	/**
	 * The fills of an indicator's cell, as the PDF's; its mark × stays for black and
	 * white.
	 */
	private static final Map<String, String> FILLS = Map.of("MET", "E2EFDA", "NOT_MET", "F8D7DA", "NA", "EDEDED");

	/** How a paragraph looks: its size in points, weight, slant, alignment and indent. */
	private enum Look {

		LETTERHEAD(12, false, false, ParagraphAlignment.CENTER),
		LETTERHEAD_BOLD(12, true, false, ParagraphAlignment.CENTER), MOTTO(13, true, false, ParagraphAlignment.CENTER),
		CENTRED(13, false, false, ParagraphAlignment.CENTER),
		CENTRED_ITALIC(13, false, true, ParagraphAlignment.CENTER), TITLE(14, true, false, ParagraphAlignment.CENTER),
		BASIS(11, false, true, ParagraphAlignment.CENTER), HEADING(13, true, false, ParagraphAlignment.BOTH),
		PARAGRAPH(13, false, false, ParagraphAlignment.BOTH), SMALL(11, false, false, ParagraphAlignment.LEFT),
		NOTE(12, false, false, ParagraphAlignment.BOTH);

		final int size;

		final boolean bold;

		final boolean italic;

		final ParagraphAlignment alignment;

		Look(int size, boolean bold, boolean italic, ParagraphAlignment alignment) {
			this.size = size;
			this.bold = bold;
			this.italic = italic;
			this.alignment = alignment;
		}

	}

	private final XWPFDocument document;

	private RankingWordDocument(XWPFDocument document) {
		this.document = document;
	}

	/** Writes the report to {@code file}. */
	static void write(RankingContent content, Path file, String author, String subject) {
		try (XWPFDocument document = new XWPFDocument()) {
			RankingWordDocument word = new RankingWordDocument(document);
			word.setUp(content.title(), author, subject);
			word.body(content);
			word.appendices(content);
			try (OutputStream out = Files.newOutputStream(file)) {
				document.write(out);
			}
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Times New Roman at 13 pt in Vietnamese, single spacing, the metadata, and the page
	 * number in the header of every page but the first.
	 */
	private void setUp(String title, String author, String subject) {
		CTStyles styles = CTStyles.Factory.newInstance();
		CTDocDefaults defaults = styles.addNewDocDefaults();
		CTRPr run = defaults.addNewRPrDefault().addNewRPr();
		CTFonts fonts = run.addNewRFonts();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
		run.addNewSz().setVal(BigInteger.valueOf(26));
		run.addNewSzCs().setVal(BigInteger.valueOf(26));
		run.addNewLang().setVal("vi-VN");
		CTSpacing spacing = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
		spacing.setAfter(BigInteger.ZERO);
		spacing.setLine(BigInteger.valueOf(240));
		spacing.setLineRule(STLineSpacingRule.AUTO);
		document.createStyles().setStyles(styles);

		POIXMLProperties properties = document.getProperties();
		properties.getCoreProperties().setTitle(title);
		properties.getCoreProperties().setCreator(author);
		properties.getCoreProperties().setSubjectProperty(subject);
		properties.getExtendedProperties().getUnderlyingProperties().setApplication("scorecard");

		page(false);
		XWPFParagraph number = document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
		number.setAlignment(ParagraphAlignment.CENTER);
		number.getCTP().addNewFldSimple().setInstr(" PAGE ");
		// the first page's header is empty: ND30 numbers pages from the second
		document.createHeader(HeaderFooterType.FIRST).createParagraph();
	}

	/** The document's last section, which the appendices are. */
	private void page(boolean landscape) {
		CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
				: document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
		size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
		size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(MM_20));
		margins.setBottom(BigInteger.valueOf(MM_20));
		margins.setLeft(BigInteger.valueOf(MM_30));
		margins.setRight(BigInteger.valueOf(MM_20));
		margins.setHeader(BigInteger.valueOf(MM_10));
		margins.setFooter(BigInteger.valueOf(MM_10));
		margins.setGutter(BigInteger.ZERO);
	}

	private void body(RankingContent content) {
		letterhead(content);
		paragraph(Look.TITLE, "BÁO CÁO").setSpacingBefore(240);
		paragraph(Look.TITLE, content.title());
		rule(paragraph(Look.BASIS, ""), PORTRAIT_WIDTH, 2000);
		paragraph(Look.BASIS, content.basisLine()).setSpacingAfter(120);
		// the paragraphs share their borders, so Word draws one box round them, as the
		// PDF
		List<String> replacement = content.replacement();
		for (int i = 0; i < replacement.size(); i++) {
			XWPFParagraph boxed = paragraph(Look.SMALL, replacement.get(i));
			boxed.setBorderTop(Borders.SINGLE);
			boxed.setBorderBottom(Borders.SINGLE);
			boxed.setBorderLeft(Borders.SINGLE);
			boxed.setBorderRight(Borders.SINGLE);
			boxed.setSpacingAfter(i == replacement.size() - 1 ? 120 : 0);
			if (i == 0) {
				boxed.getRuns().forEach(run -> run.setBold(true));
			}
		}
		content.opening().forEach(text -> paragraph(Look.PARAGRAPH, text));

		heading(RankingContent.SUMMARY);
		heading(content.provinceTitle());
		XWPFTable province = table(new int[] { 3200, 2360, 1000, 840, 1671 },
				List.of("Chỉ đạo", "Số liệu toàn tỉnh", "Kết quả", "Mục tiêu", "Đánh giá"));
		for (Map<String, ?> row : content.provinceRows()) {
			align(row(province, text(row, "directive"), text(row, "figures"), text(row, "value"), text(row, "target"),
					text(row, "status")), ParagraphAlignment.RIGHT, 2);
		}
		heading(content.bandsTitle());
		XWPFTable bands = table(new int[] { 3060, 1500, 1500, 1500, 1511 },
				List.of("Xếp loại", "Sở, ban, ngành: kỳ này", "kỳ trước", "Xã, phường: kỳ này", "kỳ trước"));
		for (Map<String, ?> row : content.bandRows()) {
			align(row(bands, text(row, "band"), text(row, "soNow"), text(row, "soBefore"), text(row, "xaNow"),
					text(row, "xaBefore")), ParagraphAlignment.RIGHT, 1, 2, 3, 4);
		}

		heading(RankingContent.ASSESSMENT);
		content.assessment().forEach(text -> paragraph(Look.PARAGRAPH, text));

		heading(content.watchTitle());
		XWPFTable watch = table(new int[] { 3000, 6071 },
				List.of("Đơn vị", "Lý do; các chỉ tiêu bị trừ nhiều điểm nhất"));
		for (Map<String, ?> row : content.watchRows()) {
			row(watch, text(row, "unit"), text(row, "reason"));
		}

		heading(RankingContent.PROPOSALS);
		// the signature never stands alone on a page: the proposals go with it
		content.proposals().forEach(text -> paragraph(Look.PARAGRAPH, text).setKeepNext(true));
		signature(content);
		endPortraitSection();
	}

	/**
	 * The issuing body, the number, the national motto and the place and date, side by
	 * side as ND30 sets them, in a table without borders.
	 */
	private void letterhead(RankingContent content) {
		XWPFTable table = frameless(new int[] { 3600, 5471 });
		XWPFTableCell issuer = table.getRow(0).getCell(0);
		first(issuer, Look.LETTERHEAD, content.issuerParent());
		add(issuer, Look.LETTERHEAD_BOLD, content.issuer());
		rule(add(issuer, Look.LETTERHEAD, ""), 3600, 1200);
		XWPFTableCell motto = table.getRow(0).getCell(1);
		first(motto, Look.LETTERHEAD_BOLD, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
		add(motto, Look.MOTTO, "Độc lập - Tự do - Hạnh phúc");
		rule(add(motto, Look.LETTERHEAD, ""), 5471, 3260);
		XWPFTableRow dated = table.createRow();
		first(dated.getCell(0), Look.CENTRED, content.documentNumber());
		first(dated.getCell(1), Look.CENTRED_ITALIC, content.placeAndDate());
	}

	/** "Nơi nhận:" and its list beside the signer's title and name. */
	private void signature(RankingContent content) {
		XWPFTable table = frameless(new int[] { 4700, 4371 });
		XWPFTableCell recipients = table.getRow(0).getCell(0);
		XWPFParagraph labelled = first(recipients, Look.SMALL, "");
		labelled.setSpacingBefore(160);
		XWPFRun label = labelled.createRun();
		label.setText("Nơi nhận:");
		label.setBold(true);
		label.setItalic(true);
		label.setFontSize(12);
		for (String line : content.recipients().split("\n")) {
			add(recipients, Look.SMALL, line);
		}
		XWPFTableCell signer = table.getRow(0).getCell(1);
		first(signer, Look.MOTTO, content.signerTitle()).setSpacingBefore(160);
		for (int blank = 0; blank < 3; blank++) {
			add(signer, Look.MOTTO, "");
		}
		add(signer, Look.MOTTO, content.signerName());
		table.getRow(0).setCantSplitRow(true);
	}

	/**
	 * Ends the body's portrait section with the header and margins it has so far; what
	 * follows is the landscape section of the appendices, numbered on.
	 */
	private void endPortraitSection() {
		CTSectPr last = document.getDocument().getBody().getSectPr();
		CTSectPr portrait = (CTSectPr) last.copy();
		document.createParagraph().getCTP().addNewPPr().setSectPr(portrait);
		page(true);
		// the appendices' first page is numbered too: only the body's first page is not
		if (last.isSetTitlePg()) {
			last.unsetTitlePg();
		}
		for (int i = last.sizeOfHeaderReferenceArray() - 1; i >= 0; i--) {
			if (last.getHeaderReferenceArray(i).getType() == STHdrFtr.FIRST) {
				last.removeHeaderReference(i);
			}
		}
	}

	/** One appendix per unit type, then the appendix of movers and data quality. */
	private void appendices(RankingContent content) {
		Map<String, List<Map<String, ?>>> byAppendix = new LinkedHashMap<>();
		content.appendixRows()
			.forEach(row -> byAppendix.computeIfAbsent(text(row, "appendix"), a -> new ArrayList<>()).add(row));
		boolean first = true;
		for (List<Map<String, ?>> rows : byAppendix.values()) {
			Map<String, ?> head = rows.get(0);
			appendixHeading(text(head, "appendix"), text(head, "appendixTitle"), content.attachedTo(), !first);
			first = false;
			List<?> headings = (List<?>) head.get("headings");
			int[] widths = new int[UNIT_COLUMNS.length + headings.size()];
			System.arraycopy(UNIT_COLUMNS, 0, widths, 0, UNIT_COLUMNS.length);
			int indicatorWidth = (LANDSCAPE_WIDTH - 7000) / Math.max(1, headings.size());
			List<String> columns = new ArrayList<>(UNIT_HEADINGS);
			for (int i = 0; i < headings.size(); i++) {
				widths[UNIT_COLUMNS.length + i] = indicatorWidth;
				columns.add(text((Map<?, ?>) headings.get(i), "text"));
			}
			XWPFTable table = table(widths, columns);
			for (Map<String, ?> unit : rows) {
				List<String> texts = new ArrayList<>(
						List.of(text(unit, "rank"), text(unit, "code"), text(unit, "name"), text(unit, "score"),
								text(unit, "classification"), text(unit, "previousRank"), text(unit, "change")));
				List<?> cells = (List<?>) unit.get("cells");
				cells.forEach(cell -> texts.add(text((Map<?, ?>) cell, "value")));
				XWPFTableRow row = row(table, texts.toArray(String[]::new));
				align(row, ParagraphAlignment.CENTER, 0, 5);
				align(row, ParagraphAlignment.RIGHT, 3, 6);
				for (int i = 0; i < cells.size(); i++) {
					XWPFTableCell cell = row.getCell(UNIT_COLUMNS.length + i);
					cell.setColor(FILLS.get(text((Map<?, ?>) cells.get(i), "status")));
					align(row, ParagraphAlignment.RIGHT, UNIT_COLUMNS.length + i);
				}
			}
			paragraph(Look.SMALL, text(head, "groupSummary")).setSpacingBefore(80);
		}
		appendixHeading(content.notesAppendix(), content.notesTitle(), content.attachedTo(), !first);
		for (Map<String, ?> note : content.notes()) {
			int level = (Integer) note.get("level");
			String text = text(note, "text");
			switch (level) {
				case 0 -> heading(text);
				case 1 -> paragraph(Look.NOTE, "- " + text).setIndentationLeft(280);
				default -> paragraph(Look.NOTE, "+ " + text).setIndentationLeft(680);
			}
		}
	}

	private void appendixHeading(String appendix, String title, String attachedTo, boolean newPage) {
		XWPFParagraph numbered = paragraph(Look.HEADING, appendix);
		numbered.setAlignment(ParagraphAlignment.CENTER);
		numbered.setPageBreak(newPage);
		paragraph(Look.HEADING, title).setAlignment(ParagraphAlignment.CENTER);
		paragraph(Look.CENTRED_ITALIC, attachedTo).setSpacingAfter(120);
	}

	/** A heading, kept on the page of what follows it. */
	private void heading(String text) {
		XWPFParagraph heading = paragraph(Look.HEADING, text);
		heading.setSpacingBefore(120);
		heading.setSpacingAfter(60);
		heading.setKeepNext(true);
	}

	private XWPFParagraph paragraph(Look look, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		write(paragraph, look, text);
		if (look == Look.PARAGRAPH) {
			paragraph.setIndentationFirstLine(567);
			paragraph.setSpacingAfter(80);
		}
		return paragraph;
	}

	/** A table with its header row repeated on every page and rows that do not split. */
	private XWPFTable table(int[] widths, List<String> headings) {
		XWPFTable table = document.createTable(1, widths.length);
		fix(table, widths);
		table.setCellMargins(20, 40, 20, 40);
		XWPFTableRow header = table.getRow(0);
		header.setRepeatHeader(true);
		header.setCantSplitRow(true);
		for (int i = 0; i < widths.length; i++) {
			XWPFParagraph paragraph = header.getCell(i).getParagraphs().get(0);
			write(paragraph, Look.SMALL, headings.get(i)).forEach(run -> {
				run.setBold(true);
				run.setFontSize(10);
			});
			paragraph.setAlignment(ParagraphAlignment.CENTER);
			header.getCell(i).setVerticalAlignment(XWPFVertAlign.CENTER);
		}
		return table;
	}

	private static XWPFTableRow row(XWPFTable table, String... texts) {
		XWPFTableRow row = table.createRow();
		row.setCantSplitRow(true);
		for (int i = 0; i < texts.length; i++) {
			XWPFTableCell cell = row.getCell(i);
			write(cell.getParagraphs().get(0), Look.SMALL, texts[i]).forEach(run -> run.setFontSize(10));
			cell.setVerticalAlignment(XWPFVertAlign.CENTER);
		}
		return row;
	}

	private static void align(XWPFTableRow row, ParagraphAlignment alignment, int... columns) {
		for (int column : columns) {
			row.getCell(column).getParagraphs().get(0).setAlignment(alignment);
		}
	}

	/** A table of one row without borders, for what ND30 sets side by side. */
	private XWPFTable frameless(int[] widths) {
		XWPFTable table = document.createTable(1, widths.length);
		fix(table, widths);
		table.removeBorders();
		table.setCellMargins(0, 0, 0, 0);
		return table;
	}

	/** Fixed column widths, which Word and Writer keep as they are. */
	private static void fix(XWPFTable table, int[] widths) {
		int total = 0;
		CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
				: table.getCTTbl().getTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int i = 0; i < widths.length; i++) {
			grid.addNewGridCol().setW(BigInteger.valueOf(widths[i]));
			XWPFTableCell cell = table.getRow(0).getCell(i);
			cell.setWidthType(TableWidthType.DXA);
			cell.setWidth(String.valueOf(widths[i]));
			total += widths[i];
		}
		table.setWidthType(TableWidthType.DXA);
		table.setWidth(String.valueOf(total));
		table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
	}

	private static XWPFParagraph first(XWPFTableCell cell, Look look, String text) {
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		write(paragraph, look, text);
		return paragraph;
	}

	private static XWPFParagraph add(XWPFTableCell cell, Look look, String text) {
		XWPFParagraph paragraph = cell.addParagraph();
		write(paragraph, look, text);
		return paragraph;
	}

	/**
	 * The text in runs of the look, a line break where it has "\n"; an empty text leaves
	 * an empty paragraph.
	 */
	private static List<XWPFRun> write(XWPFParagraph paragraph, Look look, String text) {
		paragraph.setAlignment(look.alignment);
		List<XWPFRun> runs = new ArrayList<>();
		String[] lines = (text == null ? "" : text).split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].isEmpty() && lines.length == 1) {
				break;
			}
			XWPFRun run = paragraph.createRun();
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i]);
			run.setFontSize(look.size);
			run.setBold(look.bold);
			run.setItalic(look.italic);
			runs.add(run);
		}
		return runs;
	}

	/**
	 * ND30's short line under the issuing body and under the motto: the top border of an
	 * empty paragraph, indented to leave {@code width} twips in the middle of the
	 * {@code space} it stands in.
	 */
	private static void rule(XWPFParagraph paragraph, int space, int width) {
		CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
		// the empty line that draws it is 4 pt high
		properties.addNewRPr().addNewSz().setVal(BigInteger.valueOf(8));
		CTBorder top = properties.addNewPBdr().addNewTop();
		top.setVal(STBorder.SINGLE);
		top.setSz(BigInteger.valueOf(6));
		top.setSpace(BigInteger.ZERO);
		top.setColor("000000");
		paragraph.setSpacingBefore(40);
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		paragraph.setIndentationLeft((space - width) / 2);
		paragraph.setIndentationRight((space - width) / 2);
	}

	private static String text(Map<?, ?> row, String key) {
		Object value = row.get(key);
		return value == null ? "" : value.toString();
	}

}

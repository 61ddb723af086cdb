package vn.gov.scorecard.reporting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRStringUtil;
import vn.gov.scorecard.changes.RunChanges;
import vn.gov.scorecard.period.CountingWindows;
import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.rules.RuleSet;
import vn.gov.scorecard.scoring.IndicatorResult;
import vn.gov.scorecard.scoring.ScoredUnit;

/**
 * Everything the ranking report says, made once: ranking.pdf (through its two JRXML
 * templates) and ranking.docx (through {@link RankingWordDocument}) set the same texts
 * and rows, so the document a clerk edits is the one the PDF shows. The column headings
 * are each form's own.
 *
 * @param replacement what changed since the run this report replaces, first; empty when
 * it replaces none
 * @param opening the legal basis and the sentence that introduces the report
 * @param provinceRows section I's table: the province against each directive
 * @param bandRows section I's band counts, this period and the previous one
 * @param watchRows section III's units, never empty (a row says there are none)
 * @param attachedTo the line under each appendix's title
 * @param appendixRows every unit by rank within its type, with the appendix it is in
 * @param notes the last appendix's lines: movers and data quality, each with its level
 */
record RankingContent(String issuerParent, String issuer, String documentNumber, String placeAndDate, String title,
		String basisLine, List<String> replacement, List<String> opening, String provinceTitle,
		List<Map<String, ?>> provinceRows, String bandsTitle, List<Map<String, ?>> bandRows, List<String> assessment,
		String watchTitle, List<Map<String, ?>> watchRows, List<String> proposals, String recipients,
		String signerTitle, String signerName, String attachedTo, List<Map<String, ?>> appendixRows,
		String notesAppendix, String notesTitle, List<Map<String, ?>> notes) {

	static final String SUMMARY = "I. TÓM TẮT KẾT QUẢ";

	static final String ASSESSMENT = "II. ĐÁNH GIÁ";

	static final String PROPOSALS = "IV. ĐỀ XUẤT";

	/**
	 * The report of a run's period.
	 * @param results this period's indicators of every unit
	 * @param previousResults the previous period's, empty when there is none
	 * @param changes what changed since the run this one replaces, or null
	 */
	static RankingContent of(ReportSettings settings, CountingWindows windows, LocalDate asOf, long runId,
			List<ScoredUnit> units, RankingReport.Sections sections,
			Map<String, Map<Indicator, IndicatorResult>> results,
			Map<String, Map<Indicator, IndicatorResult>> previousResults, RunChanges changes) {
		Period period = windows.period();
		RuleSet rules = sections.rules();
		String previousPeriod = period.previous().map(Period::inWords).orElse("kỳ trước");
		List<Map<String, ?>> watch = RankingReport.watchRows(units, sections, results);
		if (watch.isEmpty()) {
			watch = List.of(Map.of("unit", "—", "reason", "Không có đơn vị nào thuộc diện cần theo dõi trong kỳ."));
		}
		long types = units.stream().map(ScoredUnit::type).distinct().count();
		String year = " năm " + asOf.getYear();
		// the number and the day and month are the clerk's, who issues the report
		return new RankingContent(settings.issuerParent(), settings.issuer(), "Số:        /" + settings.documentCode(),
				settings.place() + ", ngày      tháng     " + year, title(windows),
				UnitScorecard.basisLine(rules, asOf, runId),
				changes == null ? List.of() : Replacement.section(changes, Replacement.REPORT_UNITS),
				RankingReport.opening(settings, period),
				"1. Toàn tỉnh so với các chỉ đạo (số liệu của tất cả các đơn vị cộng lại)",
				RankingReport.provinceRows(sections), "2. Số đơn vị theo xếp loại so với " + previousPeriod,
				RankingReport.bandRows(units, sections),
				RankingAssessment.assessment(period, rules, units, sections.previous(), results),
				"III. ĐƠN VỊ CẦN THEO DÕI (không hoàn thành nhiệm vụ 2 kỳ liên tiếp, hoặc thuộc"
						+ " nhóm 10% thấp nhất 3 kỳ liên tiếp)",
				watch, RankingAssessment.proposals(units, sections.watchList(), results), RankingReport.RECIPIENTS,
				settings.signerTitle(), settings.signerName(),
				"(Kèm theo Báo cáo số        /" + settings.documentCode() + " ngày      tháng     " + year + " của "
						+ settings.issuerName() + ")",
				RankingReport.rows(period, units, results, sections.previous(), rules),
				"PHỤ LỤC " + RankingReport.roman((int) types + 1),
				"CÁC ĐƠN VỊ TĂNG, GIẢM ĐIỂM NHIỀU NHẤT VÀ CHẤT LƯỢNG DỮ LIỆU",
				RankingReport.notes(units, sections, results, previousResults));
	}

	/** The report's title, which is also its PDF's and its Word document's. */
	static String title(CountingWindows windows) {
		return "Kết quả xếp hạng chấp hành chỉ đạo, điều hành " + windows.period().inWords()
				+ UnitScorecard.provisionalNote(windows);
	}

	/**
	 * The body template's parameters (ranking.jrxml); its rows are {@link #watchRows}.
	 */
	Map<String, Object> bodyParameters() {
		Map<String, Object> body = new HashMap<>();
		body.put("issuerParent", issuerParent);
		body.put("issuer", issuer);
		body.put("documentNumber", documentNumber);
		body.put("placeAndDate", placeAndDate);
		body.put("titleLine", title);
		body.put("basisLine", basisLine);
		// the headline in bold: the template's styled markup, so every text is escaped
		body.put("replacement",
				replacement.isEmpty() ? null
						: "<style isBold=\"true\">" + JRStringUtil.xmlEncode(replacement.get(0)) + "</style>"
								+ replacement.stream()
									.skip(1)
									.map(line -> "\n" + JRStringUtil.xmlEncode(line))
									.collect(Collectors.joining()));
		body.put("opening", paragraphs(opening));
		body.put("provinceTitle", provinceTitle);
		body.put("provinceRows", new JRMapCollectionDataSource(provinceRows));
		body.put("bandsTitle", bandsTitle);
		body.put("bandRows", new JRMapCollectionDataSource(bandRows));
		body.put("assessment", paragraphs(assessment));
		body.put("watchTitle", watchTitle);
		body.put("proposals", paragraphs(proposals));
		body.put("recipients", recipients);
		body.put("signerTitle", signerTitle);
		body.put("signerName", signerName);
		body.put("summaryHeading", SUMMARY);
		body.put("assessmentHeading", ASSESSMENT);
		body.put("proposalsHeading", PROPOSALS);
		return body;
	}

	/**
	 * The appendices template's parameters (ranking_appendix.jrxml); its rows are
	 * {@link #appendixRows}.
	 */
	Map<String, Object> appendixParameters() {
		Map<String, Object> appendix = new HashMap<>();
		appendix.put("attachedTo", attachedTo);
		appendix.put("notesAppendix", notesAppendix);
		appendix.put("notesTitle", notesTitle);
		appendix.put("notes", new JRMapCollectionDataSource(notes));
		return appendix;
	}

	private static JRMapCollectionDataSource paragraphs(List<String> texts) {
		return new JRMapCollectionDataSource(texts.stream().<Map<String, ?>>map(text -> Map.of("text", text)).toList());
	}

}

package vn.gov.scorecard.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import vn.gov.scorecard.trend.Trend;
import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.changes.RunChanges;
import vn.gov.scorecard.period.CountingWindows;
import vn.gov.scorecard.indicators.Annex;
import vn.gov.scorecard.scoring.ScoredUnit;
import vn.gov.scorecard.rules.RuleSet;
import vn.gov.scorecard.rules.UnitType;
import vn.gov.scorecard.scoring.IndicatorResult;
import vn.gov.scorecard.scoring.IndicatorResult.Status;
import vn.gov.scorecard.scoring.Scoring;
import vn.gov.scorecard.rules.Target;

/**
 * The content of one unit's scorecard: the parameters and rows that
 * {@code unit_scorecard.jrxml} lays out, every text already in Vietnamese and every
 * figure rounded as the CSV outputs are.
 */
final class UnitScorecard {

	/**
	 * What every scorecard of a run shares. The document is dated the as-of date of its
	 * figures.
	 *
	 * @param changes what changed against the run this one replaces, or null
	 */
	record CommonPart(long runId, CountingWindows windows, LocalDate asOf, RuleSet rules, ReportSettings settings,
			Map<UnitType, Long> rankedByType, Map<UnitType, Map<Integer, Long>> unitsByRank, Trend trend,
			RunChanges changes) {

		Period period() {
			return windows.period();
		}
	}

	/**
	 * What is known of one unit: its results now and in the previous period, its course
	 * and its annex records.
	 *
	 * @param annexes the records behind each records indicator, and the commune-wide
	 * conferences counted
	 * @param previousYear the documents and meetings of its whole previous year, which
	 * this year's cuts are measured against at the year's end
	 * @param merged the unit was formed by a merger: its cuts count its predecessors'
	 * records
	 */
	record UnitPart(ScoredUnit unit, Map<Indicator, IndicatorResult> results,
			Map<Indicator, IndicatorResult> previousResults, BigDecimal previousScore, Trend.UnitTrend trend,
			Map<Indicator, Annex> annexes, LocalDate reportSubmitted, Map<Indicator, Long> previousYear,
			boolean merged) {

		List<WhatToFix.Fix> fixes(Period period) {
			return WhatToFix.of(period, results.values(), previousYear);
		}
	}

	/** The fixes the first page names: the three that recover the most points. */
	static final int FIRST_FIXES = 3;

	static final int ANNEX_LIMIT = 20;

	private UnitScorecard() {
	}

	/** Which rules and data a document was computed from. */
	static String basisLine(RuleSet rules, LocalDate asOf, long runId) {
		return "Bộ tiêu chí phiên bản " + rules.version() + "; số liệu đến ngày " + Vietnamese.date(asOf)
				+ "; lần tính số " + runId + ".";
	}

	static String title(CommonPart run, ScoredUnit unit) {
		return "Kết quả chấp hành chỉ đạo, điều hành " + run.period().inWords() + provisionalNote(run.windows())
				+ " của " + unit.name();
	}

	/**
	 * What a provisional run adds to every title: the figures are the period's so far
	 * (SPEC §3).
	 */
	static String provisionalNote(CountingWindows windows) {
		return windows.provisional() ? " (TẠM TÍNH đến ngày " + Vietnamese.date(windows.end()) + ")" : "";
	}

	/** The report parameters (a mutable map, as Jasper requires). */
	static Map<String, Object> parameters(CommonPart run, UnitPart facts) {
		ScoredUnit unit = facts.unit();
		ReportSettings settings = run.settings();
		Map<String, Object> parameters = documentHeader(settings, run.asOf());
		parameters.put("titleLine",
				"Kết quả chấp hành chỉ đạo, điều hành " + run.period().inWords() + provisionalNote(run.windows()));
		parameters.put("unitName", "của " + unit.name());
		parameters.put("scoreLine", scoreLine(run, facts));
		parameters.put("replacesNote", replacesNote(run, unit));
		parameters.put("classificationLine",
				"Xếp loại: " + (unit.classification() == null ? "chưa xếp loại" : unit.classification()));
		parameters.put("rankLine", rankLine(run, unit));
		// the first three fixes: their heading and sentences for the page, numbered lines
		// for the PDF
		List<WhatToFix.Fix> fixes = facts.fixes(run.period());
		List<String> fixItems = fixes.stream().limit(FIRST_FIXES).map(WhatToFix.Fix::sentence).toList();
		parameters.put("fixesTitle", fixes.isEmpty() ? null : fixesTitle(fixes));
		parameters.put("fixItems", fixItems);
		parameters.put("fixes", fixes.isEmpty() ? null : fixesTitle(fixes) + numbered(fixItems));
		parameters.put("basisLine", basisLine(run.rules(), run.asOf(), run.runId()));
		parameters.put("recipients",
				"Nơi nhận:\n- " + unit.name() + ";\n- Lãnh đạo Ủy ban nhân dân tỉnh (để báo cáo);\n- Lưu: VT.");
		parameters.put("signerTitle", settings.signerTitle());
		parameters.put("signerName", settings.signerName());
		List<Map<String, ?>> annex = annexRows(run, facts);
		parameters.put("chartRows", new JRMapCollectionDataSource(chartRows(run, facts)));
		parameters.put("courseChart", courseChart(run, facts));
		parameters.put("courseScale", courseScale(run.rules()));
		parameters.put("courseRows", new JRMapCollectionDataSource(courseRows(facts)));
		parameters.put("courseTitle",
				"III. Diễn biến điểm và thứ hạng qua " + facts.trend().points().size() + " kỳ gần nhất");
		parameters.put("courseBasis",
				"Các kỳ trước được tính lại theo bộ tiêu chí phiên bản " + run.rules().version()
						+ " từ số liệu hiện có, dù kỳ đó đã được tính hay chưa. Màu cột: " + colourKey(run.rules())
						+ "; vạch ngang: ngưỡng "
						+ run.rules()
							.bands()
							.stream()
							.map(RuleSet.Band::min)
							.filter(min -> min.signum() > 0)
							.sorted()
							.map(Vietnamese::plain)
							.collect(Collectors.joining(", "))
						+ " điểm; “—”: chưa xếp hạng." + labelKey(run.period()) + rankedChanged(facts));
		parameters.put("annexRows", new JRMapCollectionDataSource(annex));
		parameters.put("hasAnnex", !annex.isEmpty());
		return parameters;
	}

	/**
	 * What the course's labels of halves mean, whose words do not fit under a column: "
	 * H1, H2: …"; nothing for other periods, labelled in the title's words.
	 */
	static String labelKey(Period period) {
		return period.kind() == Period.Kind.HALF ? " H1, H2: 6 tháng đầu năm, 6 tháng cuối năm." : "";
	}

	/**
	 * The labels of the course chart's threshold lines, one line of text per 10 points
	 * from 100 down (the template sets a line of text as high as 10 points of the chart):
	 * "\n90 điểm\n\n70 điểm\n\n50 điểm" for thresholds of 90, 70 and 50.
	 */
	static String courseScale(RuleSet rules) {
		List<String> lines = new ArrayList<>();
		for (int score = 100; score > 0; score -= 10) {
			int at = score;
			lines.add(rules.bands()
				.stream()
				.map(RuleSet.Band::min)
				.filter(min -> min.intValue() == at && min.signum() > 0)
				.findFirst()
				.map(min -> Vietnamese.plain(min) + " điểm")
				.orElse(""));
		}
		return String.join("\n", lines);
	}

	/**
	 * Where the number of units of the type ranked changed by a tenth or more between two
	 * periods of the course (units merged, formed or dissolved), a rank before and a rank
	 * after are among different units: " Từ QIII/2025 số xã, phường được xếp hạng đổi từ
	 * 183 thành 120: …"; nothing otherwise.
	 */
	static String rankedChanged(UnitPart facts) {
		List<Trend.Point> points = facts.trend().points();
		List<String> changes = new ArrayList<>();
		for (int i = 1; i < points.size(); i++) {
			long before = points.get(i - 1).rankedOfType();
			long now = points.get(i).rankedOfType();
			if (before > 0 && now > 0 && Math.abs(now - before) * 10 >= before) {
				changes.add("từ " + points.get(i).period().shortLabel() + " số " + facts.unit().type().group()
						+ " được xếp hạng đổi từ " + before + " thành " + now);
			}
		}
		return changes.isEmpty() ? "" : " " + RankingAssessment.capitalised(String.join("; ", changes))
				+ ": thứ hạng trước và sau mốc đó là thứ hạng giữa những đơn vị khác nhau.";
	}

	/**
	 * "xanh lá – hoàn thành xuất sắc nhiệm vụ, xanh dương – …": the course chart's key.
	 */
	private static String colourKey(RuleSet rules) {
		List<String> key = new ArrayList<>();
		List<RuleSet.Band> bands = rules.bands();
		for (int i = 0; i < bands.size(); i++) {
			key.add(TrendChart.BAND_COLOUR_NAMES[Math.min(i, TrendChart.BAND_COLOUR_NAMES.length - 1)] + " – "
					+ RankingAssessment.lowerFirst(bands.get(i).name()));
		}
		return String.join(", ", key);
	}

	/**
	 * The heading of the first page's "what to fix first": the indicators not met that
	 * recover the most points.
	 */
	private static String fixesTitle(List<WhatToFix.Fix> fixes) {
		return fixes.size() <= FIRST_FIXES ? "Cần khắc phục (theo số điểm có thể lấy lại):" : "Cần khắc phục trước "
				+ FIRST_FIXES + " chỉ tiêu (theo số điểm có thể lấy lại; các chỉ tiêu khác" + " chưa đạt ở Phụ lục):";
	}

	/** "\n1. …\n2. …": the items as numbered lines. */
	private static String numbered(List<String> items) {
		StringBuilder lines = new StringBuilder();
		for (int i = 0; i < items.size(); i++) {
			lines.append('\n').append(i + 1).append(". ").append(items.get(i));
		}
		return lines.toString();
	}

	/**
	 * The parameters of the header both documents share (Nghị định 30/2020/NĐ-CP):
	 * issuing body, number, place and date. A mutable map, as Jasper requires.
	 */
	static Map<String, Object> documentHeader(ReportSettings settings, LocalDate date) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("issuerParent", settings.issuerParent());
		parameters.put("issuer", settings.issuer());
		parameters.put("documentNumber", "Số:          /" + settings.documentCode());
		parameters.put("placeAndDate", Vietnamese.placeAndDate(settings.place(), date));
		return parameters;
	}

	/** The rows of the indicator table, in the scorecard's order. */
	static List<Map<String, ?>> tableRows(UnitPart facts) {
		List<Map<String, ?>> rows = new ArrayList<>();
		int number = 0;
		for (IndicatorResult result : facts.results().values()) {
			Map<String, Object> row = new HashMap<>();
			row.put("number", String.valueOf(++number));
			row.put("name", result.indicator().nameVi());
			// a cut's counts are this year's against last year's, not a share
			row.put("counts",
					result.indicator().formula() == Indicator.Formula.REDUCTION
							? result.numerator() + " so với " + result.denominator()
							: result.numerator() + "/" + result.denominator());
			row.put("value", shownValue(result) + valueChange(result, facts.previousResults().get(result.indicator())));
			row.put("target", result.target().label());
			row.put("status", switch (result.status()) {
				case MET -> restsOnNilReturns(result) ? "Đạt (theo báo cáo không có số liệu của đơn vị)" : "Đạt";
				case NOT_MET -> "Không đạt (" + failedInARow(facts, result.indicator()) + ")";
				case NA -> "Không áp dụng: " + result.reason();
			});
			row.put("statusCode", result.status().name());
			row.put("points", (result.applicable() ? Vietnamese.points(result.points()) : "—") + " / "
					+ Vietnamese.plain(result.weight()));
			row.put("change", change(result, facts.previousResults().get(result.indicator())));
			rows.add(row);
		}
		return rows;
	}

	/**
	 * A cut scored on no records this year against some last year: only the unit's nil
	 * returns make that absence count (SPEC §4 v3; without them it is NA), and the
	 * scorecard says it rests on them.
	 */
	private static boolean restsOnNilReturns(IndicatorResult result) {
		return result.indicator().formula() == Indicator.Formula.REDUCTION && result.applicable()
				&& result.numerator() == 0 && result.denominator() > 0;
	}

	/**
	 * The value as both PDFs show it: a percentage, the count of a count indicator, or
	 * "—" for NA.
	 */
	static String shownValue(IndicatorResult result) {
		return result.applicable() ? value(result) : "—";
	}

	private static String value(IndicatorResult result) {
		return result.indicator().formula() == Indicator.Formula.COUNT ? String.valueOf(result.numerator())
				: Vietnamese.percent(result.value());
	}

	/**
	 * Under the score line of a unit whose figures or standing changed since the run this
	 * one replaces: that it replaces the version sent before, and what changed.
	 */
	static String replacesNote(CommonPart run, ScoredUnit unit) {
		RunChanges.UnitChange change = run.changes() == null ? null : run.changes().unit(unit.code());
		return change == null ? null : Replacement.scorecardNote(run.changes(), change);
	}

	static String scoreLine(CommonPart run, UnitPart facts) {
		BigDecimal score = facts.unit().score();
		if (score == null) {
			return insufficientData(run, facts);
		}
		String line = "Điểm tổng hợp: " + Vietnamese.score(score) + "/100";
		if (facts.previousScore() == null || run.period().previous().isEmpty()) {
			return line + scaling(facts);
		}
		BigDecimal difference = score.setScale(2, RoundingMode.HALF_UP)
			.subtract(facts.previousScore().setScale(2, RoundingMode.HALF_UP));
		String previous = run.period().previous().get().inWords();
		String share = ChangeShares.of(run.rules(), facts.results(), facts.previousResults());
		return line + switch (difference.signum()) {
			case 1 -> " (tăng " + Vietnamese.score(difference) + " điểm so với " + previous + share + ")";
			case -1 -> " (giảm " + Vietnamese.score(difference.negate()) + " điểm so với " + previous + share + ")";
			default -> " (không đổi so với " + previous + share + ")";
		} + scaling(facts);
	}

	/**
	 * How the weights of the indicators that apply were scaled to 100 when some do not
	 * (SPEC §5), on a line of its own: "Cách tính: 100 × 33,3333 / 50 …", the points and
	 * weights of those that apply; nothing when all apply.
	 */
	private static String scaling(UnitPart facts) {
		BigDecimal points = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		BigDecimal all = BigDecimal.ZERO;
		for (IndicatorResult result : facts.results().values()) {
			all = all.add(result.weight());
			if (result.applicable()) {
				points = points.add(result.points());
				weights = weights.add(result.weight());
			}
		}
		return weights.compareTo(all) == 0 ? ""
				: "\nCách tính: 100 × " + Vietnamese.points(points) + " / " + Vietnamese.plain(weights)
						+ " (tổng điểm của các chỉ tiêu áp dụng trên tổng trọng số của chúng; chỉ tiêu không áp dụng"
						+ " không tính)";
	}

	/**
	 * SPEC §5: too little of the weight had data to score the unit; say which indicators
	 * had none.
	 */
	private static String insufficientData(CommonPart run, UnitPart facts) {
		BigDecimal applicable = BigDecimal.ZERO;
		List<String> missing = new ArrayList<>();
		for (IndicatorResult result : facts.results().values()) {
			if (result.applicable()) {
				applicable = applicable.add(result.weight());
			}
			else {
				missing.add(result.indicator().nameVi());
			}
		}
		return "Điểm tổng hợp: chưa xếp hạng vì thiếu số liệu: các chỉ tiêu có số liệu chỉ chiếm "
				+ Vietnamese.plain(applicable) + "/100 trọng số, cần tối thiểu "
				+ Vietnamese.plain(run.rules().minWeightToRank()) + ". Chỉ tiêu không có số liệu: "
				+ String.join("; ", missing) + ".";
	}

	private static String rankLine(CommonPart run, ScoredUnit unit) {
		String group = unit.type().group();
		if (unit.rank() == null) {
			return "Chưa xếp hạng trong các " + group;
		}
		long sharing = run.unitsByRank().get(unit.type()).get(unit.rank());
		return "Xếp thứ " + unit.rank() + "/" + run.rankedByType().get(unit.type()) + " " + group + (sharing > 1
				? " (đồng hạng với " + (sharing - 1) + " đơn vị khác cùng " + Vietnamese.score(unit.score()) + " điểm)"
				: "");
	}

	/**
	 * Under the value, its change against the previous period: in percentage points for a
	 * share or a cut ("\n+14,53"), in conferences for a count ("\n+1"); nothing when
	 * either period has none.
	 */
	private static String valueChange(IndicatorResult now, IndicatorResult before) {
		if (before == null || !now.applicable() || !before.applicable()) {
			return "";
		}
		if (now.indicator().formula() == Indicator.Formula.COUNT) {
			long difference = now.numerator() - before.numerator();
			return "\n" + (difference > 0 ? "+" : "") + (difference < 0 ? "−" + -difference : difference);
		}
		return "\n" + RankingReport.signed(now.value().subtract(before.value()).movePointRight(2));
	}

	/**
	 * The change of points against the previous period: "▲ 2,50", "▼ 1,25", "= 0,00", or
	 * "—".
	 */
	private static String change(IndicatorResult now, IndicatorResult before) {
		if (before == null || !now.applicable() || !before.applicable()) {
			return "—";
		}
		BigDecimal difference = now.points().subtract(before.points()).setScale(2, RoundingMode.HALF_UP);
		String amount = Vietnamese.score(difference.abs());
		return switch (difference.signum()) {
			case 1 -> "▲ " + amount;
			case -1 -> "▼ " + amount;
			default -> "= " + amount;
		};
	}

	private static List<Map<String, ?>> chartRows(CommonPart run, UnitPart facts) {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (IndicatorResult result : facts.results().values()) {
			if (!result.applicable()) {
				continue;
			}
			Target target = run.rules().rule(result.indicator()).target();
			boolean met = result.status() == Status.MET;
			BulletBar bar;
			if (result.indicator().formula() == Indicator.Formula.COUNT) {
				// a count is drawn on 0 … twice its limit, so the limit stands in the
				// middle
				double scale = 2 * target.threshold().doubleValue();
				bar = new BulletBar(result.numerator() / scale, 0.5, 0, met);
			}
			else if (result.indicator().formula() == Indicator.Formula.REDUCTION) {
				// a cut runs from −100% to 100%, zero in the middle: a unit that issued
				// more
				// than the year before is drawn left of it, not as an empty bar
				bar = new BulletBar((1 + result.value().doubleValue()) / 2, (1 + target.threshold().doubleValue()) / 2,
						0.5, met);
			}
			else {
				bar = new BulletBar(result.value().doubleValue(), target.threshold().doubleValue(), 0, met);
			}
			Map<String, Object> row = new HashMap<>();
			row.put("name", result.indicator().nameVi());
			row.put("bar", bar);
			row.put("label", value(result) + " / " + result.target().label());
			rows.add(row);
		}
		return rows;
	}

	/** "1 kỳ", "3 kỳ liền", or "cả 12 kỳ" when every period of the course failed. */
	private static String failedInARow(UnitPart facts, Indicator indicator) {
		int periods = facts.trend().failedInARow().getOrDefault(indicator, 1);
		int shown = facts.trend().points().size();
		if (periods == 1) {
			return "1 kỳ";
		}
		return periods == shown ? "cả " + shown + " kỳ" : periods + " kỳ liền";
	}

	private static TrendChart courseChart(CommonPart run, UnitPart facts) {
		List<RuleSet.Band> bands = run.rules().bands();
		List<TrendChart.Column> columns = new ArrayList<>();
		for (Trend.Point point : facts.trend().points()) {
			if (point.score() == null) {
				columns.add(new TrendChart.Column(null, 0));
				continue;
			}
			RuleSet.Band band = run.rules().band(Scoring.roundedScore(point.score()));
			columns.add(new TrendChart.Column(point.score().doubleValue(), bands.indexOf(band)));
		}
		List<Double> thresholds = bands.stream().map(b -> b.min().doubleValue()).filter(min -> min > 0).toList();
		return new TrendChart(columns, thresholds, run.trend().periods().size());
	}

	/**
	 * One cell per period under the chart: the period, the score and the rank among the
	 * units of the type ranked then.
	 */
	static List<Map<String, ?>> courseRows(UnitPart facts) {
		List<Map<String, ?>> rows = new ArrayList<>();
		List<Trend.Point> points = facts.trend().points();
		for (int i = 0; i < points.size(); i++) {
			Trend.Point point = points.get(i);
			rows.add(Map.of("period", point.period().shortLabel(), "current", i == points.size() - 1, "score",
					point.score() == null ? "—" : Vietnamese.score(point.score()), "rank",
					point.rank() == null ? "—" : point.rank() + "/" + point.rankedOfType()));
		}
		return rows;
	}

	/**
	 * The annex: for every NOT_MET indicator, the records behind it (at most 20, then a
	 * count of the rest).
	 */
	static List<Map<String, ?>> annexRows(CommonPart run, UnitPart facts) {
		List<Map<String, ?>> rows = new ArrayList<>();
		Map<Indicator, WhatToFix.Fix> fixes = facts.fixes(run.period())
			.stream()
			.collect(Collectors.toMap(fix -> fix.result().indicator(), fix -> fix));
		// numbered as the table numbers them
		int number = 0;
		for (IndicatorResult result : facts.results().values()) {
			number++;
			if (result.status() != Status.NOT_MET) {
				continue;
			}
			if (rows.isEmpty()) {
				rows.add(annexRow(true, "PHỤ LỤC: CÁC TRƯỜNG HỢP CHƯA ĐẠT"));
			}
			WhatToFix.Fix fix = fixes.get(result.indicator());
			rows.add(annexRow(true, number + ". " + result.indicator().nameVi() + ": " + value(result) + " (mục tiêu "
					+ result.target().label() + ")"));
			rows.add(annexRow(false, RankingAssessment.capitalised(fix.gap().replaceFirst("\\.$", ""))
					+ "; có thể lấy lại " + Vietnamese.score(fix.recoverable()) + " điểm."));
			for (String item : annexItems(run, facts, result)) {
				rows.add(annexRow(false, item));
			}
		}
		return rows;
	}

	private static List<String> annexItems(CommonPart run, UnitPart facts, IndicatorResult result) {
		Indicator indicator = result.indicator();
		if (indicator == Indicator.WIDE_CONF_LIMIT) {
			List<String> items = new ArrayList<>(List.of("Từ đầu năm đến hết kỳ tổ chức " + result.numerator()
					+ " hội nghị quy mô toàn xã, vượt giới hạn " + result.denominator() + " hội nghị mỗi năm:"));
			items.addAll(facts.annexes().getOrDefault(indicator, new Annex(List.of(), 0)).items());
			return items;
		}
		if (indicator.countsRecords()) {
			Annex annex = facts.annexes().getOrDefault(indicator, new Annex(List.of(), 0));
			List<String> items = new ArrayList<>(annex.items());
			if (annex.total() > annex.items().size()) {
				items.add("… và " + (annex.total() - annex.items().size()) + " " + noun(indicator) + " khác");
			}
			return items;
		}
		return List.of(switch (indicator) {
			case DOC_REDUCTION -> "Từ đầu năm đến hết kỳ ban hành " + result.numerator()
					+ " văn bản; cùng kỳ năm trước " + result.denominator() + " văn bản" + predecessors(facts)
					+ "; tỷ lệ cắt giảm " + value(result) + ".";
			case MEETING_REDUCTION -> "Từ đầu năm đến hết kỳ tổ chức " + result.numerator()
					+ " hội nghị; cùng kỳ năm trước " + result.denominator() + " hội nghị" + predecessors(facts)
					+ "; tỷ lệ cắt giảm " + value(result) + ".";
			case REPORT_ON_TIME -> reportItem(run, facts);
			default -> throw new IllegalStateException("no annex text for " + indicator);
		});
	}

	/**
	 * " (kể cả các đơn vị tiền thân)" for a unit formed by a merger; nothing otherwise.
	 */
	private static String predecessors(UnitPart facts) {
		return facts.merged() ? " (kể cả các đơn vị tiền thân)" : "";
	}

	private static String reportItem(CommonPart run, UnitPart facts) {
		Period reportPeriod = run.period().reportPeriod();
		String deadline = Vietnamese.date(reportPeriod.reportDeadline());
		String report = "Báo cáo " + reportPeriod.inWords();
		return facts.reportSubmitted() == null ? report + ": chưa nộp (hạn nộp " + deadline + ")."
				: report + ": nộp ngày " + Vietnamese.date(facts.reportSubmitted()) + ", sau hạn " + deadline + ".";
	}

	private static String noun(Indicator indicator) {
		return switch (indicator) {
			case DIGITAL_RATE -> "hồ sơ, công việc";
			case DOSSIER_ON_TIME -> "hồ sơ";
			case TASK_ON_TIME -> "nhiệm vụ";
			default -> "hội nghị";
		};
	}

	private static Map<String, ?> annexRow(boolean heading, String text) {
		return Map.of("heading", heading, "text", text);
	}

}

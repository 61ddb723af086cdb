package vn.gov.scorecard.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import vn.gov.scorecard.changes.RunChanges;
import vn.gov.scorecard.trend.Trend;
import vn.gov.scorecard.period.CountingWindows;
import vn.gov.scorecard.scoring.ScoredUnit;
import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.rules.RuleSet;
import vn.gov.scorecard.rules.UnitType;
import vn.gov.scorecard.scoring.IndicatorResult;
import vn.gov.scorecard.scoring.Scoring;

/**
 * The static site of a run (SPEC §6): {@code index.html} and
 * {@code units/<unit_code>.html}, from the Thymeleaf templates in {@code site/}, with the
 * very texts of the PDFs ({@link UnitScorecard}, {@link RankingReport}). Thymeleaf
 * escapes every value it writes as text or as an attribute, so a unit's name is only ever
 * text. Each page carries its own style sheet and the index its own script: the folder
 * opens from a shared drive or any web server, with no request leaving it.
 */
final class SitePages {

	/**
	 * The SVG course chart: a slot per period, bars on a 0–100 scale 120 units high above
	 * the axis at y = 132.
	 */
	private static final int SLOT = 56;

	private static final int CHART_TOP = 12;

	private static final int CHART_HEIGHT = 120;

	/** The PDF course chart's colours ({@link TrendChart#BANDS}). */
	private static final String[] BAND_COLOURS = { "#1E7B34", "#2E6DB4", "#B87800", "#C0392B" };

	private final TemplateEngine engine = new TemplateEngine();

	SitePages() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setSuffix(".html");
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		engine.setTemplateResolver(resolver);
	}

	/**
	 * What every page of the run shows at its top; a provisional run says so in the title
	 * and under it (SPEC §3).
	 */
	static Map<String, Object> site(ReportSettings settings, CountingWindows windows, String basis) {
		Map<String, Object> site = new HashMap<>();
		site.put("issuerParent", settings.issuerParent());
		site.put("issuer", settings.issuer());
		site.put("title", "Kết quả xếp hạng chấp hành chỉ đạo, điều hành " + windows.period().inWords()
				+ UnitScorecard.provisionalNote(windows));
		site.put("provisional", windows.provisional());
		site.put("provisionalNote", "Tạm tính: số liệu đến ngày " + Vietnamese.date(windows.end())
				+ "; kỳ kết thúc ngày " + Vietnamese.date(windows.period().lastDay()) + ".");
		site.put("basis", basis);
		return site;
	}

	/**
	 * Writes {@code directory/index.html}: the report's figures and texts
	 * ({@code content}) with the ranking a reader sorts and filters, headed by what
	 * changed since the run this one replaces ({@code changes}, null when none).
	 */
	void writeIndex(Map<String, Object> site, List<String> facts, List<String> warnings, List<ScoredUnit> units,
			Map<String, Map<Indicator, IndicatorResult>> results, RankingReport.Sections sections,
			RankingContent content, RunChanges changes, Path directory) {
		Map<String, Object> index = new HashMap<>(site);
		if (changes != null) {
			// every changed unit, linked to its page where it has one: the report names
			// the
			// first few
			index.put("replacement",
					Map.of("headline", Replacement.headline(changes), "reasons",
							Objects.requireNonNullElse(Replacement.reasons(changes), ""), "units",
							changes.units()
								.stream()
								.map(unit -> Map.of("page", unit.scored().after(), "code", unit.unitCode(), "line",
										Replacement.unitLine(unit)))
								.toList()));
		}
		index.put("facts", facts);
		index.put("warnings", warnings);
		index.put("province", content.provinceRows());
		String previous = sections.period().previous().map(p -> p.inWords()).orElse("kỳ trước");
		index.put("bandsTitle", "Số đơn vị theo xếp loại so với " + previous);
		index.put("previous", previous);
		index.put("bands", content.bandRows());
		// the report's movers, without its data quality
		List<Map<String, ?>> movers = new ArrayList<>();
		for (Map<String, ?> note : content.notes()) {
			if (Integer.valueOf(0).equals(note.get("level")) && !movers.isEmpty()) {
				break;
			}
			movers.add(note);
		}
		index.put("moversTitle", movers.get(0).get("text").toString().replaceFirst("^\\d+\\. ", ""));
		index.put("movers", movers.subList(1, movers.size()));
		index.put("guide", IndicatorGuide.of(sections.rules()));
		index.put("watch", RankingReport.watchRows(units, sections, results));
		List<RuleSet.Band> bands = sections.rules().bands();
		index.put("bandNames", bands.stream().map(RuleSet.Band::name).toList());
		index.put("types", types(units, results, sections.rules()));
		write(directory.resolve("index.html"), page("site/index", Map.of("site", index)));
	}

	private static List<Map<String, Object>> types(List<ScoredUnit> units,
			Map<String, Map<Indicator, IndicatorResult>> results, RuleSet rules) {
		List<RuleSet.Band> bands = rules.bands();
		Map<UnitType, List<ScoredUnit>> byType = units.stream()
			.collect(Collectors.groupingBy(ScoredUnit::type, LinkedHashMap::new, Collectors.toList()));
		List<Map<String, Object>> types = new ArrayList<>();
		byType.forEach((type, group) -> {
			List<Map<String, Object>> rows = new ArrayList<>();
			List<String> headings = new ArrayList<>();
			for (ScoredUnit unit : group) {
				Map<Indicator, IndicatorResult> unitResults = results.get(unit.code());
				if (headings.isEmpty()) {
					unitResults.keySet().forEach(indicator -> headings.add(indicator.shortNameVi()));
				}
				int band = unit.classification() == null ? -1 : bands.indexOf(
						bands.stream().filter(b -> b.name().equals(unit.classification())).findFirst().orElseThrow());
				Map<String, Object> row = new HashMap<>();
				row.put("code", unit.code());
				row.put("name", unit.name());
				row.put("search", fold(unit.code() + " " + unit.name()));
				row.put("rank", unit.rank() == null ? "—" : String.valueOf(unit.rank()));
				row.put("rankSort", unit.rank() == null ? "" : String.valueOf(unit.rank()));
				row.put("score", unit.score() == null ? "—" : Vietnamese.score(unit.score()));
				row.put("scoreSort", unit.score() == null ? "" : Scoring.roundedScore(unit.score()).toPlainString());
				row.put("band", unit.classification() == null ? "" : unit.classification());
				row.put("bandLabel",
						unit.classification() == null ? "Chưa xếp hạng (thiếu số liệu)" : unit.classification());
				row.put("bandClass", band < 0 ? "" : String.valueOf(Math.min(band, 3)));
				row.put("bandIndex", band < 0 ? "" : String.valueOf(band));
				List<Map<String, String>> cells = new ArrayList<>();
				for (IndicatorResult result : unitResults.values()) {
					cells.add(Map.of("value", UnitScorecard.shownValue(result), "status", result.status().name(),
							"sort", result.value() == null ? "" : result.value().toPlainString()));
				}
				row.put("cells", cells);
				rows.add(row);
			}
			types.add(Map.of("title",
					type.group().toUpperCase(Locale.forLanguageTag("vi")) + " (" + group.size()
							+ " đơn vị được đánh giá)",
					"headings", headings, "rows", rows, "summary", RankingReport.bandCounts(group, rules)));
		});
		return types;
	}

	/** Writes {@code directory/units/<unit_code>.html}, beside the unit's PDF. */
	void writeUnit(Map<String, Object> site, UnitScorecard.CommonPart run, UnitScorecard.UnitPart facts,
			Map<String, Object> parameters, List<Map<String, ?>> tableRows, Path file) {
		write(file, unitPage(site, run, facts, parameters, tableRows));
	}

	/**
	 * The unit's page, with the texts of its scorecard's {@code parameters} and
	 * {@code tableRows}.
	 */
	String unitPage(Map<String, Object> site, UnitScorecard.CommonPart run, UnitScorecard.UnitPart facts,
			Map<String, Object> parameters, List<Map<String, ?>> tableRows) {
		ScoredUnit unit = facts.unit();
		Map<String, Object> page = new HashMap<>();
		page.put("title", parameters.get("titleLine") + " " + parameters.get("unitName"));
		page.put("code", unit.code());
		for (String text : List.of("titleLine", "unitName", "scoreLine", "replacesNote", "classificationLine",
				"rankLine", "basisLine", "courseBasis")) {
			page.put(text, parameters.get(text));
		}
		page.put("fixesTitle", parameters.get("fixesTitle"));
		page.put("fixes", parameters.get("fixItems"));
		List<RuleSet.Band> bands = run.rules().bands();
		// the PDF numbers its sections; the page has its own headings
		page.put("courseTitle", ((String) parameters.get("courseTitle")).replaceFirst("^[IVX]+\\. ", ""));
		page.put("bandClass", unit.classification() == null ? "" : String
			.valueOf(Math.min(3, bands.stream().map(RuleSet.Band::name).toList().indexOf(unit.classification()))));
		List<Map<String, ?>> rows = new ArrayList<>();
		List<Indicator> indicators = new ArrayList<>(facts.results().keySet());
		for (int i = 0; i < tableRows.size(); i++) {
			Map<String, Object> row = new HashMap<>(tableRows.get(i));
			row.put("code", indicators.get(i).name());
			rows.add(row);
		}
		page.put("rows", rows);
		page.put("course", UnitScorecard.courseRows(facts));
		chart(page, run.rules(), facts.trend());
		page.put("annex", annex(UnitScorecard.annexRows(run, facts)));
		return page("site/unit", Map.of("site", site, "page", page));
	}

	/**
	 * The annex as sections: each unmet indicator with the records behind it (the PDF's
	 * own first heading left out).
	 */
	private static List<Map<String, Object>> annex(List<Map<String, ?>> rows) {
		List<Map<String, Object>> parts = new ArrayList<>();
		for (Map<String, ?> row : rows.subList(Math.min(1, rows.size()), rows.size())) {
			if ((Boolean) row.get("heading")) {
				parts.add(Map.of("heading", row.get("text"), "items", new ArrayList<String>()));
			}
			else {
				@SuppressWarnings("unchecked")
				List<String> items = (List<String>) parts.get(parts.size() - 1).get("items");
				items.add((String) row.get("text"));
			}
		}
		return parts;
	}

	/**
	 * The course chart as SVG path data: a bar per period on a 0–100 scale (120 high, the
	 * axis at y = 132), one path per band colour, the band thresholds as one dashed path.
	 * Its figures are in the table beside it, so the chart carries no text of its own.
	 */
	private static void chart(Map<String, Object> page, RuleSet rules, Trend.UnitTrend course) {
		List<RuleSet.Band> bands = rules.bands();
		Map<Integer, StringBuilder> paths = new TreeMap<>();
		StringBuilder summary = new StringBuilder("Điểm qua các kỳ: ");
		int width = SLOT * course.points().size();
		for (int i = 0; i < course.points().size(); i++) {
			Trend.Point point = course.points().get(i);
			summary.append(point.period().shortLabel())
				.append(' ')
				.append(point.score() == null ? "chưa xếp hạng" : Vietnamese.score(point.score()))
				.append("; ");
			if (point.score() == null) {
				continue;
			}
			double score = Math.max(0, Math.min(100, point.score().doubleValue()));
			long height = Math.round(CHART_HEIGHT * score / 100);
			int band = Math.min(bands.indexOf(rules.band(Scoring.roundedScore(point.score()))),
					BAND_COLOURS.length - 1);
			paths.computeIfAbsent(band, b -> new StringBuilder())
				.append("M")
				.append(i * SLOT + SLOT / 5)
				.append(' ')
				.append(CHART_TOP + CHART_HEIGHT)
				.append("v-")
				.append(height)
				.append('h')
				.append(SLOT * 3 / 5)
				.append('v')
				.append(height)
				.append('z');
		}
		StringBuilder thresholds = new StringBuilder();
		// the thresholds' scores at the lines' right end, each period under its bar: the
		// chart reads without the table beside it
		List<Map<String, Object>> labels = new ArrayList<>();
		for (RuleSet.Band band : bands) {
			if (band.min().signum() > 0) {
				long y = CHART_TOP + CHART_HEIGHT - Math.round(CHART_HEIGHT * band.min().doubleValue() / 100);
				thresholds.append("M0 ").append(y).append('h').append(width);
				labels.add(Map.of("x", width - 2, "y", y - 2, "anchor", "end", "text", Vietnamese.plain(band.min())));
			}
		}
		for (int i = 0; i < course.points().size(); i++) {
			labels.add(Map.of("x", i * SLOT + SLOT / 2, "y", CHART_TOP + CHART_HEIGHT + 14, "anchor", "middle", "text",
					course.points().get(i).period().shortLabel()));
		}
		List<Map<String, String>> bandPaths = new ArrayList<>();
		paths.forEach((band, path) -> bandPaths.add(Map.of("path", path.toString(), "colour", BAND_COLOURS[band])));
		page.put("chart", Map.of("bands", bandPaths, "thresholds", thresholds.toString(), "axis",
				"M0 " + (CHART_TOP + CHART_HEIGHT) + "h" + width, "labels", labels));
		page.put("chartWidth", width);
		page.put("courseSummary", summary.substring(0, summary.length() - 2));
	}

	private String page(String template, Map<String, Object> variables) {
		return engine.process(template, new Context(Locale.forLanguageTag("vi"), variables));
	}

	private static void write(Path file, String page) {
		try {
			// a whole page as one String is encoded to UTF-8 many times faster than
			// through a Writer
			Files.createDirectories(file.getParent());
			Files.writeString(file, page, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
		}
	}

	/**
	 * A name as the search box compares it: without diacritics, đ as d, in lower case.
	 */
	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('đ', 'd')
			.replace('Đ', 'D')
			.toLowerCase(Locale.ROOT);
	}

}

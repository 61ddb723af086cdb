package vn.gov.scorecard.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
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
import java.util.stream.Collectors;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import vn.gov.scorecard.course.Course;
import vn.gov.scorecard.reporting.StoredResults.Unit;
import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.rules.RuleSet;
import vn.gov.scorecard.rules.UnitType;
import vn.gov.scorecard.scoring.IndicatorResult;
import vn.gov.scorecard.scoring.Scoring;

/**
 * The static site of a run (SPEC §6): {@code index.html} and {@code units/<unit_code>.html}, from
 * the Thymeleaf templates in {@code site/}, with the very texts of the PDFs ({@link UnitScorecard},
 * {@link RankingReport}). Thymeleaf escapes every value it writes as text or as an attribute, so a
 * unit's name is only ever text. Each page carries its own style sheet and the index its own
 * script: the folder opens from a shared drive or any web server, with no request leaving it.
 */
final class SitePages {

	/** The SVG course chart: a slot per period, bars on a 0–100 scale 120 units high above the axis at y = 132. */
	private static final int SLOT = 56;
	private static final int CHART_TOP = 12;
	private static final int CHART_HEIGHT = 120;
	private static final String[] BAND_COLOURS = { "#1E7B34", "#4C9A2A", "#B87800", "#C0392B" };

	private final TemplateEngine engine = new TemplateEngine();

	SitePages() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setSuffix(".html");
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		engine.setTemplateResolver(resolver);
	}

	/** What every page of the run shows at its top. */
	static Map<String, Object> site(ReportSettings settings, String title, String provisionalNote, String basis) {
		Map<String, Object> site = new HashMap<>();
		site.put("issuerParent", settings.issuerParent());
		site.put("issuer", settings.issuer());
		site.put("title", title);
		site.put("provisional", !provisionalNote.isEmpty());
		site.put("provisionalNote", "Số liệu tạm tính" + provisionalNote.replace(" (TẠM TÍNH", "").replace(")", "") + ".");
		site.put("basis", basis);
		return site;
	}

	/** Writes {@code directory/index.html}. */
	void writeIndex(Map<String, Object> site, List<String> facts, List<String> warnings, List<Unit> units,
			Map<String, Map<Indicator, IndicatorResult>> results, RankingReport.Context context, Path directory) {
		Map<String, Object> index = new HashMap<>(site);
		index.put("facts", facts);
		index.put("warnings", warnings);
		index.put("province", RankingReport.provinceRows(context));
		index.put("bandsTitle", "Số đơn vị theo xếp loại so với "
				+ context.period().previous().map(p -> p.inWords()).orElse("kỳ trước"));
		index.put("bands", RankingReport.bandRows(units, context));
		Map<String, String> names = units.stream().collect(Collectors.toMap(Unit::code, Unit::name));
		index.put("watch", context.watchList().stream().map(entry -> Map.of("code", entry.getKey(),
				"unit", entry.getKey() + " – " + names.get(entry.getKey()), "reason", entry.getValue())).toList());
		List<RuleSet.Band> bands = context.rules().bands();
		index.put("bandNames", bands.stream().map(RuleSet.Band::name).toList());
		index.put("types", types(units, results, context.rules()));
		write("site/index", Map.of("site", index), directory.resolve("index.html"));
	}

	private static List<Map<String, Object>> types(List<Unit> units, Map<String, Map<Indicator, IndicatorResult>> results,
			RuleSet rules) {
		List<RuleSet.Band> bands = rules.bands();
		Map<UnitType, List<Unit>> byType = units.stream()
				.collect(Collectors.groupingBy(Unit::type, LinkedHashMap::new, Collectors.toList()));
		List<Map<String, Object>> types = new ArrayList<>();
		byType.forEach((type, group) -> {
			List<Map<String, Object>> rows = new ArrayList<>();
			List<String> headings = new ArrayList<>();
			for (Unit unit : group) {
				Map<Indicator, IndicatorResult> unitResults = results.get(unit.code());
				if (headings.isEmpty()) {
					unitResults.keySet().forEach(indicator -> headings.add(indicator.shortNameVi()));
				}
				int band = unit.classification() == null ? -1
						: bands.indexOf(bands.stream().filter(b -> b.name().equals(unit.classification())).findFirst().orElseThrow());
				Map<String, Object> row = new HashMap<>();
				row.put("code", unit.code());
				row.put("name", unit.name());
				row.put("search", fold(unit.code() + " " + unit.name()));
				row.put("rank", unit.rank() == null ? "—" : String.valueOf(unit.rank()));
				row.put("rankSort", unit.rank() == null ? "" : String.valueOf(unit.rank()));
				row.put("score", unit.score() == null ? "—" : Vietnamese.score(unit.score()));
				row.put("scoreSort", unit.score() == null ? "" : Scoring.roundedScore(unit.score()).toPlainString());
				row.put("band", unit.classification() == null ? "" : unit.classification());
				row.put("bandLabel", unit.classification() == null ? "Chưa xếp hạng (thiếu số liệu)" : unit.classification());
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
			types.add(Map.of("title", type.group().toUpperCase(Locale.forLanguageTag("vi")) + " (" + group.size()
					+ " đơn vị được đánh giá)", "headings", headings, "rows", rows,
					"summary", RankingReport.bandCounts(group, rules)));
		});
		return types;
	}

	/** Writes {@code directory/units/<unit_code>.html}, beside the unit's PDF. */
	void writeUnit(Map<String, Object> site, UnitScorecard.Shared run, UnitScorecard.Facts facts, Path file) {
		Map<String, Object> parameters = UnitScorecard.parameters(run, facts);
		Unit unit = facts.unit();
		Map<String, Object> page = new HashMap<>();
		page.put("title", parameters.get("titleLine") + " " + parameters.get("unitName"));
		page.put("code", unit.code());
		for (String text : List.of("titleLine", "unitName", "scoreLine", "classificationLine", "rankLine", "basisLine",
				"courseBasis")) {
			page.put(text, parameters.get(text));
		}
		List<RuleSet.Band> bands = run.rules().bands();
		// the PDF numbers its sections; the page has its own headings
		page.put("courseTitle", ((String) parameters.get("courseTitle")).replaceFirst("^[IVX]+\\. ", ""));
		page.put("bandClass", unit.classification() == null ? ""
				: String.valueOf(Math.min(3, bands.stream().map(RuleSet.Band::name).toList().indexOf(unit.classification()))));
		List<Map<String, ?>> rows = new ArrayList<>();
		List<Indicator> indicators = new ArrayList<>(facts.results().keySet());
		List<Map<String, ?>> tableRows = UnitScorecard.tableRows(facts);
		for (int i = 0; i < tableRows.size(); i++) {
			Map<String, Object> row = new HashMap<>(tableRows.get(i));
			row.put("code", indicators.get(i).name());
			rows.add(row);
		}
		page.put("rows", rows);
		page.put("course", UnitScorecard.courseRows(facts));
		chart(page, run.rules(), facts.course());
		List<Map<String, ?>> annex = UnitScorecard.annexRows(run, facts);
		page.put("annex", annex.isEmpty() ? annex : annex.subList(1, annex.size()));
		write("site/unit", Map.of("site", site, "page", page), file);
	}

	/** The course chart's geometry: a bar per period coloured by band, the band thresholds as dashed lines. */
	private static void chart(Map<String, Object> page, RuleSet rules, Course.UnitCourse course) {
		List<RuleSet.Band> bands = rules.bands();
		List<Map<String, Object>> bars = new ArrayList<>();
		StringBuilder summary = new StringBuilder("Điểm qua các kỳ: ");
		for (int i = 0; i < course.points().size(); i++) {
			Course.Point point = course.points().get(i);
			Map<String, Object> bar = new HashMap<>();
			int height = 0;
			String colour = "none";
			if (point.score() != null) {
				double score = Math.max(0, Math.min(100, point.score().doubleValue()));
				height = (int) Math.round(CHART_HEIGHT * score / 100);
				RuleSet.Band band = rules.band(Scoring.roundedScore(point.score()));
				colour = BAND_COLOURS[Math.min(bands.indexOf(band), BAND_COLOURS.length - 1)];
			}
			bar.put("x", i * SLOT + SLOT / 5);
			bar.put("width", SLOT * 3 / 5);
			bar.put("middle", i * SLOT + SLOT / 2);
			bar.put("height", height);
			bar.put("y", CHART_TOP + CHART_HEIGHT - height);
			bar.put("colour", colour);
			bar.put("score", point.score() == null ? null : Vietnamese.score(point.score()));
			bar.put("label", point.period().shortLabel());
			bars.add(bar);
			summary.append(point.period().shortLabel()).append(' ')
					.append(point.score() == null ? "chưa xếp hạng" : Vietnamese.score(point.score())).append("; ");
		}
		page.put("bars", bars);
		page.put("chartWidth", SLOT * course.points().size());
		page.put("courseSummary", summary.substring(0, summary.length() - 2));
		page.put("thresholds", bands.stream().filter(b -> b.min().signum() > 0).map(b -> Map.of(
				"y", CHART_TOP + CHART_HEIGHT - (int) Math.round(CHART_HEIGHT * b.min().doubleValue() / 100),
				"label", Vietnamese.plain(b.min()))).toList());
	}

	private void write(String template, Map<String, Object> variables, Path file) {
		try {
			Files.createDirectories(file.getParent());
			try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				engine.process(template, new Context(Locale.forLanguageTag("vi"), variables), out);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
		}
	}

	/** A name as the search box compares it: without diacritics, đ as d, in lower case. */
	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D')
				.toLowerCase(Locale.ROOT);
	}
}

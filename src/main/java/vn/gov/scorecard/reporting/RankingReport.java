package vn.gov.scorecard.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.reporting.StoredResults.Unit;
import vn.gov.scorecard.rules.RuleSet;
import vn.gov.scorecard.rules.UnitType;
import vn.gov.scorecard.scoring.IndicatorResult;
import vn.gov.scorecard.scoring.Scoring;

/**
 * The content of {@code ranking.pdf}: every unit by rank within its type with every indicator's
 * value and status, then band counts, the units that rose and fell most, the province-wide
 * conferences against their limit, and the run's data quality.
 */
final class RankingReport {

	static final int MOVERS = 5;
	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
	static final int UNITS_WITH_REJECTS = 10;
	/**
	 * Who receives the ranking: the province's Party Committee and People's Committee, to whom Sở
	 * Nội vụ reports (the 226 implementation letter, §6), and every unit ranked.
	 */
	static final String RECIPIENTS = "Nơi nhận:\n- Thường trực Tỉnh ủy (để báo cáo);\n- Thường trực HĐND tỉnh (để báo cáo);\n"
			+ "- Chủ tịch, các Phó Chủ tịch UBND tỉnh;\n- Các sở, ban, ngành; UBND các xã, phường;\n- Lưu: VT.";

	/** What the report says beyond the table. */
	record Context(Period period, RuleSet rules, Map<String, Unit> previous, long provinceWideConferences,
			List<String> fileLines, Map<String, Long> rejectsByUnit, List<String> warnings) {
	}

	private RankingReport() {
	}

	static List<Map<String, ?>> rows(List<Unit> units, Map<String, Map<Indicator, IndicatorResult>> results, RuleSet rules) {
		Map<UnitType, List<Unit>> byType = units.stream().collect(Collectors.groupingBy(Unit::type, LinkedHashMap::new,
				Collectors.toList()));
		List<Map<String, ?>> rows = new ArrayList<>();
		int section = 0;
		for (Map.Entry<UnitType, List<Unit>> group : byType.entrySet()) {
			UnitType type = group.getKey();
			String title = (++section == 1 ? "I. " : "II. ") + type.group().toUpperCase(VIETNAMESE)
					+ " (" + group.getValue().size() + " đơn vị được đánh giá)";
			String summary = bandCounts(group.getValue(), rules);
			for (Unit unit : group.getValue()) {
				Map<String, Object> row = new HashMap<>();
				row.put("unitType", type.name());
				row.put("groupTitle", title);
				row.put("groupSummary", summary);
				row.put("ninthIndicator", type == UnitType.SO ? "Không triệu tập xã" : "Hội nghị toàn xã");
				row.put("rank", unit.rank() == null ? "—" : String.valueOf(unit.rank()));
				row.put("code", unit.code());
				row.put("name", unit.name());
				row.put("score", unit.score() == null ? "—" : Vietnamese.score(unit.score()));
				row.put("classification", unit.classification() == null ? "Chưa xếp hạng (thiếu số liệu)" : unit.classification());
				List<Map<String, ?>> cells = new ArrayList<>();
				for (IndicatorResult result : results.get(unit.code()).values()) {
					cells.add(Map.of("value", UnitScorecard.shownValue(result), "status", result.status().name()));
				}
				row.put("cells", cells);
				rows.add(row);
			}
		}
		return rows;
	}

	/** The sections after the tables: movers, province-wide conferences, data quality. */
	static JRMapCollectionDataSource notes(List<Unit> units, Context context) {
		List<Map<String, ?>> notes = new ArrayList<>();
		movers(units, context, notes);
		provinceWideConferences(context, notes);
		dataQuality(context, notes);
		return new JRMapCollectionDataSource(notes);
	}

	/** III. The units of each type that rose and fell most against the previous period. */
	private static void movers(List<Unit> units, Context context, List<Map<String, ?>> notes) {
		String previous = context.period().previous().map(Period::inWords).orElse("kỳ trước");
		notes.add(note(0, "III. Các đơn vị tăng, giảm điểm nhiều nhất so với " + previous));
		Map<UnitType, List<Unit>> byType = units.stream().filter(u -> u.score() != null
				&& context.previous().containsKey(u.code()) && context.previous().get(u.code()).score() != null)
				.collect(Collectors.groupingBy(Unit::type, LinkedHashMap::new, Collectors.toList()));
		if (byType.isEmpty()) {
			notes.add(note(1, "Không có đơn vị nào có điểm ở cả hai kỳ để so sánh."));
		}
		byType.forEach((type, group) -> {
			Function<Unit, BigDecimal> change = u -> Scoring.roundedScore(u.score())
					.subtract(Scoring.roundedScore(context.previous().get(u.code()).score()));
			List<Unit> rising = group.stream().filter(u -> change.apply(u).signum() > 0)
					.sorted(Comparator.comparing(change).reversed().thenComparing(Unit::code)).limit(MOVERS).toList();
			List<Unit> falling = group.stream().filter(u -> change.apply(u).signum() < 0)
					.sorted(Comparator.comparing(change).thenComparing(Unit::code)).limit(MOVERS).toList();
			notes.add(note(1, "Tăng nhiều nhất (" + type.group() + "): " + (rising.isEmpty() ? "không có" : "")));
			rising.forEach(u -> notes.add(note(2, mover(u, context.previous().get(u.code()), change.apply(u)))));
			notes.add(note(1, "Giảm nhiều nhất (" + type.group() + "): " + (falling.isEmpty() ? "không có" : "")));
			falling.forEach(u -> notes.add(note(2, mover(u, context.previous().get(u.code()), change.apply(u)))));
		});
	}

	/** IV. Province-wide conferences of all departments this year against the limit. */
	private static void provinceWideConferences(Context context, List<Map<String, ?>> notes) {
		long limit = context.rules().limits().provinceWideConferencesPerYear();
		long held = context.provinceWideConferences();
		notes.add(note(0, "IV. Hội nghị quy mô toàn tỉnh (Kết luận 226-KL/TW)"));
		notes.add(note(1, "Các sở, ban, ngành đã tổ chức " + held + " hội nghị quy mô toàn tỉnh từ đầu năm đến hết kỳ; giới hạn "
				+ limit + " hội nghị mỗi năm: " + (held <= limit ? "trong giới hạn." : "vượt " + (held - limit) + " hội nghị.")));
	}

	/** V. The run's warnings, rows per file, and the units with the most rejected rows. */
	private static void dataQuality(Context context, List<Map<String, ?>> notes) {
		notes.add(note(0, "V. Chất lượng dữ liệu của lần tính"));
		context.warnings().forEach(warning -> notes.add(note(1, "Cảnh báo: " + warning)));
		context.fileLines().forEach(line -> notes.add(note(1, line)));
		if (context.rejectsByUnit().isEmpty()) {
			notes.add(note(1, "Không có dòng dữ liệu nào bị loại."));
			return;
		}
		notes.add(note(1, "Số dòng bị loại theo đơn vị (nhiều nhất trước):"));
		context.rejectsByUnit().entrySet().stream().limit(UNITS_WITH_REJECTS).forEach(entry ->
				notes.add(note(2, entry.getKey() + ": " + entry.getValue() + " dòng")));
		if (context.rejectsByUnit().size() > UNITS_WITH_REJECTS) {
			notes.add(note(2, "… và " + (context.rejectsByUnit().size() - UNITS_WITH_REJECTS) + " đơn vị khác"));
		}
	}

	private static String mover(Unit unit, Unit before, BigDecimal change) {
		String ranks = before.rank() == null || unit.rank() == null ? "" : "; hạng " + before.rank() + " → " + unit.rank();
		return unit.code() + " – " + unit.name() + ": " + Vietnamese.score(before.score()) + " → "
				+ Vietnamese.score(unit.score()) + " (" + (change.signum() > 0 ? "▲ " : "▼ ")
				+ Vietnamese.score(change.abs()) + " điểm" + ranks + ")";
	}

	private static String bandCounts(List<Unit> units, RuleSet rules) {
		Map<String, Long> counts = units.stream().filter(u -> u.classification() != null)
				.collect(Collectors.groupingBy(Unit::classification, Collectors.counting()));
		long unranked = units.stream().filter(u -> u.classification() == null).count();
		return "Số đơn vị theo xếp loại: " + rules.bands().stream()
				.map(band -> band.name() + ": " + counts.getOrDefault(band.name(), 0L))
				.collect(Collectors.joining("; ")) + "; chưa xếp hạng: " + unranked + ".";
	}

	/** A line of the notes: level 0 a heading, 1 an item, 2 an item under the one before. */
	private static Map<String, ?> note(int level, String text) {
		return Map.of("level", level, "text", text);
	}
}

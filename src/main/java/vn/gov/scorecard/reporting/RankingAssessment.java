package vn.gov.scorecard.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.rules.RuleSet;
import vn.gov.scorecard.rules.UnitType;
import vn.gov.scorecard.scoring.IndicatorResult;
import vn.gov.scorecard.scoring.ScoredUnit;
import vn.gov.scorecard.scoring.Scoring;
import vn.gov.scorecard.trend.WatchList;

/**
 * The ranking report's prose, written from the figures (SPEC §6): the assessment (each
 * unit type's average score and its change, its band counts against the previous period,
 * its best and lowest units, the indicators most often not met and the directive each
 * serves) and the proposals (the units to remind, from the watch list; what the province
 * should press on, from the indicators most often not met). Every number in a sentence is
 * one of the tables': a score as ranking.csv prints it, a count of units.
 */
final class RankingAssessment {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** Indicators named as most often not met. */
	static final int MOST_FAILED = 3;

	/** Indicators the proposals ask the province to press on. */
	static final int PRESSED = 2;

	private RankingAssessment() {
	}

	/**
	 * The assessment's paragraphs: one per unit type with units, then one on the
	 * indicators most often not met.
	 * @param previous the previous period's units, by code (empty when there is none)
	 */
	static List<String> assessment(Period period, RuleSet rules, List<ScoredUnit> units,
			Map<String, ScoredUnit> previous, Map<String, Map<Indicator, IndicatorResult>> results) {
		String before = period.previous().map(Period::inWords).orElse(null);
		List<String> paragraphs = new ArrayList<>();
		for (Map.Entry<UnitType, List<ScoredUnit>> group : byType(units).entrySet()) {
			UnitType type = group.getKey();
			List<ScoredUnit> ranked = group.getValue().stream().filter(u -> u.score() != null).toList();
			StringBuilder text = new StringBuilder(capitalised(type.group())).append(": ");
			if (ranked.isEmpty()) {
				paragraphs.add(text.append("không có đơn vị nào đủ số liệu để xếp hạng.").toString());
				continue;
			}
			BigDecimal average = average(ranked);
			text.append(ranked.size())
				.append(" đơn vị được xếp hạng, điểm bình quân ")
				.append(Vietnamese.score(average));
			List<ScoredUnit> rankedBefore = previous.values()
				.stream()
				.filter(u -> u.type() == type && u.score() != null)
				.toList();
			if (before != null && !rankedBefore.isEmpty()) {
				BigDecimal averageBefore = average(rankedBefore);
				text.append(" (")
					.append(before)
					.append(": ")
					.append(Vietnamese.score(averageBefore))
					.append("; ")
					.append(change(average.subtract(averageBefore)))
					.append(")");
			}
			text.append(". Xếp loại: ").append(bandCounts(rules, ranked, rankedBefore, before != null)).append(". ");
			text.append(extremes(ranked));
			paragraphs.add(text.toString());
		}
		List<Failed> failed = mostFailed(units, results);
		if (failed.isEmpty()) {
			paragraphs.add("Không có chỉ tiêu nào bị đơn vị không đạt trong kỳ.");
		}
		else {
			paragraphs.add("Các chỉ tiêu nhiều đơn vị không đạt nhất: " + failed.stream()
				.limit(MOST_FAILED)
				.map(f -> f.indicator().nameVi() + " (" + f.notMet() + "/" + f.judged() + " đơn vị không đạt; "
						+ directive(f.indicator()) + ")")
				.collect(Collectors.joining("; ")) + ".");
		}
		return paragraphs;
	}

	/** The proposals' paragraphs. */
	static List<String> proposals(List<ScoredUnit> units, List<WatchList.Watched> watchList,
			Map<String, Map<Indicator, IndicatorResult>> results) {
		List<String> paragraphs = new ArrayList<>();
		if (watchList.isEmpty()) {
			paragraphs.add("Không có đơn vị nào thuộc diện cần theo dõi trong kỳ.");
		}
		else {
			paragraphs.add("Đề nghị Ủy ban nhân dân tỉnh nhắc nhở " + watchList.size()
					+ " đơn vị thuộc diện cần theo dõi (mục III): "
					+ watchList.stream().map(WatchList.Watched::unitCode).collect(Collectors.joining(", "))
					+ "; yêu cầu các đơn vị này khắc phục các chỉ tiêu bị trừ nhiều điểm nhất nêu tại mục III.");
		}
		mostFailed(units, results).stream()
			.limit(PRESSED)
			.forEach(f -> paragraphs.add("Đề nghị các sở, ban, ngành và Ủy ban nhân dân các xã, phường tập trung "
					+ action(f.indicator()) + " (" + f.notMet() + "/" + f.judged() + " đơn vị không đạt chỉ tiêu "
					+ lowerFirst(f.indicator().nameVi()) + " trong kỳ)."));
		return paragraphs;
	}

	/** An indicator, how many units it was judged for, and how many did not meet it. */
	record Failed(Indicator indicator, long judged, long notMet) {
	}

	/**
	 * The indicators at least one unit did not meet, most units first (then in the
	 * scorecard's order).
	 */
	static List<Failed> mostFailed(List<ScoredUnit> units, Map<String, Map<Indicator, IndicatorResult>> results) {
		Map<Indicator, long[]> counts = new EnumMap<>(Indicator.class);
		for (ScoredUnit unit : units) {
			for (IndicatorResult result : results.getOrDefault(unit.code(), Map.of()).values()) {
				if (result.status() != IndicatorResult.Status.NA) {
					long[] count = counts.computeIfAbsent(result.indicator(), i -> new long[2]);
					count[0]++;
					if (result.status() == IndicatorResult.Status.NOT_MET) {
						count[1]++;
					}
				}
			}
		}
		return counts.entrySet()
			.stream()
			.filter(e -> e.getValue()[1] > 0)
			.map(e -> new Failed(e.getKey(), e.getValue()[0], e.getValue()[1]))
			.sorted(Comparator.comparingLong(Failed::notMet).reversed().thenComparing(Failed::indicator))
			.toList();
	}

	/** The mean of the printed scores, rounded half up to 2 decimals as a score is. */
	static BigDecimal average(List<ScoredUnit> ranked) {
		return Scoring.averageScore(ranked.stream().map(ScoredUnit::score).toList());
	}

	private static String change(BigDecimal difference) {
		return switch (difference.signum()) {
			case 1 -> "tăng " + Vietnamese.score(difference) + " điểm";
			case -1 -> "giảm " + Vietnamese.score(difference.negate()) + " điểm";
			default -> "không đổi";
		};
	}

	private static String bandCounts(RuleSet rules, List<ScoredUnit> ranked, List<ScoredUnit> rankedBefore,
			boolean hasPrevious) {
		Map<String, Long> now = ranked.stream()
			.collect(Collectors.groupingBy(ScoredUnit::classification, Collectors.counting()));
		Map<String, Long> then = rankedBefore.stream()
			.collect(Collectors.groupingBy(ScoredUnit::classification, Collectors.counting()));
		return rules.bands()
			.stream()
			.map(RuleSet.Band::name)
			.map(band -> now.getOrDefault(band, 0L) + " " + lowerFirst(band)
					+ (hasPrevious ? " (kỳ trước " + then.getOrDefault(band, 0L) + ")" : ""))
			.collect(Collectors.joining(", "));
	}

	/** "Cao nhất: SO1 – Sở A (95,00 điểm); thấp nhất: …", tied units named together. */
	private static String extremes(List<ScoredUnit> ranked) {
		BigDecimal best = ranked.stream()
			.map(u -> Scoring.roundedScore(u.score()))
			.max(Comparator.naturalOrder())
			.orElseThrow();
		BigDecimal lowest = ranked.stream()
			.map(u -> Scoring.roundedScore(u.score()))
			.min(Comparator.naturalOrder())
			.orElseThrow();
		return "Cao nhất: " + named(ranked, best) + "; thấp nhất: " + named(ranked, lowest) + ".";
	}

	private static String named(List<ScoredUnit> ranked, BigDecimal score) {
		List<ScoredUnit> at = ranked.stream()
			.filter(u -> Scoring.roundedScore(u.score()).compareTo(score) == 0)
			.toList();
		return at.stream().map(u -> u.code() + " – " + u.name()).collect(Collectors.joining(", "))
				+ (at.size() > 1 ? " (đồng hạng, " : " (") + Vietnamese.score(score) + " điểm)";
	}

	private static Map<UnitType, List<ScoredUnit>> byType(List<ScoredUnit> units) {
		return units.stream()
			.sorted(Comparator.comparing(ScoredUnit::type))
			.collect(Collectors.groupingBy(ScoredUnit::type, LinkedHashMap::new, Collectors.toList()));
	}

	/** The directive an indicator serves (SPEC §1). */
	static String directive(Indicator indicator) {
		return switch (indicator) {
			case DIGITAL_RATE, DOC_REDUCTION, MEETING_REDUCTION, ONLINE_SHARE, DURATION_OK, SPEECH_OK,
					WIDE_CONF_LIMIT ->
				"Kết luận số 226-KL/TW";
			case NO_SUMMONS -> "chỉ thị của Ủy ban nhân dân tỉnh Tuyên Quang năm 2026";
			case TASK_ON_TIME, DOSSIER_ON_TIME -> "Văn bản số 7176/UBND-NC";
			case REPORT_ON_TIME -> "văn bản triển khai Kết luận số 226-KL/TW";
		};
	}

	/** What the province presses on for an indicator most often not met. */
	private static String action(Indicator indicator) {
		return switch (indicator) {
			case DIGITAL_RATE -> "xử lý 100% hồ sơ, công việc trên môi trường số";
			case DOSSIER_ON_TIME -> "giải quyết hồ sơ thủ tục hành chính đúng hạn";
			case TASK_ON_TIME -> "hoàn thành nhiệm vụ được giao đúng hạn";
			case DOC_REDUCTION -> "cắt giảm ít nhất 15% văn bản hành chính so với năm trước";
			case MEETING_REDUCTION -> "cắt giảm ít nhất 10% hội nghị so với năm trước";
			case ONLINE_SHARE -> "tổ chức ít nhất 60% hội nghị theo hình thức trực tuyến";
			case DURATION_OK -> "tổ chức hội nghị đúng thời lượng quy định";
			case SPEECH_OK -> "bảo đảm thời gian phát biểu, tham luận tại hội nghị đúng quy định";
			case WIDE_CONF_LIMIT -> "hạn chế hội nghị quy mô toàn xã trong giới hạn cho phép";
			case NO_SUMMONS -> "không triệu tập cán bộ cấp xã họp trực tiếp khi có thể họp trực tuyến";
			case REPORT_ON_TIME -> "gửi báo cáo định kỳ đến Sở Nội vụ đúng hạn";
		};
	}

	static String capitalised(String text) {
		return text.substring(0, 1).toUpperCase(VIETNAMESE) + text.substring(1);
	}

	static String lowerFirst(String text) {
		return text.substring(0, 1).toLowerCase(VIETNAMESE) + text.substring(1);
	}

}

package vn.gov.scorecard.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.gov.scorecard.indicators.ProvinceTotals;
import vn.gov.scorecard.indicators.PossiblyIncomplete;
import vn.gov.scorecard.indicators.Undelivered;
import vn.gov.scorecard.ingest.files.Delivery;
import vn.gov.scorecard.ingest.files.FileListing;
import vn.gov.scorecard.ingest.load.RunFiles;
import vn.gov.scorecard.ingest.load.RunFiles.RunFile;
import vn.gov.scorecard.ingest.load.Withdrawn;
import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.scoring.ScoredUnit;
import vn.gov.scorecard.rules.RuleSet;
import vn.gov.scorecard.rules.UnitType;
import vn.gov.scorecard.scoring.IndicatorResult;
import vn.gov.scorecard.scoring.Scoring;
import vn.gov.scorecard.trend.WatchList;

/**
 * The content of {@code ranking.pdf}: every unit by rank within its type with every
 * indicator's value and status, then band counts, the units that rose and fell most, the
 * province-wide conferences against their limit, and the run's data quality.
 */
final class RankingReport {

	static final int MOVERS = 5;

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
	static final int UNITS_WITH_REJECTS = 10;

	/** Files a report page lists one by one. */
	private static final int LISTED_FILES = 12;

	/**
	 * Who receives the ranking (decision 46): the province's Party Committee, People's
	 * Council and People's Committee standing bodies, to whom Sở Nội vụ reports (the 226
	 * implementation letter, §6), the Vice-Chairmen, and every unit ranked. "Nơi nhận:"
	 * itself is the template's, in bold italic.
	 */
	static final String RECIPIENTS = "- Thường trực Tỉnh ủy (để báo cáo);\n- Thường trực HĐND tỉnh (để báo cáo);\n"
			+ "- UBND tỉnh, Chủ tịch UBND tỉnh (để báo cáo);\n- Các Phó Chủ tịch UBND tỉnh;\n"
			+ "- Các sở, ban, ngành; UBND các xã, phường;\n- Lưu: VT.";

	/**
	 * What the report says beyond the table.
	 *
	 * @param notApplicable the indicators NA for every unit this period (not delivered,
	 * not yet due), with the reason
	 * @param watchList the units on the watch list, in its order, and why
	 */
	record Sections(Period period, RuleSet rules, Map<String, ScoredUnit> previous, ProvinceTotals province,
			Map<Indicator, String> notApplicable, List<WatchList.Watched> watchList, List<String> fileLines,
			List<RunFiles.UnitRejects> rejectsByUnit, List<String> warnings, List<Undelivered> undelivered,
			List<PossiblyIncomplete> possiblyIncomplete) {
	}

	private static final Map<String, String> KIND_WORDS = Map.of("units", "danh mục đơn vị", "meetings", "hội nghị",
			"documents", "văn bản", "work_items", "hồ sơ, công việc", "tasks", "nhiệm vụ", "reports",
			"báo cáo định kỳ");

	private RankingReport() {
	}

	/**
	 * The appendices' rows: one appendix per unit type ("PHỤ LỤC I", "PHỤ LỤC II"), its
	 * units by rank with their indicators.
	 */
	static List<Map<String, ?>> rows(Period period, List<ScoredUnit> units,
			Map<String, Map<Indicator, IndicatorResult>> results, Map<String, ScoredUnit> previous, RuleSet rules) {
		Map<UnitType, List<ScoredUnit>> byType = units.stream()
			.collect(Collectors.groupingBy(ScoredUnit::type, LinkedHashMap::new, Collectors.toList()));
		List<Map<String, ?>> rows = new ArrayList<>();
		int appendix = 0;
		for (Map.Entry<UnitType, List<ScoredUnit>> group : byType.entrySet()) {
			UnitType type = group.getKey();
			String title = "KẾT QUẢ XẾP HẠNG CÁC " + type.group().toUpperCase(VIETNAMESE) + " "
					+ period.inWords().toUpperCase(VIETNAMESE);
			String summary = group.getValue().size() + " đơn vị được đánh giá. " + bandCounts(group.getValue(), rules)
					+ ". " + LEGEND;
			String numbered = "PHỤ LỤC " + roman(++appendix);
			Map<Integer, Long> sharing = group.getValue()
				.stream()
				.filter(u -> u.rank() != null)
				.collect(Collectors.groupingBy(ScoredUnit::rank, Collectors.counting()));
			List<Map<String, ?>> headings = Indicator.forUnitType(type)
				.stream()
				.<Map<String, ?>>map(i -> Map.of("text", i.shortNameVi() + "\n" + rules.rule(i).target().label()))
				.toList();
			for (ScoredUnit unit : group.getValue()) {
				ScoredUnit before = previous.get(unit.code());
				Map<String, Object> row = new HashMap<>();
				row.put("unitType", type.name());
				row.put("appendix", numbered);
				row.put("appendixTitle", title);
				row.put("groupSummary", summary);
				row.put("headings", headings);
				row.put("rank",
						unit.rank() == null ? "—" : unit.rank() + (sharing.get(unit.rank()) > 1 ? " đồng hạng" : ""));
				row.put("code", unit.code());
				row.put("name", unit.name());
				row.put("score", unit.score() == null ? "—" : Vietnamese.score(unit.score()));
				row.put("classification",
						unit.classification() == null ? "Chưa xếp hạng (thiếu số liệu)" : unit.classification());
				row.put("previousRank", before == null || before.rank() == null ? "—" : String.valueOf(before.rank()));
				row.put("change", before == null || before.score() == null || unit.score() == null ? "—"
						: signed(Scoring.roundedScore(unit.score()).subtract(Scoring.roundedScore(before.score()))));
				List<Map<String, ?>> cells = new ArrayList<>();
				for (IndicatorResult result : results.get(unit.code()).values()) {
					// a percentage without its sign, which the column's heading carries:
					// "100,00" fits a column of ten; a mark for what is not met, which a
					// black-and-white printout keeps
					String value = UnitScorecard.shownValue(result).replace("%", "");
					cells.add(Map.of("value", result.status() == IndicatorResult.Status.NOT_MET ? value + "×" : value,
							"status", result.status().name()));
				}
				row.put("cells", cells);
				rows.add(row);
			}
		}
		return rows;
	}

	/** A change of score with its sign: "+2,25", "−1,50", "0,00". */
	static String signed(BigDecimal change) {
		return switch (change.signum()) {
			case 1 -> "+" + Vietnamese.score(change);
			case -1 -> "−" + Vietnamese.score(change.negate());
			default -> Vietnamese.score(change);
		};
	}

	private static final String LEGEND = "Ô chỉ tiêu: đạt (nền xanh); × không đạt (nền đỏ); — không áp dụng, không đủ"
			+ " số liệu trong kỳ (nền xám). Giá trị là tỷ lệ phần trăm, riêng hội nghị toàn xã là số hội nghị từ đầu"
			+ " năm; dưới tên chỉ tiêu là mục tiêu. Tăng, giảm: điểm so với kỳ trước.";

	/** I, II, III, IV, V: the appendices' numbers. */
	static String roman(int number) {
		return List.of("I", "II", "III", "IV", "V").get(number - 1);
	}

	/**
	 * The opening: the legal basis, one "Căn cứ …" line each, then what the report does.
	 */
	static List<String> opening(ReportSettings settings, Period period) {
		List<String> paragraphs = new ArrayList<>(settings.basis());
		paragraphs.add("Thực hiện chế độ báo cáo định kỳ, " + settings.issuerName()
				+ " báo cáo kết quả chấp hành chỉ đạo, điều hành của các sở, ban, ngành và Ủy ban nhân dân các xã,"
				+ " phường " + period.inWords() + " như sau:");
		return paragraphs;
	}

	/**
	 * The first page's table: the province as a whole against each directive, evaluated
	 * as a unit's indicator is (the same targets, NA when the province's data was not
	 * delivered), and the province-wide conferences of all departments against their
	 * yearly limit.
	 */
	static List<Map<String, ?>> provinceRows(Sections sections) {
		List<Map<String, ?>> rows = new ArrayList<>();
		ProvinceTotals province = sections.province();
		for (Indicator indicator : ProvinceTotals.DIRECTIVES) {
			ProvinceTotals.Counts counts = province.counts().get(indicator);
			if (indicator == Indicator.REPORT_ON_TIME && sections.period().reportPeriod() == null) {
				continue; // no periodic report is judged in this period
			}
			if (indicator == Indicator.WIDE_CONF_LIMIT) {
				rows.add(communeWideRow(sections, counts));
				continue;
			}
			IndicatorResult result = Scoring.evaluate("province", indicator, counts.numerator(), counts.denominator(),
					sections.rules().rule(indicator), sections.notApplicable().get(indicator));
			rows.add(provinceRow(directive(indicator), provinceFigures(indicator, counts),
					UnitScorecard.shownValue(result), result.target().label(), switch (result.status()) {
						case MET -> "Đạt";
						case NOT_MET -> "Không đạt";
						// the question to the clerk ("tệp … đã được nộp chưa?") is the
						// warnings', in the appendix
						case NA ->
							"Không áp dụng: " + result.reason().replaceAll(": tệp \\S+ đã được nộp chưa\\?$", "");
					}, result.status().name()));
		}
		long limit = sections.rules().limits().provinceWideConferencesPerYear();
		long held = province.provinceWideConferences();
		rows.add(provinceRow("Hội nghị quy mô toàn tỉnh của các sở, ban, ngành",
				Vietnamese.count(held) + " hội nghị từ đầu năm", String.valueOf(held), "≤" + limit + "/năm",
				held <= limit ? "Đạt" : "Không đạt: vượt " + (held - limit) + " hội nghị",
				held <= limit ? "MET" : "NOT_MET"));
		return rows;
	}

	/**
	 * The communes within their yearly limit of commune-wide conferences, of those
	 * judged: met when every one is.
	 */
	private static Map<String, ?> communeWideRow(Sections sections, ProvinceTotals.Counts counts) {
		String limit = sections.rules().rule(Indicator.WIDE_CONF_LIMIT).target().label();
		String reason = sections.notApplicable().get(Indicator.WIDE_CONF_LIMIT);
		if (reason != null || counts.denominator() == 0) {
			return provinceRow(directive(Indicator.WIDE_CONF_LIMIT), "—", "—", limit + "/xã",
					"Không áp dụng: " + (reason == null ? "không có xã, phường nào được đánh giá" : reason), "NA");
		}
		long over = counts.denominator() - counts.numerator();
		return provinceRow(directive(Indicator.WIDE_CONF_LIMIT),
				Vietnamese.count(counts.numerator()) + "/" + Vietnamese.count(counts.denominator())
						+ " xã, phường trong giới hạn",
				Vietnamese.percent(BigDecimal.valueOf(counts.numerator())
					.divide(BigDecimal.valueOf(counts.denominator()), 4, RoundingMode.HALF_UP)),
				limit + "/xã", over == 0 ? "Đạt" : "Không đạt: " + over + " xã, phường vượt",
				over == 0 ? "MET" : "NOT_MET");
	}

	private static String directive(Indicator indicator) {
		return switch (indicator) {
			case DOC_REDUCTION -> "Cắt giảm văn bản hành chính so với cùng kỳ năm trước";
			case MEETING_REDUCTION -> "Cắt giảm hội nghị so với cùng kỳ năm trước";
			case ONLINE_SHARE -> "Hội nghị tổ chức trực tuyến (từ đầu năm)";
			case NO_SUMMONS -> "Không triệu tập cán bộ cấp xã họp trực tiếp (sở, ban, ngành)";
			case WIDE_CONF_LIMIT -> "Hội nghị quy mô toàn xã (từ đầu năm)";
			default -> indicator.nameVi();
		};
	}

	private static String provinceFigures(Indicator indicator, ProvinceTotals.Counts counts) {
		String n = Vietnamese.count(counts.numerator());
		String d = Vietnamese.count(counts.denominator());
		return switch (indicator) {
			case DOC_REDUCTION -> n + " văn bản từ đầu năm; cùng kỳ năm trước " + d;
			case MEETING_REDUCTION -> n + " hội nghị từ đầu năm; cùng kỳ năm trước " + d;
			case ONLINE_SHARE -> n + "/" + d + " hội nghị";
			case DIGITAL_RATE -> n + "/" + d + " hồ sơ, công việc";
			case DOSSIER_ON_TIME -> n + "/" + d + " hồ sơ TTHC";
			case TASK_ON_TIME -> n + "/" + d + " nhiệm vụ";
			case REPORT_ON_TIME -> n + "/" + d + " đơn vị nộp đúng hạn";
			case DURATION_OK -> n + "/" + d + " hội nghị đúng thời lượng";
			case SPEECH_OK -> n + "/" + d + " hội nghị đúng thời gian phát biểu";
			case NO_SUMMONS -> n + "/" + d + " hội nghị trực tiếp";
			default -> n + "/" + d;
		};
	}

	private static Map<String, ?> provinceRow(String directive, String figures, String value, String target,
			String status, String statusCode) {
		return Map.of("directive", directive, "figures", figures, "value", value, "target", target, "status", status,
				"statusCode", statusCode);
	}

	/**
	 * The first page's band counts of each unit type, this period against the previous
	 * one.
	 */
	static List<Map<String, ?>> bandRows(List<ScoredUnit> units, Sections sections) {
		Map<UnitType, Map<String, Long>> now = bandCountsByType(units);
		Map<UnitType, Map<String, Long>> before = bandCountsByType(sections.previous().values());
		List<String> bands = new ArrayList<>(sections.rules().bands().stream().map(RuleSet.Band::name).toList());
		bands.add(UNRANKED);
		List<Map<String, ?>> rows = new ArrayList<>();
		for (String band : bands) {
			rows.add(Map.of("band", band, "soNow", count(now, UnitType.SO, band), "soBefore",
					count(before, UnitType.SO, band), "xaNow", count(now, UnitType.XA, band), "xaBefore",
					count(before, UnitType.XA, band)));
		}
		return rows;
	}

	private static final String UNRANKED = "Chưa xếp hạng (thiếu số liệu)";

	private static Map<UnitType, Map<String, Long>> bandCountsByType(java.util.Collection<ScoredUnit> units) {
		return units.stream()
			.collect(Collectors.groupingBy(ScoredUnit::type, Collectors
				.groupingBy(u -> u.classification() == null ? UNRANKED : u.classification(), Collectors.counting())));
	}

	private static String count(Map<UnitType, Map<String, Long>> counts, UnitType type, String band) {
		return String.valueOf(counts.getOrDefault(type, Map.of()).getOrDefault(band, 0L));
	}

	/**
	 * The watch list's rows: each unit with its code, name and reason, and the (at most
	 * three) indicators not met that cost it most points, in the list's order.
	 */
	static List<Map<String, ?>> watchRows(List<ScoredUnit> units, Sections sections,
			Map<String, Map<Indicator, IndicatorResult>> results) {
		Map<String, String> names = units.stream().collect(Collectors.toMap(ScoredUnit::code, ScoredUnit::name));
		List<Map<String, ?>> rows = new ArrayList<>();
		for (WatchList.Watched watched : sections.watchList()) {
			List<IndicatorResult> costly = results.getOrDefault(watched.unitCode(), Map.of())
				.values()
				.stream()
				.filter(r -> r.status() == IndicatorResult.Status.NOT_MET)
				.sorted(Comparator.comparing((IndicatorResult r) -> r.weight().subtract(r.points()))
					.reversed()
					.thenComparing(IndicatorResult::indicator))
				.limit(COSTLY)
				.toList();
			String cost = costly.isEmpty() ? ""
					: " Bị trừ nhiều điểm nhất: " + costly.stream()
						.map(r -> RankingAssessment.lowerFirst(r.indicator().nameVi()) + " (mất "
								+ Vietnamese.score(r.weight().subtract(r.points())) + " điểm)")
						.collect(Collectors.joining("; ")) + ".";
			rows.add(Map.of("code", watched.unitCode(), "unit",
					watched.unitCode() + " – " + names.get(watched.unitCode()), "reason", watched.reason() + cost));
		}
		return rows;
	}

	/** Indicators the watch list names for each unit. */
	static final int COSTLY = 3;

	/** The sections after the tables: movers, data quality. */
	static List<Map<String, ?>> notes(List<ScoredUnit> units, Sections sections,
			Map<String, Map<Indicator, IndicatorResult>> results,
			Map<String, Map<Indicator, IndicatorResult>> previousResults) {
		List<Map<String, ?>> notes = new ArrayList<>();
		movers(units, sections, results, previousResults, notes);
		dataQuality(sections, notes);
		return notes;
	}

	/**
	 * III. The units of each type that rose and fell most against the previous period.
	 */
	private static void movers(List<ScoredUnit> units, Sections sections,
			Map<String, Map<Indicator, IndicatorResult>> results,
			Map<String, Map<Indicator, IndicatorResult>> previousResults, List<Map<String, ?>> notes) {
		String previous = sections.period().previous().map(Period::inWords).orElse("kỳ trước");
		notes.add(note(0, "1. Các đơn vị tăng, giảm điểm nhiều nhất so với " + previous));
		if (sections.period().reportPeriod() != null
				&& sections.period().previous().map(Period::reportPeriod).isEmpty()) {
			notes.add(note(1,
					RankingAssessment.capitalised(sections.period().inWords())
							+ " là kỳ có báo cáo định kỳ đến hạn: chỉ tiêu "
							+ RankingAssessment.lowerFirst(Indicator.REPORT_ON_TIME.nameVi()) + " (trọng số "
							+ Vietnamese.plain(sections.rules().rule(Indicator.REPORT_ON_TIME).weight())
							+ ") được tính vào điểm kỳ này mà không tính ở " + previous
							+ ", nên phần thay đổi do chỉ tiêu này được ghi riêng cho từng đơn vị."));
		}
		Map<UnitType, List<ScoredUnit>> byType = units.stream()
			.filter(u -> u.score() != null && sections.previous().containsKey(u.code())
					&& sections.previous().get(u.code()).score() != null)
			.collect(Collectors.groupingBy(ScoredUnit::type, LinkedHashMap::new, Collectors.toList()));
		if (byType.isEmpty()) {
			notes.add(note(1, "Không có đơn vị nào có điểm ở cả hai kỳ để so sánh."));
		}
		byType.forEach((type, group) -> {
			Function<ScoredUnit, BigDecimal> change = u -> Scoring.roundedScore(u.score())
				.subtract(Scoring.roundedScore(sections.previous().get(u.code()).score()));
			List<ScoredUnit> rising = group.stream()
				.filter(u -> change.apply(u).signum() > 0)
				.sorted(Comparator.comparing(change).reversed().thenComparing(ScoredUnit::code))
				.limit(MOVERS)
				.toList();
			List<ScoredUnit> falling = group.stream()
				.filter(u -> change.apply(u).signum() < 0)
				.sorted(Comparator.comparing(change).thenComparing(ScoredUnit::code))
				.limit(MOVERS)
				.toList();
			notes.add(note(1, "Tăng nhiều nhất (" + type.group() + "): " + (rising.isEmpty() ? "không có" : "")));
			rising.forEach(u -> notes.add(note(2,
					mover(u, sections.previous().get(u.code()), change.apply(u))
							+ ChangeShares.of(sections.rules(), results.getOrDefault(u.code(), Map.of()),
									previousResults.getOrDefault(u.code(), Map.of())))));
			notes.add(note(1, "Giảm nhiều nhất (" + type.group() + "): " + (falling.isEmpty() ? "không có" : "")));
			falling.forEach(u -> notes.add(note(2,
					mover(u, sections.previous().get(u.code()), change.apply(u))
							+ ChangeShares.of(sections.rules(), results.getOrDefault(u.code(), Map.of()),
									previousResults.getOrDefault(u.code(), Map.of())))));
		});
	}

	/**
	 * IV. The run's warnings, rows per file, and the units with the most rejected rows.
	 */
	private static void dataQuality(Sections sections, List<Map<String, ?>> notes) {
		notes.add(note(0, "2. Chất lượng dữ liệu của lần tính"));
		sections.warnings().forEach(warning -> notes.add(note(1, "Cảnh báo: " + warning)));
		if (!sections.undelivered().isEmpty()) {
			notes.add(note(1, "Đơn vị chưa nộp dữ liệu năm nay (năm trước có; chỉ tiêu cắt giảm không chấm điểm):"));
			sections.undelivered().forEach(u -> notes.add(note(2, u.unitCode() + ": " + KIND_WORDS.get(u.kind()))));
		}
		if (!sections.possiblyIncomplete().isEmpty()) {
			notes.add(note(1,
					"Có thể chưa nộp đủ (ba tháng trước đều có số liệu, tháng cuối kỳ không có; đề nghị hỏi lại đơn vị"
							+ " trước khi ký):"));
			sections.possiblyIncomplete()
				.forEach(d -> notes.add(note(2, d.unitCode() + ": " + KIND_WORDS.get(d.kind()) + " tháng "
						+ d.month().substring(5) + "/" + d.month().substring(0, 4))));
		}
		sections.fileLines().forEach(line -> notes.add(note(1, line)));
		if (sections.rejectsByUnit().isEmpty()) {
			notes.add(note(1, "Không có dòng dữ liệu nào bị loại."));
			return;
		}
		notes.add(
				note(1, "Dòng dữ liệu bị loại, theo đơn vị (nhiều nhất trước; chi tiết từng dòng trong rejects.csv):"));
		sections.rejectsByUnit()
			.stream()
			.limit(UNITS_WITH_REJECTS)
			.forEach(unit -> notes.add(note(2,
					(unit.unitCode().isEmpty() ? "(không rõ đơn vị)" : unit.unitCode()) + ": " + unit.rows()
							+ " dòng — "
							+ unit.reasons()
								.stream()
								.map(r -> KIND_WORDS.getOrDefault(r.kind(), r.kind()) + ": " + r.reason()
										+ (unit.reasons().size() > 1 ? " (" + r.rows() + ")" : ""))
								.collect(Collectors.joining("; ")))));
		if (sections.rejectsByUnit().size() > UNITS_WITH_REJECTS) {
			notes.add(note(2, "… và " + (sections.rejectsByUnit().size() - UNITS_WITH_REJECTS) + " đơn vị khác"));
		}
	}

	/**
	 * The input files of the run, with rows read, loaded and rejected: one line per file
	 * when there are few; for a delivery of a file per unit, one line per kind and the
	 * files with rejected rows, so that the leaders' report stays short.
	 */
	static List<String> fileLines(List<RunFile> files, Map<String, Long> withdrawn) {
		FileListing listing = FileListing.of(files.stream()
			.map(f -> new FileListing.Line(f.name(), 1, f.read(), f.loaded(), f.rejected(), f.blank()))
			.toList(), LISTED_FILES);
		List<String> lines = new ArrayList<>();
		listing.kinds()
			.forEach(kind -> lines
				.add(fileLine(kindWords(kind.name()) + " (" + kind.name() + ", " + kind.files() + " tệp)", kind)));
		listing.files()
			.forEach(file -> lines
				.add(fileLine(kindWords(Delivery.kindOf(file.name())) + " (" + file.name() + ")", file)));
		if (listing.unlistedRejecting() > 0) {
			lines.add("… và " + listing.unlistedRejecting() + " tệp khác có dòng bị loại (xem rejects.csv)");
		}
		if (!withdrawn.isEmpty()) {
			lines.add("Rút " + withdrawn.values().stream().mapToLong(Long::longValue).sum()
					+ " bản ghi mà tệp nộp lại không còn chứa (xem withdrawn.csv): "
					+ Withdrawn.listing(withdrawn, 5, "và %d tệp khác"));
		}
		return lines;
	}

	private static String fileLine(String label, FileListing.Line line) {
		return label + ": đọc " + Vietnamese.count(line.read()) + " dòng, nạp " + Vietnamese.count(line.loaded())
				+ ", loại " + Vietnamese.count(line.rejected());
	}

	/** A kind of file as a leader reads it: "Hội nghị". */
	private static String kindWords(String kind) {
		return RankingAssessment.capitalised(KIND_WORDS.getOrDefault(kind, kind));
	}

	private static String mover(ScoredUnit unit, ScoredUnit before, BigDecimal change) {
		String ranks = before.rank() == null || unit.rank() == null ? ""
				: "; hạng " + before.rank() + " → " + unit.rank();
		return unit.code() + " – " + unit.name() + ": " + Vietnamese.score(before.score()) + " → "
				+ Vietnamese.score(unit.score()) + " (" + signed(change) + " điểm" + ranks + ")";
	}

	static String bandCounts(List<ScoredUnit> units, RuleSet rules) {
		Map<String, Long> counts = units.stream()
			.filter(u -> u.classification() != null)
			.collect(Collectors.groupingBy(ScoredUnit::classification, Collectors.counting()));
		long unranked = units.stream().filter(u -> u.classification() == null).count();
		return "Số đơn vị theo xếp loại: " + rules.bands()
			.stream()
			.map(band -> band.name() + ": " + counts.getOrDefault(band.name(), 0L))
			.collect(Collectors.joining("; ")) + "; chưa xếp hạng: " + unranked + ".";
	}

	/**
	 * A line of the notes: level 0 a heading, 1 an item, 2 an item under the one before.
	 */
	private static Map<String, ?> note(int level, String text) {
		return Map.of("level", level, "text", text);
	}

}

package vn.gov.scorecard.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import vn.gov.scorecard.changes.RunChanges;
import vn.gov.scorecard.changes.RunChanges.Change;
import vn.gov.scorecard.changes.RunChanges.IndicatorChange;
import vn.gov.scorecard.changes.RunChanges.UnitChange;
import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.scoring.IndicatorResult.Status;

/**
 * What a run that replaces another says about it (decision 88): at the start of the
 * ranking report and of the site, that the results replace those of the earlier run and
 * which units moved; under a changed unit's score line, what changed for it. A rule set
 * or as-of date that changed is named once, in the reasons, not unit by unit.
 */
final class Replacement {

	/** Units the ranking report lists by name; the site lists them all. */
	static final int REPORT_UNITS = 10;

	private Replacement() {
	}

	/**
	 * "Kết quả này thay thế kết quả lần tính số 4 ngày 12/10/2026: 2 đơn vị thay đổi
	 * điểm, …", or, when nothing differs, that it does not.
	 */
	static String headline(RunChanges changes) {
		String replaces = "Kết quả này thay thế kết quả lần tính số " + changes.replacedRunId() + replacedOn(changes);
		if (changes.none()) {
			return replaces + " và không khác kết quả đó ở bất kỳ số liệu nào (điểm, xếp loại, thứ hạng, kết quả"
					+ " các chỉ tiêu của " + changes.unitsCompared() + " đơn vị).";
		}
		List<String> clauses = new ArrayList<>();
		clauses.add(changes.scoresChanged() + changes.classificationsChanged() + changes.ranksChanged() == 0
				? "không đơn vị nào thay đổi điểm, xếp loại hay thứ hạng"
				: changes.scoresChanged() + " đơn vị thay đổi điểm, " + changes.classificationsChanged()
						+ " đơn vị thay đổi xếp loại, " + changes.ranksChanged() + " đơn vị thay đổi thứ hạng");
		long gone = changes.units().stream().filter(unit -> !unit.scored().after()).count();
		if (gone > 0) {
			clauses.add(gone + " đơn vị không còn trong kết quả");
		}
		long come = changes.units().stream().filter(unit -> !unit.scored().before()).count();
		if (come > 0) {
			clauses.add(come + " đơn vị mới có trong kết quả");
		}
		long indicatorsOnly = changes.units().stream().filter(Replacement::indicatorsOnly).count();
		if (indicatorsOnly > 0) {
			clauses.add(indicatorsOnly + " đơn vị chỉ thay đổi số liệu chỉ tiêu, không đổi điểm");
		}
		String counts = String.join("; ", clauses);
		return replaces + ": " + counts + " (trong " + changes.unitsCompared() + " đơn vị được tính).";
	}

	private static String replacedOn(RunChanges changes) {
		return changes.replacedRunFinishedAt() == null ? ""
				: " ngày " + Vietnamese.date(changes.replacedRunFinishedAt().toLocalDate());
	}

	/** Why, as far as the run knows: named once for the whole run. */
	static String reasons(RunChanges changes) {
		RunChanges.Reasons reasons = changes.reasons();
		List<String> known = computedOtherwise(reasons);
		List<String> files = reasons.filesDelivered();
		if (!files.isEmpty()) {
			known.add(files.size() + " tệp được gửi mới hoặc gửi lại với nội dung khác: "
					+ String.join(", ", files.subList(0, Math.min(files.size(), 5)))
					+ (files.size() > 5 ? " và " + (files.size() - 5) + " tệp khác" : ""));
		}
		if (reasons.recordsWithdrawn() > 0) {
			known.add(reasons.recordsWithdrawn() + " bản ghi bị rút do tệp gửi lại không còn chứa");
		}
		if (known.isEmpty()) {
			return changes.none() ? null
					: "Lý do: không có tệp nào được gửi lại; bộ tiêu chí và ngày chốt số liệu không đổi.";
		}
		return "Thay đổi kể từ lần tính số " + changes.replacedRunId() + ": " + String.join("; ", known) + ".";
	}

	/** Another rule set or as-of date: a reason for every unit at once. */
	private static List<String> computedOtherwise(RunChanges.Reasons reasons) {
		List<String> known = new ArrayList<>();
		if (reasons.ruleSet() != null) {
			known.add("áp dụng bộ tiêu chí phiên bản " + reasons.ruleSet().after() + " thay cho phiên bản "
					+ reasons.ruleSet().before());
		}
		if (reasons.asOf() != null) {
			known.add("số liệu đến ngày " + Vietnamese.date(reasons.asOf().after()) + " thay cho ngày "
					+ Vietnamese.date(reasons.asOf().before()));
		}
		return known;
	}

	/** Scored in both runs, and only its indicators' figures differ. */
	private static boolean indicatorsOnly(UnitChange unit) {
		return !unit.scored().changed() && !unit.score().changed() && !unit.standingChanged();
	}

	/** One changed unit in the report's and the site's list. */
	static String unitLine(UnitChange unit) {
		String named = unit.unitCode() + " – " + unit.unitName() + ": ";
		if (!unit.scored().after()) {
			return named + "không còn trong kết quả kỳ này (lần tính trước: "
					+ (unit.score().before() == null ? "chưa xếp hạng" : score(unit.score().before()) + " điểm") + ")";
		}
		if (!unit.scored().before()) {
			return named + "mới có trong kết quả kỳ này: "
					+ (unit.score().after() == null ? "chưa xếp hạng" : "điểm " + score(unit.score().after()) + "; "
							+ unit.classification().after() + "; hạng " + unit.rank().after());
		}
		List<String> parts = new ArrayList<>();
		parts.add(unit.score().changed() ? "điểm " + arrow(unit.score(), Replacement::score)
				: "điểm " + score(unit.score().after()) + " (không đổi)");
		if (unit.classification().changed()) {
			parts.add(arrow(unit.classification(), band -> band == null ? "chưa xếp loại" : band));
		}
		if (unit.rank().changed()) {
			parts.add("hạng " + arrow(unit.rank(), rank -> rank == null ? "—" : String.valueOf(rank)));
		}
		if (indicatorsOnly(unit)) {
			parts.add(unit.indicators().size() + " chỉ tiêu thay đổi số liệu");
		}
		return named + String.join("; ", parts);
	}

	/**
	 * The report's section: the headline, the reasons, and the units whose band or rank
	 * changed first, {@code limit} of them at most.
	 */
	static List<String> section(RunChanges changes, int limit) {
		List<String> lines = new ArrayList<>();
		lines.add(headline(changes));
		String reasons = reasons(changes);
		if (reasons != null) {
			lines.add(reasons);
		}
		changes.units().stream().limit(limit).forEach(unit -> lines.add("- " + unitLine(unit)));
		if (changes.units().size() > limit) {
			lines.add("- và " + (changes.units().size() - limit)
					+ " đơn vị khác (danh sách đầy đủ trong trang kết quả index.html và tệp run.json).");
		}
		return lines;
	}

	/**
	 * The note under a changed unit's score line: that the scorecard replaces an earlier
	 * version, and what changed for the unit, with the files behind it.
	 */
	static String scorecardNote(RunChanges changes, UnitChange unit) {
		String replaces = "Phiếu này thay thế phiếu của lần tính số " + changes.replacedRunId() + replacedOn(changes);
		if (!unit.scored().before()) {
			return replaces + ", trong đó đơn vị chưa có trong kết quả.";
		}
		List<String> parts = new ArrayList<>();
		if (unit.score().changed()) {
			parts.add("điểm " + arrow(unit.score(), Replacement::score));
		}
		if (unit.classification().changed()) {
			parts.add("xếp loại " + arrow(unit.classification(), band -> band == null ? "chưa xếp loại" : band));
		}
		if (unit.rank().changed()) {
			parts.add("thứ hạng " + arrow(unit.rank(), rank -> rank == null ? "—" : String.valueOf(rank))
					+ (unit.figuresChanged() ? ""
							: " do điểm của đơn vị khác thay đổi; điểm và kết quả các chỉ tiêu của đơn vị không đổi"));
		}
		unit.indicators().forEach(indicator -> parts.add(indicatorLine(indicator)));
		// another rule set or as-of date holds for every unit; files only for one whose
		// own
		// figures changed (RunChanges.UnitChange#files)
		List<String> why = computedOtherwise(changes.reasons());
		if (!unit.files().isEmpty()) {
			why.add((unit.files().size() == 1 ? "tệp " : "các tệp ") + String.join(", ", unit.files())
					+ " được gửi lại");
		}
		if (unit.recordsWithdrawn() > 0) {
			why.add(unit.recordsWithdrawn() + " bản ghi của đơn vị bị rút");
		}
		return replaces + ". Thay đổi: " + String.join("; ", parts) + "."
				+ (why.isEmpty() ? "" : " Do: " + String.join("; ", why) + ".");
	}

	/**
	 * "Tỷ lệ … : 70,00% → 90,00% (7/10 → 9/10); điểm 14,0000 → 18,0000", naming only the
	 * figures that changed.
	 */
	private static String indicatorLine(IndicatorChange change) {
		Indicator indicator = change.indicator();
		List<String> figures = new ArrayList<>();
		if (change.value().changed() || change.status().changed()) {
			String value = value(indicator, change.value().before(), change.numerator().before()) + " → "
					+ value(indicator, change.value().after(), change.numerator().after());
			if (indicator.formula() != Indicator.Formula.COUNT
					&& (change.numerator().changed() || change.denominator().changed())) {
				value += " (" + change.numerator().before() + "/" + change.denominator().before() + " → "
						+ change.numerator().after() + "/" + change.denominator().after() + ")";
			}
			figures.add(value);
		}
		else if (change.numerator().changed() || change.denominator().changed()) {
			figures.add(change.numerator().before() + "/" + change.denominator().before() + " → "
					+ change.numerator().after() + "/" + change.denominator().after());
		}
		if (change.status().changed()) {
			figures.add(arrow(change.status(), Replacement::status));
		}
		if (change.points().changed()) {
			figures.add("điểm " + arrow(change.points(), points -> points == null ? "—" : Vietnamese.points(points)));
		}
		if (change.weight().changed()) {
			figures
				.add("trọng số " + arrow(change.weight(), weight -> weight == null ? "—" : Vietnamese.plain(weight)));
		}
		if (change.target().changed()) {
			figures.add("mục tiêu " + arrow(change.target(), target -> target == null ? "—" : target));
		}
		return indicator.nameVi() + ": " + String.join(", ", figures);
	}

	private static String value(Indicator indicator, BigDecimal value, Long numerator) {
		if (value == null) {
			return "không áp dụng";
		}
		return indicator.formula() == Indicator.Formula.COUNT ? String.valueOf(numerator) : Vietnamese.percent(value);
	}

	private static String status(Status status) {
		return status == null ? "chưa tính" : switch (status) {
			case MET -> "đạt";
			case NOT_MET -> "không đạt";
			case NA -> "không áp dụng";
		};
	}

	private static String score(BigDecimal score) {
		return score == null ? "chưa xếp hạng" : Vietnamese.score(score);
	}

	private static <T> String arrow(Change<T> change, Function<T, String> words) {
		return words.apply(change.before()) + " → " + words.apply(change.after());
	}

}

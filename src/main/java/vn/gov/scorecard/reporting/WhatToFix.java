package vn.gov.scorecard.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.rules.Target;
import vn.gov.scorecard.scoring.IndicatorResult;

/**
 * What a unit must fix, and by how much (SPEC v3 §6, decision 84): for every indicator
 * not met, the gap in the unit's own terms over the indicator's own window, and the
 * points it would recover (its weight less its points, before the weights are scaled),
 * the most points first; a year-to-date indicator that the records so far rule out for
 * the year says so.
 */
final class WhatToFix {

	/**
	 * One indicator not met.
	 *
	 * @param gap the sentence that says by how much, ending with a full stop
	 * @param recoverable the weight less the points
	 * @param lostForTheYear the year's records so far already rule the indicator out for
	 * the year's end
	 */
	record Fix(IndicatorResult result, String gap, BigDecimal recoverable, boolean lostForTheYear) {

		/** "Tỷ lệ …: cần thêm … Có thể lấy lại 8,65 điểm." */
		String sentence() {
			return result.indicator().nameVi() + ": " + RankingAssessment.lowerFirst(gap) + " Có thể lấy lại "
					+ Vietnamese.score(recoverable) + " điểm.";
		}
	}

	/** Indicators counted from the first of January to the period's end (SPEC §4). */
	private static final Set<Indicator> YEAR_TO_DATE = Set.of(Indicator.DOC_REDUCTION, Indicator.MEETING_REDUCTION,
			Indicator.ONLINE_SHARE, Indicator.WIDE_CONF_LIMIT);

	private WhatToFix() {
	}

	/**
	 * The fixes of a unit's indicators not met, the most points to recover first (then in
	 * the scorecard's order).
	 * @param previousYear the documents and meetings of the unit's whole previous year,
	 * where known
	 */
	static List<Fix> of(Period period, Collection<IndicatorResult> results, Map<Indicator, Long> previousYear) {
		return results.stream()
			.filter(r -> r.status() == IndicatorResult.Status.NOT_MET)
			.map(r -> fix(period, r, previousYear.get(r.indicator())))
			.sorted(Comparator.comparing(Fix::recoverable).reversed().thenComparing(f -> f.result().indicator()))
			.toList();
	}

	static Fix fix(Period period, IndicatorResult result, Long previousYear) {
		Indicator indicator = result.indicator();
		BigDecimal recoverable = result.weight().subtract(result.points());
		Target target = result.target();
		long n = result.numerator();
		long d = result.denominator();
		String window = YEAR_TO_DATE.contains(indicator) ? "từ đầu năm đến hết " + period.inWords()
				: "trong " + period.inWords();
		int year = period.firstDay().getYear();
		return switch (indicator.formula()) {
			case REDUCTION -> {
				String noun = indicator == Indicator.DOC_REDUCTION ? "văn bản" : "hội nghị";
				String verb = indicator == Indicator.DOC_REDUCTION ? "đã ban hành " : "đã tổ chức ";
				BigDecimal kept = BigDecimal.ONE.subtract(target.threshold());
				long most = kept.multiply(BigDecimal.valueOf(d)).setScale(0, RoundingMode.FLOOR).longValueExact();
				String gap = "Tối đa " + Vietnamese.count(most) + " " + noun + " " + window + " để đạt mức cắt giảm "
						+ target.label().replace("≥", "") + " so với " + Vietnamese.count(d) + " " + noun
						+ " cùng kỳ năm trước; " + verb + Vietnamese.count(n) + ".";
				if (previousYear == null) {
					yield new Fix(result, gap, recoverable, false);
				}
				long yearMost = kept.multiply(BigDecimal.valueOf(previousYear))
					.setScale(0, RoundingMode.FLOOR)
					.longValueExact();
				boolean lost = n > yearMost;
				String forTheYear = " Cả năm " + year + " tối đa " + Vietnamese.count(yearMost) + " " + noun + " (năm "
						+ (year - 1) + ": " + Vietnamese.count(previousYear) + ")"
						+ (lost ? ": không còn khả năng đạt trong năm " + year + "." : ".");
				yield new Fix(result, gap + forTheYear, recoverable, lost);
			}
			case COUNT -> {
				long limit = target.threshold().longValueExact();
				yield new Fix(result, "Đã tổ chức " + n + " " + noun(indicator) + " " + window + ", vượt " + (n - limit)
						+ " so với mức tối đa " + limit + "/năm: không còn khả năng đạt trong năm " + year + ".",
						recoverable, true);
			}
			case RATIO -> {
				Period report = period.reportPeriod();
				yield new Fix(result,
						"Báo cáo " + report.inWords() + " không nộp đúng hạn (hạn nộp "
								+ Vietnamese.date(report.reportDeadline()) + "): cần nộp đúng hạn ở các kỳ sau.",
						recoverable, false);
			}
			case SHARE_OF_RECORDS -> {
				long needed = target.kind() == Target.Kind.EXACTLY_ALL ? d
						: target.threshold()
							.multiply(BigDecimal.valueOf(d))
							.setScale(0, RoundingMode.CEILING)
							.longValueExact();
				yield new Fix(result, "Cần thêm " + Vietnamese.count(needed - n) + " " + noun(indicator) + " " + window
						+ " để đạt " + target.label().replace("≥", "") + " (hiện " + Vietnamese.count(n) + "/"
						+ Vietnamese.count(d) + (needed < d ? ", cần ít nhất " + Vietnamese.count(needed) : "") + ").",
						recoverable, false);
			}
		};
	}

	/** What a share counts, as the gap names it. */
	private static String noun(Indicator indicator) {
		return switch (indicator) {
			case DIGITAL_RATE -> "hồ sơ, công việc xử lý trên môi trường số";
			case DOSSIER_ON_TIME -> "hồ sơ TTHC giải quyết đúng hạn";
			case TASK_ON_TIME -> "nhiệm vụ hoàn thành đúng hạn";
			case ONLINE_SHARE -> "hội nghị trực tuyến";
			case DURATION_OK -> "hội nghị đúng thời lượng";
			case SPEECH_OK -> "hội nghị đúng thời gian phát biểu";
			case NO_SUMMONS -> "hội nghị trực tiếp không triệu tập cán bộ cấp xã";
			case WIDE_CONF_LIMIT -> "hội nghị quy mô toàn xã";
			default -> throw new IllegalArgumentException(indicator + " has no records to count");
		};
	}

}

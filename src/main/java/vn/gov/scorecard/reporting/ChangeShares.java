package vn.gov.scorecard.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.rules.RuleSet;
import vn.gov.scorecard.scoring.IndicatorResult;
import vn.gov.scorecard.scoring.Scoring;

/**
 * The share of a unit's change of score that comes from indicators applying in one of the
 * two periods only (SPEC §6, decision 24): the score less the score without the
 * indicators that entered, less the previous score less the previous score without those
 * that left. The ranking report's movers and the unit's own score line say it alike.
 */
final class ChangeShares {

	private ChangeShares() {
	}

	/** "; trong đó +7,20 điểm do chỉ tiêu … chỉ tính ở kỳ này", or nothing. */
	static String of(RuleSet rules, Map<Indicator, IndicatorResult> now, Map<Indicator, IndicatorResult> before) {
		List<Indicator> entered = now.keySet()
			.stream()
			.filter(i -> now.get(i).applicable() && !(before.containsKey(i) && before.get(i).applicable()))
			.toList();
		List<Indicator> left = before.keySet()
			.stream()
			.filter(i -> before.get(i).applicable() && !(now.containsKey(i) && now.get(i).applicable()))
			.toList();
		BigDecimal share = share(rules, now, entered).subtract(share(rules, before, left));
		if (entered.isEmpty() && left.isEmpty() || share.signum() == 0) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		if (!entered.isEmpty()) {
			parts.add(names(entered) + " chỉ tính ở kỳ này");
		}
		if (!left.isEmpty()) {
			parts.add(names(left) + " chỉ tính ở kỳ trước");
		}
		return "; trong đó " + RankingReport.signed(share) + " điểm do chỉ tiêu " + String.join(", chỉ tiêu ", parts);
	}

	private static BigDecimal share(RuleSet rules, Map<Indicator, IndicatorResult> results, List<Indicator> only) {
		if (only.isEmpty()) {
			return BigDecimal.ZERO;
		}
		BigDecimal with = Scoring.score(List.copyOf(results.values()), rules.minWeightToRank());
		BigDecimal without = Scoring.score(
				results.values().stream().filter(r -> !only.contains(r.indicator())).toList(), rules.minWeightToRank());
		return with == null || without == null ? BigDecimal.ZERO : with.subtract(without);
	}

	private static String names(List<Indicator> indicators) {
		return indicators.stream().map(i -> RankingAssessment.lowerFirst(i.nameVi())).collect(Collectors.joining(", "));
	}

}

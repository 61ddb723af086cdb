package vn.gov.scorecard.changes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.rules.UnitType;
import vn.gov.scorecard.scoring.IndicatorResult.Status;

/**
 * What a run of a period changed against the completed run of the same period it replaces
 * (run.json {@code changesFromReplaced}): the units whose score, band, rank or any
 * indicator figure differ, those whose band or rank changed first, and what the run knows
 * of why.
 *
 * @param replacedRunFinishedAt when the replaced run completed: the version people
 * received
 * @param unitsCompared the units either run scored
 * @param units every changed unit: those whose band or rank changed first, then by unit
 * type, rank and code
 */
@JsonPropertyOrder({ "replacedRunId", "replacedRunFinishedAt", "reasons", "unitsCompared", "unitsChanged",
		"scoresChanged", "classificationsChanged", "ranksChanged", "units" })
public record RunChanges(long replacedRunId, OffsetDateTime replacedRunFinishedAt, Reasons reasons, int unitsCompared,
		List<UnitChange> units) {

	/** A figure before and after; both are given even when they are equal. */
	public record Change<T>(T before, T after) {

		@JsonIgnore
		public boolean changed() {
			// 70.00 and 70.0000 are one figure
			if (before instanceof BigDecimal b && after instanceof BigDecimal a) {
				return b.compareTo(a) != 0;
			}
			return !Objects.equals(before, after);
		}

	}

	/**
	 * Why the figures may have moved, for the whole run: another rule set or as-of date
	 * (null when the same), and the files delivered with new content and the records
	 * withdrawn since the replaced run, by any run.
	 */
	public record Reasons(Change<String> ruleSet, Change<LocalDate> asOf, List<String> filesDelivered,
			long recordsWithdrawn) {
	}

	/**
	 * One unit that changed: whether each run scored it at all (a unit dissolved before
	 * the period, or scored once it delivered, is in one run only), its standing before
	 * and after, the indicators that changed, and, when its own figures changed, the
	 * files delivered since the replaced run that hold, or withdrew, its records (a unit
	 * that only moved in rank lists none).
	 */
	public record UnitChange(@JsonProperty("unit_code") String unitCode, @JsonProperty("unit_name") String unitName,
			@JsonProperty("unit_type") UnitType unitType, Change<Boolean> scored, Change<BigDecimal> score,
			Change<String> classification, Change<Integer> rank, List<IndicatorChange> indicators, List<String> files,
			long recordsWithdrawn) {

		/**
		 * Its own figures changed, not only its place among the others: only then are
		 * files and withdrawals its reasons.
		 */
		@JsonIgnore
		public boolean figuresChanged() {
			return scored.changed() || score.changed() || !indicators.isEmpty();
		}

		/** Anything changed: its figures or its place. */
		@JsonIgnore
		public boolean changed() {
			return figuresChanged() || standingChanged();
		}

		/** The band or the rank changed: such units are listed first. */
		@JsonIgnore
		public boolean standingChanged() {
			return classification.changed() || rank.changed();
		}
	}

	/** One indicator whose figures differ; value and points as scores.csv prints them. */
	public record IndicatorChange(Indicator indicator, Change<Long> numerator, Change<Long> denominator,
			Change<BigDecimal> value, Change<Status> status, Change<BigDecimal> points, Change<BigDecimal> weight,
			Change<String> target) {
	}

	@JsonProperty
	public int unitsChanged() {
		return units.size();
	}

	@JsonProperty
	public long scoresChanged() {
		return units.stream().filter(unit -> unit.score().changed()).count();
	}

	@JsonProperty
	public long classificationsChanged() {
		return units.stream().filter(unit -> unit.classification().changed()).count();
	}

	@JsonProperty
	public long ranksChanged() {
		return units.stream().filter(unit -> unit.rank().changed()).count();
	}

	/** No figure differs. */
	@JsonIgnore
	public boolean none() {
		return units.isEmpty();
	}

	/** The unit's change, or null when it did not change. */
	public UnitChange unit(String unitCode) {
		return units.stream().filter(unit -> unit.unitCode().equals(unitCode)).findFirst().orElse(null);
	}

}

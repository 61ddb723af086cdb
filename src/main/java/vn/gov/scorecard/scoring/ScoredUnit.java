package vn.gov.scorecard.scoring;

import java.math.BigDecimal;

import vn.gov.scorecard.rules.UnitType;

/** A scored unit of a period, with its name for the documents. */
public record ScoredUnit(UnitScore scored, String name) {

	public String code() {
		return scored.unitCode();
	}

	public UnitType type() {
		return scored.unitType();
	}

	/** Null for a unit not ranked ("insufficient data"). */
	public BigDecimal score() {
		return scored.score();
	}

	public String classification() {
		return scored.classification();
	}

	public Integer rank() {
		return scored.rank();
	}

}

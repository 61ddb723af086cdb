package vn.gov.scorecard.scoring;

import java.math.BigDecimal;

import vn.gov.scorecard.rules.UnitType;

/**
 * A unit's score for a period: {@code score} at full precision, or {@code null} when no indicator
 * applied ("insufficient data", unranked, then {@code classification} and {@code rank} are null too).
 */
public record UnitScore(String unitCode, UnitType unitType, BigDecimal score, String classification, Integer rank) {
}

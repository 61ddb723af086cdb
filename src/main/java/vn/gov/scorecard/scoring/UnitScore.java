package vn.gov.scorecard.scoring;

import java.math.BigDecimal;

/**
 * A unit's score for a period: {@code score} at full precision, or {@code null} when no indicator
 * applied ("insufficient data", unranked, then {@code classification} and {@code rank} are null too).
 */
public record UnitScore(String unitCode, String unitType, BigDecimal score, String classification, Integer rank) {
}

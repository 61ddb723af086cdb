package vn.gov.scorecard.scoring;

import java.math.BigDecimal;

import vn.gov.scorecard.rules.UnitType;

/**
 * A unit's score for a period: {@code score} as printed (the exact score rounded to 2
 * decimals), which the band and the rank are taken from, or {@code null} when too little
 * applied ("insufficient data", unranked, then {@code classification} and {@code rank}
 * are null too).
 */
public record UnitScore(String unitCode, UnitType unitType, BigDecimal score, String classification, Integer rank) {
}

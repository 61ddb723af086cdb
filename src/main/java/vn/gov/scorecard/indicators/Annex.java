package vn.gov.scorecard.indicators;

import java.util.List;

/**
 * The first records behind a NOT_MET indicator, most severe first, and how many there
 * are.
 */
public record Annex(List<String> items, long total) {
}

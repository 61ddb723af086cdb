package vn.gov.scorecard.indicators;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A delivery that may be incomplete (SPEC §4 v3): a unit that recorded a kind in each of
 * the three months before the period's last month, and nothing in that month, without a
 * nil return. A warning for Sở Nội vụ to ask before it signs; no effect on scores. Named
 * as run.json names it.
 */
public record PossiblyIncomplete(@JsonProperty("unit_code") String unitCode, String kind, String month) {
}

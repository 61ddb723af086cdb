package vn.gov.scorecard.indicators;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A unit that delivered nothing of a kind this year though it did last year (SPEC §4 v3):
 * its reduction is NA rather than scored on the absence. Listed where the count's reason
 * was the one its indicator got (not when the whole province lacks the kind, which the
 * warnings say once); named as run.json names it.
 */
public record Undelivered(@JsonProperty("unit_code") String unitCode, String kind) {
}

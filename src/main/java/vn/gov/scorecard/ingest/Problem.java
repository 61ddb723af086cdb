package vn.gov.scorecard.ingest;

/**
 * The first problem found in a row: the column, its raw value and a reason a clerk can
 * act on.
 */
public record Problem(String column, String value, String reason) {
}

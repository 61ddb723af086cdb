package vn.gov.scorecard.changes;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A run as a comparison needs it: what it was computed under.
 *
 * @param finishedAt when it completed (null for the run still in progress)
 * @param ruleSet its rule set's version, null for a run from before SPEC v3
 */
public record ComparedRun(long runId, OffsetDateTime finishedAt, LocalDate asOf, String ruleSet, String ruleSetSha256) {
}

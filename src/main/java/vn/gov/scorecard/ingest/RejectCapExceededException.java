package vn.gov.scorecard.ingest;

/** A file rejected more rows than the configured share: the run fails and loads nothing. */
public class RejectCapExceededException extends RuntimeException {

	public RejectCapExceededException(String message) {
		super(message);
	}
}

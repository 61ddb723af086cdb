package vn.gov.scorecard.ingest.load;

/**
 * A file rejected more rows than the configured share: the run fails and loads nothing.
 *
 * @param rejected the rows rejected by every file read until then, the failing one
 * included: what the failed run's rejects.csv lists and --history counts
 */
public class RejectCapExceededException extends RuntimeException {

	private final long rejected;

	public RejectCapExceededException(String message, long rejected) {
		super(message);
		this.rejected = rejected;
	}

	public long rejected() {
		return rejected;
	}

}

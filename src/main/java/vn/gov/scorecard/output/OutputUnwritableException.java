package vn.gov.scorecard.output;

/** The output folder cannot be written (exit 8): a run is refused before it loads anything. */
public class OutputUnwritableException extends RuntimeException {

	public OutputUnwritableException(String message) {
		super(message);
	}
}

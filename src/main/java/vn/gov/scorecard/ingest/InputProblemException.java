package vn.gov.scorecard.ingest;

/**
 * A problem with a whole input file (encoding, header, structure): the run fails, nothing
 * is loaded.
 */
public class InputProblemException extends RuntimeException {

	public InputProblemException(String message) {
		super(message);
	}

}

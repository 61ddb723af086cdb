package vn.gov.scorecard.rules;

/**
 * A rule set that cannot be used, with the one line that says why (file, line, problem).
 */
public class InvalidRuleSetException extends RuntimeException {

	public InvalidRuleSetException(String message) {
		super(message);
	}

}

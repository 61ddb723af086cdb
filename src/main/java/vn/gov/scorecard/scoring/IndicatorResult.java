package vn.gov.scorecard.scoring;

import java.math.BigDecimal;

import vn.gov.scorecard.rules.Target;
import vn.gov.scorecard.rules.Indicator;

/**
 * One indicator of one unit for one period. {@code value} and {@code points} are the
 * exact figures rounded half away from zero to 4 decimals, as every output prints them,
 * and are {@code null} when the status is NA; {@code reason} is filled only then.
 */
public record IndicatorResult(String unitCode, Indicator indicator, long numerator, long denominator, BigDecimal value,
		Target target, Status status, BigDecimal points, BigDecimal weight, String reason) {

	public enum Status {

		MET, NOT_MET, NA

	}

	public boolean applicable() {
		return status != Status.NA;
	}
}

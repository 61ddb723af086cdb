package vn.gov.scorecard.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Output rounding, half-up as SPEC §4 says, shared by every CSV and PDF so they always
 * agree.
 */
public final class Format {

	private Format() {
	}

	/** A value or points: 4 decimals; empty for none (NA). */
	public static String fourDecimals(BigDecimal number) {
		return number == null ? "" : number.setScale(4, RoundingMode.HALF_UP).toPlainString();
	}

	/** A score: 2 decimals; empty for none (unranked). */
	public static String twoDecimals(BigDecimal number) {
		return number == null ? "" : number.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	/** A weight as configured, without trailing zeros: 20, 2.5. */
	public static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

}

package vn.gov.scorecard.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number, so that a score that is exactly 69.995 is never summed to
 * 69.99499… (SPEC §4 v3). Kept in lowest terms with a positive denominator; rounded only
 * for output.
 */
record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {

	static final Fraction ZERO = of(0);
	static final Fraction ONE = of(1);

	Fraction {
		if (denominator.signum() == 0) {
			throw new ArithmeticException("a fraction with denominator 0");
		}
		if (denominator.signum() < 0) {
			numerator = numerator.negate();
			denominator = denominator.negate();
		}
		BigInteger gcd = numerator.gcd(denominator);
		if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
			numerator = numerator.divide(gcd);
			denominator = denominator.divide(gcd);
		}
	}

	static Fraction of(long whole) {
		return new Fraction(BigInteger.valueOf(whole), BigInteger.ONE);
	}

	static Fraction of(long numerator, long denominator) {
		return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
	}

	/**
	 * A decimal from the rule set (a weight, a threshold) as the fraction it writes: 0.15
	 * = 3/20.
	 */
	static Fraction of(BigDecimal decimal) {
		return decimal.scale() >= 0 ? new Fraction(decimal.unscaledValue(), BigInteger.TEN.pow(decimal.scale()))
				: new Fraction(decimal.toBigIntegerExact(), BigInteger.ONE);
	}

	Fraction plus(Fraction other) {
		return new Fraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
				denominator.multiply(other.denominator));
	}

	Fraction times(Fraction other) {
		return new Fraction(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
	}

	Fraction dividedBy(Fraction other) {
		return new Fraction(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
	}

	Fraction min(Fraction other) {
		return compareTo(other) <= 0 ? this : other;
	}

	Fraction max(Fraction other) {
		return compareTo(other) >= 0 ? this : other;
	}

	int signum() {
		return numerator.signum();
	}

	/**
	 * Rounded to {@code scale} decimals, half away from zero (−0.03125 → −0.0313), as
	 * outputs show it.
	 */
	BigDecimal rounded(int scale) {
		return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
	}

	@Override
	public int compareTo(Fraction other) {
		return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
	}
}

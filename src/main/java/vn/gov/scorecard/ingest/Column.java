package vn.gov.scorecard.ingest;

import java.util.List;

/**
 * One column of an input file as the data contract (SPEC §2) defines it.
 *
 * @param name header name (matched case-insensitively, surrounding spaces ignored)
 * @param type how a cell is parsed and checked
 * @param required an empty cell rejects the row
 * @param defaultValue value stored for an empty optional cell (e.g. {@code false} for "no
 * (false)")
 * @param allowed the accepted values of an {@link Type#ENUM} column
 */
public record Column(String name, Type type, boolean required, Object defaultValue, List<String> allowed) {

	public enum Type {

		/** Free text, stored as given (NFC-normalised). */
		TEXT,
		/** A new unit's code: {@code [A-Za-z0-9._-]+}, at most 32 characters. */
		UNIT_CODE,
		/** A code of a unit that must already be known (in units.csv or the database). */
		UNIT_REF,
		/** Unit codes separated by {@code ;}. */
		UNIT_CODES,
		/** A date that is not an event (a deadline, a unit's establishment). */
		DATE,
		/**
		 * A date on which something happened: it cannot lie after the day the run
		 * executes.
		 */
		EVENT_DATE,
		/** duration_days: a decimal > 0 and ≤ 30. */
		DURATION,
		/** A speech's minutes: an integer from 0 to 1440 (a day). */
		MINUTES, BOOLEAN, ENUM,
		/** A quarter, half-year or year period, e.g. {@code 2026-Q1}. */
		REPORT_PERIOD

	}

	public static Column required(String name, Type type) {
		return new Column(name, type, true, null, List.of());
	}

	public static Column optional(String name, Type type) {
		return new Column(name, type, false, null, List.of());
	}

	public static Column optional(String name, Type type, Object defaultValue) {
		return new Column(name, type, false, defaultValue, List.of());
	}

	public static Column requiredEnum(String name, String... allowed) {
		return new Column(name, Type.ENUM, true, null, List.of(allowed));
	}

	public static Column optionalEnum(String name, String... allowed) {
		return new Column(name, Type.ENUM, false, null, List.of(allowed));
	}
}

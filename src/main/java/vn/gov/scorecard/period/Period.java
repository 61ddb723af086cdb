package vn.gov.scorecard.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period (SPEC §3): a month {@code 2026-03}, a quarter {@code 2026-Q1}, a
 * half-year {@code 2026-H1} or a year {@code 2026}. Its window is [first day, last day],
 * both inclusive.
 */
public record Period(Kind kind, int year, int number) {

	public enum Kind {

		MONTH, QUARTER, HALF, YEAR

	}

	private static final String[] ROMAN = { "I", "II", "III", "IV" };

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(?:(\\d{2})|Q([1-4])|H([12])))?");

	private static final int FIRST_YEAR = 2000;

	public Period {
		if (year < FIRST_YEAR || year > 2100) {
			throw new IllegalArgumentException("year must be between 2000 and 2100: " + year);
		}
	}

	/** Parses a period; the message of the exception names the accepted forms. */
	public static Period parse(String text) {
		Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
		if (!m.matches()) {
			throw new IllegalArgumentException(
					"not a period: '" + text + "' (expected YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY)");
		}
		int year = Integer.parseInt(m.group(1));
		if (m.group(2) != null) {
			int month = Integer.parseInt(m.group(2));
			if (month < 1 || month > 12) {
				throw new IllegalArgumentException("not a period: '" + text + "' (month must be 01 to 12)");
			}
			return new Period(Kind.MONTH, year, month);
		}
		if (m.group(3) != null) {
			return new Period(Kind.QUARTER, year, Integer.parseInt(m.group(3)));
		}
		if (m.group(4) != null) {
			return new Period(Kind.HALF, year, Integer.parseInt(m.group(4)));
		}
		return new Period(Kind.YEAR, year, 1);
	}

	public LocalDate firstDay() {
		return LocalDate.of(year, firstMonth(), 1);
	}

	public LocalDate lastDay() {
		return YearMonth.of(year, lastMonth()).atEndOfMonth();
	}

	/** The first day of each of the period's months, in order. */
	public List<LocalDate> months() {
		return firstDay().datesUntil(lastDay().plusDays(1), java.time.Period.ofMonths(1)).toList();
	}

	/** First day of the year-to-date window; YTD ends on {@link #lastDay()}. */
	public LocalDate ytdStart() {
		return LocalDate.of(year, 1, 1);
	}

	/** 1 January of the year before. */
	public LocalDate previousYtdStart() {
		return ytdStart().minusYears(1);
	}

	/**
	 * The last day of the same month one year earlier, so that February 2025 compares
	 * with 1 January – 29 February 2024 and no leap day is lost.
	 */
	public LocalDate previousYtdEnd() {
		return YearMonth.of(year - 1, lastMonth()).atEndOfMonth();
	}

	/**
	 * The period of the same kind just before this one, e.g. 2026-Q1 → 2025-Q4; none
	 * before the first period of 2000, where the data begins (SPEC §3).
	 */
	public Optional<Period> previous() {
		int perYear = periodsPerYear();
		if (number == 1) {
			return year == FIRST_YEAR ? Optional.empty() : Optional.of(new Period(kind, year - 1, perYear));
		}
		return Optional.of(new Period(kind, year, number - 1));
	}

	/**
	 * This period and the ones of the same kind before it, {@code length} in all, newest
	 * first: the unit's course (SPEC §6). Fewer when the data's first year, 2000, is
	 * reached.
	 */
	public List<Period> course(int length) {
		List<Period> course = new ArrayList<>(List.of(this));
		while (course.size() < length) {
			Optional<Period> before = course.get(course.size() - 1).previous();
			if (before.isEmpty()) {
				break;
			}
			course.add(before.get());
		}
		return course;
	}

	/**
	 * The period in few words, as a list of periods says it: "tháng 9/2026", "quý
	 * III/2026".
	 */
	public String inShortWords() {
		return switch (kind) {
			case MONTH -> "tháng " + number + "/" + year;
			case QUARTER -> "quý " + ROMAN[number - 1] + "/" + year;
			default -> inWords();
		};
	}

	/**
	 * The period as a course chart labels it, a quarter in the numbering its title uses
	 * ("quý III"): "T9/2026", "QIII/2026", "H1/2026", "2026". (A half's words do not fit
	 * under a column.)
	 */
	public String shortLabel() {
		return switch (kind) {
			case MONTH -> "T" + number + "/" + year;
			case QUARTER -> "Q" + ROMAN[number - 1] + "/" + year;
			case HALF -> "H" + number + "/" + year;
			case YEAR -> String.valueOf(year);
		};
	}

	/**
	 * The period whose periodic report (R10) this run judges: the period itself for a
	 * quarter, half or year; the quarter for a month that ends a quarter; none for other
	 * months.
	 */
	public Period reportPeriod() {
		return switch (kind) {
			case MONTH -> number % 3 == 0 ? new Period(Kind.QUARTER, year, number / 3) : null;
			default -> this;
		};
	}

	/** Reports are on time when submitted before the 15th of the period's last month. */
	public LocalDate reportDeadline() {
		return LocalDate.of(year, lastMonth(), 14);
	}

	/**
	 * The period in Vietnamese words, as a document title says it: "quý III năm 2026".
	 */
	public String inWords() {
		return switch (kind) {
			case MONTH -> "tháng " + number + " năm " + year;
			case QUARTER -> "quý " + ROMAN[number - 1] + " năm " + year;
			case HALF -> (number == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
			case YEAR -> "năm " + year;
		};
	}

	@Override
	public String toString() {
		return switch (kind) {
			// not String.format: a run turns periods into text hundreds of thousands of
			// times
			case MONTH -> year + (number < 10 ? "-0" : "-") + number;
			case QUARTER -> year + "-Q" + number;
			case HALF -> year + "-H" + number;
			case YEAR -> String.valueOf(year);
		};
	}

	private int firstMonth() {
		return lastMonth() - 12 / periodsPerYear() + 1;
	}

	private int lastMonth() {
		return number * 12 / periodsPerYear();
	}

	private int periodsPerYear() {
		return switch (kind) {
			case MONTH -> 12;
			case QUARTER -> 4;
			case HALF -> 2;
			case YEAR -> 1;
		};
	}
}

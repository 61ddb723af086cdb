package vn.gov.scorecard.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import vn.gov.scorecard.job.ExitCode.InvalidArgumentsException;
import vn.gov.scorecard.period.Period;

/**
 * The options of a run, from
 * {@code --input=DIR --period=P --output=DIR [--as-of=yyyy-MM-dd]
 * [--provisional]}, or the same as properties {@code scorecard.input}, … or environment
 * variables {@code SCORECARD_INPUT}, ….
 */
public record RunOptions(Period period, Path input, Path output, LocalDate asOf, boolean provisional) {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	static RunOptions from(RunProperties properties) {
		String period = blankToNull(properties.period());
		String input = blankToNull(properties.input());
		String output = blankToNull(properties.output());
		String asOf = blankToNull(properties.asOf());
		if (period == null || input == null || output == null) {
			throw new InvalidArgumentsException(
					"usage: java -jar scorecard.jar --input=DIR --period=P --output=DIR [--as-of=yyyy-MM-dd] [--provisional]; --help lists every mode");
		}
		Period parsed = period(period);
		Path inputDirectory = Path.of(input);
		if (!Files.isDirectory(inputDirectory)) {
			throw new InvalidArgumentsException("input directory does not exist: " + inputDirectory.toAbsolutePath());
		}
		LocalDate asOfDate;
		try {
			asOfDate = asOf == null ? LocalDate.now(ZONE) : date(asOf);
		}
		catch (InvalidArgumentsException e) {
			throw new InvalidArgumentsException("--as-of: " + e.getMessage());
		}
		return checked(parsed, inputDirectory, Path.of(output), asOfDate, properties.provisional());
	}

	/**
	 * The options of a run, refused when the period has not ended on the as-of date
	 * unless the run is asked for as provisional (SPEC §3); a period that has not even
	 * begun is refused either way.
	 */
	public static RunOptions checked(Period period, Path input, Path output, LocalDate asOf, boolean provisional) {
		LocalDate today = LocalDate.now(ZONE);
		if (asOf.isAfter(today)) {
			throw new InvalidArgumentsException("the as-of date " + asOf + " is after today (" + today + " in " + ZONE
					+ "): it is the day the run counts as now, and what has not happened yet cannot be counted");
		}
		if (asOf.isBefore(period.firstDay())) {
			throw new InvalidArgumentsException(
					"period " + period + " has not begun on the as-of date " + asOf + " (it runs " + period.firstDay()
							+ " to " + period.lastDay() + "): there is nothing to score yet");
		}
		if (asOf.isBefore(period.lastDay()) && !provisional) {
			throw new InvalidArgumentsException(
					"period " + period + " has not ended on the as-of date " + asOf + " (it ends " + period.lastDay()
							+ "); run it after it ends, or add --provisional for figures so far");
		}
		return new RunOptions(period, input, output, asOf, provisional && asOf.isBefore(period.lastDay()));
	}

	/**
	 * The period a run option names ({@code 2026-09}, {@code 2026-Q3}, {@code 2026-H1},
	 * {@code 2026}), or why it names none: the one check of it, on the command line and
	 * in properties alike.
	 */
	public static Period period(String value) {
		try {
			return Period.parse(value);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidArgumentsException(e.getMessage());
		}
	}

	/** A date as the contract writes it, or a message that says so, not the parser's. */
	public static LocalDate date(String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			throw new InvalidArgumentsException("'" + value + "' is not a date written yyyy-MM-dd (e.g. 2026-10-15)");
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}

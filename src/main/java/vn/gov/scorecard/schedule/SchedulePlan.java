package vn.gov.scorecard.schedule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.period.Period;

/**
 * What a scheduled tick does (SPEC §7 v3), decided from the calendar and the periods'
 * runs alone, so that the same decisions are logged by a tick and printed by
 * {@code --schedule --plan}.
 * <p>
 * A tick considers, oldest first, every month, quarter, half-year and year whose last day
 * lies within the 13 months before the tick's day and whose delivery deadline (last day
 * plus {@code delivery-days}) has passed. It runs one that has no completed final run;
 * retries a failed or stopped scheduled run with that run's as-of date, except a failure
 * the input caused while nothing has changed since; and runs again a period still open
 * (until the deadline plus {@code close-after-days}) whose input files differ from those
 * its last completed run read.
 */
public final class SchedulePlan {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private SchedulePlan() {
	}

	public enum Action {

		/** a new run, as of the tick's day */
		RUN,
		/** the failed or stopped run again, with its own as-of date: it resumes */
		RETRY,
		/** nothing to do */
		SKIP,
		/** a failure the input caused, and the input has not changed since */
		WAIT;

		boolean runs() {
			return this == RUN || this == RETRY;
		}

	}

	/** What the tick does with a period, the as-of date of the run it starts, and why. */
	public record Decision(Period period, Action action, LocalDate asOf, String reason) {

		@Override
		public String toString() {
			return period + ": " + action.name().toLowerCase(java.util.Locale.ROOT)
					+ (action.runs() ? " as of " + asOf : "") + " — " + reason;
		}
	}

	/**
	 * The last completed final (not provisional) run of a period, and the digest of the
	 * input files it read.
	 */
	public record Completed(long runId, String input) {
	}

	/**
	 * The last scheduled attempt of a period that did not complete.
	 *
	 * @param runId its run, or the newest run there was when it was refused before
	 * starting one
	 * @param situation the input files' digest, the rule set and the province at the time
	 */
	public record Failed(long runId, LocalDate asOf, String outcome, ExitCode exit, String situation) {

		/**
		 * The reject cap, an unusable file, another province or rule set: running it
		 * again as it is fails again.
		 */
		boolean causedByInput() {
			return exit == ExitCode.INPUT_PROBLEM || exit == ExitCode.REJECT_CAP_EXCEEDED
					|| exit == ExitCode.INVALID_ARGUMENTS;
		}
	}

	/** What the database knows of a period's runs. */
	public record Runs(Optional<Completed> completed, Optional<Failed> failed) {
	}

	/**
	 * The tick's view of the input and the configuration: the files' digest, and with
	 * them the rule set and province.
	 */
	public record Situation(String input, String whole) {
	}

	/**
	 * The periods a tick on {@code day} considers, oldest first (by last day, the shorter
	 * first).
	 */
	public static List<Period> due(LocalDate day, int deliveryDays) {
		LocalDate earliest = day.minusMonths(13);
		List<Period> due = new ArrayList<>();
		for (YearMonth month = YearMonth.from(earliest); !month.atDay(1).isAfter(day); month = month.plusMonths(1)) {
			int m = month.getMonthValue();
			List<Period> ending = new ArrayList<>(List.of(new Period(Period.Kind.MONTH, month.getYear(), m)));
			if (m % 3 == 0) {
				ending.add(new Period(Period.Kind.QUARTER, month.getYear(), m / 3));
			}
			if (m % 6 == 0) {
				ending.add(new Period(Period.Kind.HALF, month.getYear(), m / 6));
			}
			if (m == 12) {
				ending.add(new Period(Period.Kind.YEAR, month.getYear(), 1));
			}
			ending.stream()
				.filter(period -> !period.lastDay().isBefore(earliest) && day.isAfter(deadline(period, deliveryDays)))
				.forEach(due::add);
		}
		due.sort(Comparator.comparing(Period::lastDay));
		return due;
	}

	public static List<Decision> decide(LocalDate day, ScheduleProperties schedule, Function<Period, Runs> runs,
			Situation now) {
		return due(day, schedule.deliveryDays()).stream()
			.map(period -> decide(day, schedule, period, runs.apply(period), now))
			.toList();
	}

	private static Decision decide(LocalDate day, ScheduleProperties schedule, Period period, Runs runs,
			Situation now) {
		LocalDate closes = deadline(period, schedule.deliveryDays()).plusDays(schedule.closeAfterDays());
		boolean open = !day.isAfter(closes);
		Optional<Failed> failed = runs.failed()
			.filter(f -> runs.completed().isEmpty() || runs.completed().get().runId() < f.runId());
		if (failed.isPresent()) {
			Failed f = failed.get();
			String what = "run " + f.runId() + " " + f.outcome() + " (exit code " + f.exit().code() + ")";
			if (f.causedByInput() && f.situation().equals(now.whole())) {
				return new Decision(period, Action.WAIT, null,
						what + " on its input; the input folder, rule set and province"
								+ " have not changed since: it is tried again once they do, or run by hand");
			}
			return new Decision(period, Action.RETRY, f.asOf(), what + "; tried again with its as-of date");
		}
		if (runs.completed().isEmpty()) {
			return new Decision(period, Action.RUN, day, "no completed final run (delivery deadline "
					+ DAY.format(deadline(period, schedule.deliveryDays())) + ")");
		}
		Completed completed = runs.completed().get();
		if (!open) {
			return new Decision(period, Action.SKIP, null, "closed on " + DAY.format(closes) + "; run "
					+ completed.runId() + " stands (only a run by hand changes it)");
		}
		if (!completed.input().equals(now.input())) {
			return new Decision(period, Action.RUN, day, "open until " + DAY.format(closes)
					+ ", and the input files differ" + " from those run " + completed.runId() + " read");
		}
		return new Decision(period, Action.SKIP, null,
				"open until " + DAY.format(closes) + "; the input files are those run " + completed.runId() + " read");
	}

	private static LocalDate deadline(Period period, int deliveryDays) {
		return period.lastDay().plusDays(deliveryDays);
	}

}

package vn.gov.scorecard.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.schedule.SchedulePlan.Action;
import vn.gov.scorecard.schedule.SchedulePlan.Completed;
import vn.gov.scorecard.schedule.SchedulePlan.Decision;
import vn.gov.scorecard.schedule.SchedulePlan.Failed;

/**
 * The scheduled mode's decisions (SPEC §7 v3) over a year of daily ticks on a fixed
 * calendar, with the defaults: a period is due 5 days after its last day and open 10 days
 * more. The runs' outcomes are played out here: a run completes, except the ones this
 * test makes fail.
 */
class SchedulePlanTest {

	private static final ScheduleProperties DEFAULTS = new ScheduleProperties("0 0 2 * * *",
			ZoneId.of("Asia/Ho_Chi_Minh"), 5, 10);

	@Test
	void theDuePeriodsAreThoseWhoseDeadlineHasPassedWithinThirteenMonths() {
		// 2026-10 ends on 31 October: its deadline is 5 November, and it is due from the
		// tick of 6 November
		assertThat(SchedulePlan.due(LocalDate.of(2026, 11, 5), 5)).last().hasToString("2026-Q3");
		assertThat(SchedulePlan.due(LocalDate.of(2026, 11, 6), 5)).last().hasToString("2026-10");
		// on 6 January 2027: December, Q4, H2 and the year 2026 are due; the oldest is
		// 2025-12 (31/12/2025 is within
		// the 13 months since 6 December 2025), and 2025-11 (30/11/2025) is not
		List<Period> due = SchedulePlan.due(LocalDate.of(2027, 1, 6), 5);
		assertThat(due).first().hasToString("2025-12");
		assertThat(due.subList(due.size() - 4, due.size())).hasToString("[2026-12, 2026-Q4, 2026-H2, 2026]");
		// 13 months, 5 quarters (2025-Q4 … 2026-Q4), 3 half-years, 2 years
		assertThat(due).hasSize(13 + 5 + 3 + 2);
	}

	@Test
	void aYearOfTicksFollowsTheDeadlinesCatchesUpRetriesAndPicksUpCorrectionsUntilClose() {
		World world = new World();
		// every period that ended in 2025 already has a completed run of the input as it
		// is on 1 January
		for (Period period : SchedulePlan.due(LocalDate.of(2026, 1, 1), 0)) {
			world.completed.put(period, new Completed(world.nextRun++, world.input));
		}
		world.failOnce(Period.parse("2026-07"), ExitCode.DATABASE_UNREACHABLE); // a
																				// database
																				// outage
																				// at the
																				// first
																				// attempt
		world.failOnce(Period.parse("2026-08"), ExitCode.INPUT_PROBLEM); // an unusable
																			// file at the
																			// first
																			// attempt
		for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(1)) {
			if (day.equals(LocalDate.of(2026, 3, 12)) || day.equals(LocalDate.of(2026, 3, 20))
					|| day.equals(LocalDate.of(2026, 9, 8))) {
				world.input = "input changed on " + day; // a clerk's correction lands
															// before this tick
			}
			boolean down = !day.isBefore(LocalDate.of(2026, 4, 28)) && !day.isAfter(LocalDate.of(2026, 6, 6)); // 40
																												// days
			if (!down) {
				world.tick(day);
			}
		}
		// due from the day after its deadline (31/01 + 5), and never again: no correction
		// while it was open
		assertThat(world.log("2026-01")).containsExactly("2026-02-06 run as of 2026-02-06");
		// a correction on 12 March, within its open days (until 15 March), runs it again;
		// the one on 20 March does not
		assertThat(world.log("2026-02")).containsExactly("2026-03-06 run as of 2026-03-06",
				"2026-03-12 run as of 2026-03-12");
		// runs 1-23 are 2025's and 2024's 23 periods (13 months, 5 quarters, 3
		// half-years, 2 years), 24 is 2026-01,
		// 25 and 26 are 2026-02's
		assertThat(world.decision("2026-02", LocalDate.of(2026, 3, 20)))
			.isEqualTo("2026-02: skip — closed on 15/03/2026; run 26 stands (only a run by hand changes it)");
		// the month and the quarter ending on 31 March, the month first
		assertThat(world.runsOn(LocalDate.of(2026, 4, 6))).containsExactly("2026-03", "2026-Q1");
		// down from 28 April to 6 June: the first tick after catches up April (closed,
		// never run) and May, oldest first
		assertThat(world.runsOn(LocalDate.of(2026, 6, 7))).containsExactly("2026-04", "2026-05");
		// a run that failed on a database outage is retried next day with its own as-of
		// date, and resumes
		assertThat(world.log("2026-07")).containsExactly("2026-08-06 run as of 2026-08-06",
				"2026-08-07 retry as of 2026-08-06");
		// one that failed on its input waits until the input changes
		assertThat(world.log("2026-08")).containsExactly("2026-09-06 run as of 2026-09-06",
				"2026-09-08 retry as of 2026-09-06");
		assertThat(world.decision("2026-08", LocalDate.of(2026, 9, 7))).startsWith("2026-08: wait — run ")
			.endsWith(
					" FAILED (exit code 3) on its input; the input folder, rule set and province have not changed since:"
							+ " it is tried again once they do, or run by hand");
		// the year 2026 is not due in 2026; H2 and Q4 neither; every month up to November
		// is run once or more
		assertThat(world.log("2026")).isEmpty();
		assertThat(world.log("2026-11")).containsExactly("2026-12-06 run as of 2026-12-06");
		assertThat(world.log("2026-12")).isEmpty();
	}

	/** The periods' runs as the database would hold them, and what each tick did. */
	private static final class World {

		final Map<Period, Completed> completed = new HashMap<>();

		final Map<Period, Failed> failed = new HashMap<>();

		final Map<Period, ExitCode> failures = new HashMap<>();

		final List<String> runs = new ArrayList<>();

		final Map<LocalDate, List<Decision>> decisions = new HashMap<>();

		long nextRun = 1;

		String input = "input as on 1 January";

		void failOnce(Period period, ExitCode exit) {
			failures.put(period, exit);
		}

		void tick(LocalDate day) {
			SchedulePlan.Situation now = new SchedulePlan.Situation(input, input + " rules province");
			List<Decision> made = SchedulePlan.decide(day, DEFAULTS,
					period -> new SchedulePlan.Runs(Optional.ofNullable(completed.get(period)),
							Optional.ofNullable(failed.get(period))),
					now);
			decisions.put(day, made);
			for (Decision decision : made) {
				if (!decision.action().runs()) {
					continue;
				}
				Period period = decision.period();
				runs.add(period + " " + day + " " + decision.action().name().toLowerCase() + " as of "
						+ decision.asOf());
				// a retry resumes the failed run; a new run gets a new id
				long runId = decision.action() == Action.RETRY ? failed.get(period).runId() : nextRun++;
				ExitCode failure = failures.remove(period);
				if (failure != null) {
					failed.put(period, new Failed(runId, decision.asOf(), "FAILED", failure, now.whole()));
				}
				else {
					completed.put(period, new Completed(runId, input));
				}
			}
		}

		List<String> log(String period) {
			return runs.stream()
				.filter(run -> run.startsWith(period + " "))
				.map(run -> run.substring(period.length() + 1))
				.toList();
		}

		List<String> runsOn(LocalDate day) {
			return decisions.get(day).stream().filter(d -> d.action().runs()).map(d -> d.period().toString()).toList();
		}

		String decision(String period, LocalDate day) {
			return decisions.get(day)
				.stream()
				.filter(d -> d.period().toString().equals(period))
				.findFirst()
				.orElseThrow()
				.toString();
		}

	}

}

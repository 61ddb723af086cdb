package vn.gov.scorecard.schedule;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.gov.scorecard.ingest.files.InputFingerprint;
import vn.gov.scorecard.ingest.load.RunFiles;
import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.job.RunCommand;
import vn.gov.scorecard.job.RunHistory;
import vn.gov.scorecard.job.RunOptions;
import vn.gov.scorecard.job.RunProperties;
import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.province.Province;
import vn.gov.scorecard.rules.RuleSet;
import vn.gov.scorecard.schedule.SchedulePlan.Decision;

/**
 * One tick of the scheduled mode (SPEC §7 v3), in an application context opened for it
 * and closed after, so that between ticks nothing holds the database: it decides what to
 * do with every due period ({@link SchedulePlan}), logs each decision, runs the periods
 * that need it, oldest first, and records each attempt. {@link #plan} makes the same
 * decisions and touches nothing.
 */
@Component
public class ScheduledTick {

	private static final Logger log = LoggerFactory.getLogger(ScheduledTick.class);

	private final RunCommand command;

	private final RunHistory history;

	private final RunProperties run;

	private final ScheduleProperties schedule;

	private final ScheduleAttempts attempts;

	private final RunFiles files;

	private final RuleSet rules;

	private final Province province;

	private volatile boolean stopping;

	ScheduledTick(RunCommand command, RunHistory history, RunProperties run, ScheduleProperties schedule,
			ScheduleAttempts attempts, RunFiles files, RuleSet rules, Province province) {
		this.command = command;
		this.history = history;
		this.run = run;
		this.schedule = schedule;
		this.attempts = attempts;
		this.files = files;
		this.rules = rules;
		this.province = province;
	}

	/** The decisions a tick on {@code day} makes, for {@code --schedule --plan}. */
	public List<Decision> plan(LocalDate day) {
		return SchedulePlan.decide(day, schedule, runsOf(), situation());
	}

	/** Prints the decisions of a tick on {@code day}. */
	public void printPlan(LocalDate day, PrintStream out) {
		List<Decision> decisions = plan(day);
		out.printf(
				"A tick on %s (delivery %d days after a period's end, open %d days more) would consider %d periods:%n",
				day, schedule.deliveryDays(), schedule.closeAfterDays(), decisions.size());
		decisions.forEach(decision -> out.println("  " + decision));
		out.printf("It would run %d of them. Nothing was run or changed.%n",
				decisions.stream().filter(d -> d.action().runs()).count());
	}

	/**
	 * Runs the tick of {@code day}: every due period that needs a run, oldest first,
	 * until asked to stop.
	 */
	public void tick(LocalDate day) {
		SchedulePlan.Situation situation = situation();
		List<Decision> decisions = SchedulePlan.decide(day, schedule, runsOf(), situation);
		log.info("scheduled tick of {}: {} periods due, {} to run", day, decisions.size(),
				decisions.stream().filter(d -> d.action().runs()).count());
		decisions.forEach(decision -> log.info("scheduled tick of {}: {}", day, decision));
		for (Decision decision : decisions) {
			if (stopping) {
				break;
			}
			if (decision.action().runs()) {
				attempt(day, decision, situation);
			}
		}
	}

	/** Stops the run in progress at a safe point, and starts no other. */
	public void stop() throws Exception {
		stopping = true;
		command.stop();
	}

	private void attempt(LocalDate day, Decision decision, SchedulePlan.Situation situation) {
		Period period = decision.period();
		String outcome;
		ExitCode exit;
		try {
			log.info("scheduled run of {} (as of {})", period, decision.asOf());
			exit = command.execute(
					RunOptions.checked(period, Path.of(run.input()), Path.of(run.output()), decision.asOf(), false));
			outcome = "COMPLETED";
		}
		catch (RunCommand.StoppedException e) {
			log.warn("scheduled run of {}: {}", period, e.getMessage());
			outcome = "STOPPED";
			exit = ExitCode.SUCCESS;
		}
		catch (Exception e) {
			exit = ExitCode.of(e);
			if (exit == ExitCode.INTERNAL_ERROR) {
				// a fault of ours: the stack trace is what a developer needs
				log.error("scheduled run of {} failed (exit code {}): {}", period, exit.code(), ExitCode.reason(e), e);
			}
			else {
				log.error("scheduled run of {} failed (exit code {}): {}", period, exit.code(), ExitCode.reason(e));
			}
			outcome = "FAILED";
		}
		// its run, or, refused before it started one, the newest run there is
		List<RunHistory.Entry> runs = history.runs();
		long runId = runs.stream()
			.filter(r -> r.period().equals(period.toString()))
			.mapToLong(RunHistory.Entry::runId)
			.max()
			.orElse(runs.stream().mapToLong(RunHistory.Entry::runId).max().orElse(0));
		attempts.record(period, day, decision.asOf(), runId, outcome, exit, situation);
	}

	/**
	 * The input folder's files now, and with them the rule set and the province (a
	 * failure caused by any is retried once it changes).
	 */
	private SchedulePlan.Situation situation() {
		String input = InputFingerprint.of(Path.of(run.input()));
		return new SchedulePlan.Situation(input, input + " " + rules.sha256() + " " + province.code());
	}

	/**
	 * Every period's last completed final run and last unfinished scheduled attempt, read
	 * once.
	 */
	private Function<Period, SchedulePlan.Runs> runsOf() {
		Map<String, RunHistory.Entry> completed = history.runs()
			.stream()
			.filter(r -> !r.provisional() && r.status().equals("COMPLETED"))
			.collect(Collectors.toMap(RunHistory.Entry::period, r -> r, (a, b) -> a.runId() > b.runId() ? a : b));
		Map<String, SchedulePlan.Failed> failed = attempts.lastFailed();
		return period -> new SchedulePlan.Runs(
				Optional.ofNullable(completed.get(period.toString()))
					.map(r -> new SchedulePlan.Completed(r.runId(), files.fingerprint(r.runId()))),
				Optional.ofNullable(failed.get(period.toString())));
	}

}

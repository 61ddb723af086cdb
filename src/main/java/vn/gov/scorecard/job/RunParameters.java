package vn.gov.scorecard.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.scope.context.ChunkContext;

import vn.gov.scorecard.output.PeriodFolders;
import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.period.CountingWindows;
import vn.gov.scorecard.rules.RuleSet;

/**
 * What one run of the job is for. {@code period} and {@code run} (the run's number within
 * its period: 1, then 2 for a rerun after 1 completed, …) identify the Spring Batch job
 * instance; the rest is carried along, so a restart resumes with exactly the parameters
 * it started with. The rule set's name and content (SHA-256) are the run's record of what
 * it was computed under; runs from before SPEC v3 have none.
 */
public record RunParameters(Period period, long run, Path input, Path output, LocalDate asOf, boolean provisional,
		Long replacesRunId, String ruleSet, String ruleSetSha256) {

	/**
	 * The periods a unit's course shows, the run's own included (SPEC §6: the last 12).
	 */
	static final int COURSE_LENGTH = 12;

	static final String PERIOD = "period";
	static final String RUN = "run";
	static final String RULE_SET = "ruleSet";
	static final String RULE_SET_SHA256 = "ruleSetSha256";

	static JobParameters identifying(Period period, long run) {
		return new JobParametersBuilder().addString(PERIOD, period.toString()).addLong(RUN, run).toJobParameters();
	}

	JobParameters toJobParameters() {
		JobParametersBuilder builder = new JobParametersBuilder(identifying(period, run))
			.addString("input", input.toString(), false)
			.addString("output", output.toString(), false)
			.addLocalDate("asOf", asOf, false)
			.addString("provisional", String.valueOf(provisional), false)
			.addString(RULE_SET, ruleSet, false)
			.addString(RULE_SET_SHA256, ruleSetSha256, false);
		if (replacesRunId != null) {
			builder.addLong("replacesRunId", replacesRunId, false);
		}
		return builder.toJobParameters();
	}

	static RunParameters from(JobParameters parameters) {
		return new RunParameters(Period.parse(parameters.getString(PERIOD)), parameters.getLong(RUN),
				Path.of(parameters.getString("input")), Path.of(parameters.getString("output")),
				parameters.getLocalDate("asOf"), Boolean.parseBoolean(parameters.getString("provisional")),
				parameters.getLong("replacesRunId"), parameters.getString(RULE_SET),
				parameters.getString(RULE_SET_SHA256));
	}

	static RunParameters of(ChunkContext context) {
		return from(context.getStepContext().getStepExecution().getJobParameters());
	}

	/** The run's folders under the output directory. */
	PeriodFolders folders() {
		return new PeriodFolders(output, period);
	}

	/**
	 * The windows the run counts, newest first: its period's, then those of the earlier
	 * periods of the unit's course (SPEC §6), the previous one of which gives every
	 * comparison.
	 */
	List<CountingWindows> windows() {
		return period.course(COURSE_LENGTH).stream().map(p -> CountingWindows.asOf(p, asOf)).toList();
	}

	/** How the run was asked for, as a log line says it. */
	String request() {
		return request(input, output, asOf, provisional, ruleSet, ruleSetSha256);
	}

	static String request(RunOptions options, RuleSet rules) {
		return request(options.input(), options.output(), options.asOf(), options.provisional(), rules.version(),
				rules.sha256());
	}

	private static String request(Path input, Path output, LocalDate asOf, boolean provisional, String ruleSet,
			String sha256) {
		return "input " + input + ", output " + output + ", as of " + asOf + (provisional ? ", provisional" : "")
				+ ", rule set " + (ruleSet == null ? "unrecorded" : ruleSet + " (" + RuleSet.shortSha256(sha256) + ")");
	}

	/**
	 * Whether the run was asked for with the same input, output, as-of date and
	 * provisional flag as {@code other}, and computed under the same rule set, name and
	 * content (SPEC §5 v3).
	 */
	boolean sameRequest(RunOptions options, RuleSet rules) {
		return input.equals(options.input()) && output.equals(options.output()) && asOf.equals(options.asOf())
				&& provisional == options.provisional() && rules.version().equals(ruleSet)
				&& rules.sha256().equals(ruleSetSha256);
	}
}

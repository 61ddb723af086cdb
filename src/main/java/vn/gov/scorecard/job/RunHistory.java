package vn.gov.scorecard.job;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.gov.scorecard.rules.RuleSet;

/**
 * {@code --history}: every run, newest first, from the job repository (period, start,
 * end, status, rule set) and the run's results (rows loaded and rejected, units scored,
 * mean score, and for a run that replaced another how many units changed). Times are the
 * server's local times, and the header says in which zone.
 */
@Component
public class RunHistory {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	/**
	 * One run as the listing shows it.
	 *
	 * @param why for a run that did not complete, why: the first line of its failure, as
	 * the operator read it when it failed (empty for a completed run)
	 * @param replacesRunId the run it replaced, or null
	 * @param unitsChanged for a completed run that replaced another, how many units
	 * changed (score, band, rank or any indicator figure); else null
	 */
	public record Entry(long runId, String period, boolean provisional, LocalDateTime started, LocalDateTime ended,
			String status, long loaded, long rejected, long units, String meanScore, String ruleSet, String why,
			Long replacesRunId, Long unitsChanged) {

		/** "replaces run 4: 2 units changed", or empty. */
		String replacement() {
			if (unitsChanged == null) {
				return "";
			}
			return "replaces run " + replacesRunId + ": " + (unitsChanged == 0 ? "no unit changed"
					: unitsChanged + (unitsChanged == 1 ? " unit changed" : " units changed"));
		}
	}

	/** The class name Batch writes before a failure's message in the exit description. */
	private static final Pattern EXCEPTION_CLASS = Pattern.compile("^(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*: ");

	private final JobRepository jobRepository;

	private final JdbcTemplate jdbc;

	private final ChangesFromReplaced changes;

	RunHistory(JobRepository jobRepository, JdbcTemplate jdbc, ChangesFromReplaced changes) {
		this.jobRepository = jobRepository;
		this.jdbc = jdbc;
		this.changes = changes;
	}

	public List<Entry> runs() {
		return jobRepository.findJobInstances(ScorecardJobConfiguration.JOB_NAME)
			.stream()
			.sorted(Comparator.comparingLong(JobInstance::getInstanceId).reversed())
			.map(this::entry)
			.toList();
	}

	private Entry entry(JobInstance instance) {
		List<JobExecution> executions = jobRepository.getJobExecutions(instance);
		JobExecution first = executions.stream().min(Comparator.comparingLong(JobExecution::getId)).orElseThrow();
		JobExecution last = jobRepository.getLastJobExecution(instance);
		RunParameters parameters = RunParameters.from(last.getJobParameters());
		long runId = instance.getInstanceId();
		// a load the reject cap stopped kept no run_file row: its rejected rows are its
		// step's count
		long[] rows = jdbc.queryForObject(
				"""
						SELECT coalesce(sum(loaded), 0), coalesce(sum(rejected), (
						         SELECT s.read_skip_count FROM batch_step_execution s
						         JOIN batch_job_execution e ON e.job_execution_id = s.job_execution_id
						         WHERE e.job_instance_id = ? AND s.step_name = 'load' ORDER BY s.step_execution_id DESC LIMIT 1), 0)
						FROM run_file WHERE run_id = ?""",
				(row, i) -> new long[] { row.getLong(1), row.getLong(2) }, runId, runId);
		Object[] scores = jdbc.queryForObject("""
				SELECT count(*), to_char(avg(score), 'FM990.00') FROM unit_score WHERE run_id = ? AND period = ?""",
				(row, i) -> new Object[] { row.getLong(1), row.getString(2) }, runId, parameters.period().toString());
		// runs from before SPEC v3 recorded no rule set
		String ruleSet = parameters.ruleSet() == null ? "—"
				: parameters.ruleSet() + "/" + RuleSet.shortSha256(parameters.ruleSetSha256());
		return new Entry(runId, parameters.period().toString(), parameters.provisional(), first.getStartTime(),
				last.getEndTime(), last.getStatus().name(), rows[0], rows[1], (Long) scores[0],
				scores[1] == null ? "" : (String) scores[1], ruleSet, why(last), parameters.replacesRunId(),
				last.getStatus() == BatchStatus.COMPLETED ? changes.unitsChanged(runId, parameters) : null);
	}

	/**
	 * Why a run did not complete: its failure's first line, without the exception's class
	 * name.
	 */
	private static String why(JobExecution last) {
		if (last.getStatus() == BatchStatus.COMPLETED) {
			return "";
		}
		if (last.getStatus() == BatchStatus.STOPPED) {
			return "stopped at a safe point (SIGTERM or Ctrl+C); the same command resumes it";
		}
		String description = last.getExitStatus().getExitDescription();
		String line = description == null ? "" : description.lines().findFirst().orElse("").strip();
		for (String stripped = EXCEPTION_CLASS.matcher(line).replaceFirst(""); !stripped
			.equals(line); stripped = EXCEPTION_CLASS.matcher(line).replaceFirst("")) {
			line = stripped;
		}
		return line;
	}

	public void print(PrintStream out) {
		out.printf("%6s  %-8s  %-19s  %-19s  %-9s %10s %8s %6s %6s  %-19s  (times: %s)%n", "run", "period", "started",
				"ended", "status", "loaded", "rejected", "units", "mean", "rule set", ZoneId.systemDefault());
		for (Entry run : runs()) {
			out.printf("%6d  %-8s  %-19s  %-19s  %-9s %10d %8d %6d %6s  %-19s%s%s%s%n", run.runId(), run.period(),
					format(run.started()), format(run.ended()), run.status(), run.loaded(), run.rejected(), run.units(),
					run.meanScore(), run.ruleSet(), run.provisional() ? "  provisional" : "",
					run.replacement().isEmpty() ? "" : "  " + run.replacement(),
					run.why().isEmpty() ? "" : "  " + run.why());
		}
	}

	private static String format(LocalDateTime time) {
		return time == null ? "" : TIME.format(time);
	}

}

package vn.gov.scorecard.job;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import vn.gov.scorecard.changes.ComparedRun;
import vn.gov.scorecard.changes.ReplacedRunComparison;
import vn.gov.scorecard.changes.RunChanges;
import vn.gov.scorecard.output.RunJson;

/**
 * What a run changed against the completed run of its period it replaces, for the
 * documents, run.json, the summary and {@code --history}: the run's parameters say which
 * run that is, and under what each was computed.
 */
@Component
class ChangesFromReplaced {

	private final JobRepository jobRepository;

	private final ReplacedRunComparison comparison;

	/**
	 * The last comparison made, with its run: the report step, the output step and the
	 * summary each ask for the same run's, and neither run's results nor the deliveries
	 * between them change once the run has scored (a later run's deliveries are after
	 * it). Finding each changed unit's files reads its records: seconds for a province
	 * whose every unit changed.
	 */
	private volatile Made last;

	private record Made(long runId, RunChanges changes) {
	}

	ChangesFromReplaced(JobRepository jobRepository, ReplacedRunComparison comparison) {
		this.jobRepository = jobRepository;
		this.comparison = comparison;
	}

	/**
	 * How many units changed against the run it replaces, or null when it replaces none.
	 */
	Long unitsChanged(long runId, RunParameters run) {
		return run.replacesRunId() == null ? null : comparison.unitsChanged(run.period(), run.replacesRunId(), runId);
	}

	/** The changes, or null when the run replaces none. */
	RunChanges of(long runId, RunParameters run) {
		if (run.replacesRunId() == null) {
			return null;
		}
		Made made = last;
		if (made != null && made.runId() == runId) {
			return made.changes();
		}
		JobExecution replaced = jobRepository.getLastJobExecution(jobRepository.getJobInstance(run.replacesRunId()));
		RunParameters before = RunParameters.from(replaced.getJobParameters());
		RunChanges changes = comparison.compare(run.period(),
				new ComparedRun(run.replacesRunId(), RunJson.zoned(replaced.getEndTime()), before.asOf(),
						before.ruleSet(), before.ruleSetSha256()),
				new ComparedRun(runId, null, run.asOf(), run.ruleSet(), run.ruleSetSha256()));
		last = new Made(runId, changes);
		return changes;
	}

}

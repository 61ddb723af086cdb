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
		JobExecution replaced = jobRepository.getLastJobExecution(jobRepository.getJobInstance(run.replacesRunId()));
		RunParameters before = RunParameters.from(replaced.getJobParameters());
		return comparison.compare(run.period(),
				new ComparedRun(run.replacesRunId(), RunJson.zoned(replaced.getEndTime()), before.asOf(),
						before.ruleSet(), before.ruleSetSha256()),
				new ComparedRun(runId, null, run.asOf(), run.ruleSet(), run.ruleSetSha256()));
	}

}

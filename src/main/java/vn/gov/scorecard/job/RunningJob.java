package vn.gov.scorecard.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The run this process is executing, if any: it logs the run's id as the run starts (the
 * id is known only then) and lets the scheduled mode ask it to stop.
 */
@Component
class RunningJob implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(RunningJob.class);

	private volatile JobExecution current;

	@Override
	public void beforeJob(JobExecution execution) {
		current = execution;
		RunParameters run = RunParameters.from(execution.getJobParameters());
		log.info("run {} of {} started: {}{}", execution.getJobInstance().getInstanceId(), run.period(), run.request(),
				run.replacesRunId() == null ? "" : "; it replaces run " + run.replacesRunId());
	}

	@Override
	public void afterJob(JobExecution execution) {
		current = null;
	}

	JobExecution current() {
		return current;
	}

}

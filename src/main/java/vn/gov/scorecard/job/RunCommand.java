package vn.gov.scorecard.job;

import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.gov.scorecard.job.ExitCode.AlreadyRunningException;

/**
 * Runs the job once for the period of the command line and tells how it went. A period that never
 * ran starts as run 1; a period whose last run failed (or was killed) resumes that run where it
 * stopped; a period whose last run completed is computed afresh as the next run, keeping the
 * earlier ones.
 */
@Component
public class RunCommand {

	private static final Logger log = LoggerFactory.getLogger(RunCommand.class);
	private static final Set<BatchStatus> RESTARTABLE = Set.of(BatchStatus.FAILED, BatchStatus.STOPPED);

	private final Environment environment;
	private final DataSource dataSource;
	private final JobRepository jobRepository;
	private final JobOperator jobOperator;
	private final Job job;
	private final RunSummary summary;

	RunCommand(Environment environment, DataSource dataSource, JobRepository jobRepository, JobOperator jobOperator,
			Job job, RunSummary summary) {
		this.environment = environment;
		this.dataSource = dataSource;
		this.jobRepository = jobRepository;
		this.jobOperator = jobOperator;
		this.job = job;
		this.summary = summary;
	}

	/** Runs the job for the options of the command line (or properties, or environment). */
	public ExitCode execute() throws Exception {
		return execute(RunOptions.from(environment));
	}

	/** Runs the job once; returns SUCCESS after printing the summary, or throws with the reason. */
	public ExitCode execute(RunOptions options) throws Exception {
		try (PeriodLock lock = PeriodLock.tryAcquire(dataSource, options.period())) {
			if (lock == null) {
				throw new AlreadyRunningException("a run of " + options.period() + " is already in progress; try again when it ends");
			}
			JobExecution execution = launch(options);
			if (execution.getStatus() != BatchStatus.COMPLETED) {
				List<Throwable> failures = execution.getAllFailureExceptions();
				Throwable failure = failures.isEmpty()
						? new IllegalStateException("the job ended " + execution.getStatus()) : failures.get(0);
				throw new JobFailedException(failure);
			}
			summary.print(execution);
			return ExitCode.SUCCESS;
		}
	}

	private JobExecution launch(RunOptions options) throws Exception {
		JobInstance latest = null;
		long run = 1;
		for (JobInstance instance; (instance = jobRepository.getJobInstance(ScorecardJobConfiguration.JOB_NAME,
				RunParameters.identifying(options.period(), run))) != null; run++) {
			latest = instance;
		}
		JobExecution last = latest == null ? null : jobRepository.getLastJobExecution(latest);
		if (last != null && last.getStatus().isRunning()) {
			// we hold the period's lock, so whoever left this execution running has died
			log.warn("run {} of {} was left {} by a process that ended; marking it failed to resume it",
					latest.getInstanceId(), options.period(), last.getStatus());
			last = jobOperator.recover(last);
		}
		if (last != null && RESTARTABLE.contains(last.getStatus())) {
			log.info("resuming run {} of {} (its parameters are kept: {})", latest.getInstanceId(), options.period(),
					last.getJobParameters());
			return jobOperator.restart(last);
		}
		Long replaces = latest == null ? null : latest.getInstanceId();
		RunParameters parameters = new RunParameters(options.period(), run, options.input(), options.output(),
				options.asOf(), replaces);
		log.info("starting run {} of {}{}", run, options.period(), replaces == null ? "" : " (replaces run " + replaces + ")");
		return jobOperator.start(job, parameters.toJobParameters());
	}

	/** The job ended without completing; the cause says why. */
	static class JobFailedException extends RuntimeException {
		JobFailedException(Throwable cause) {
			super(cause.getMessage(), cause);
		}
	}
}

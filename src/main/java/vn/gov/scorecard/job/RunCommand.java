package vn.gov.scorecard.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.gov.scorecard.changes.RunChanges;
import vn.gov.scorecard.database.DatabaseInUse;
import vn.gov.scorecard.ingest.load.RecordGenerations;
import vn.gov.scorecard.job.ExitCode.AlreadyRunningException;
import vn.gov.scorecard.output.OutputUnwritableException;
import vn.gov.scorecard.output.PeriodFolders;
import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.province.Province;
import vn.gov.scorecard.province.ProvinceOfDatabase;
import vn.gov.scorecard.rules.InvalidRuleSetException;
import vn.gov.scorecard.rules.RuleSet;

/**
 * Runs the job once for the period of the command line and tells how it went. A period
 * whose last run failed (or was killed) resumes that run where it stopped when asked for
 * in the same way; a period whose last run completed is computed afresh as a new run,
 * keeping the earlier ones. The run id is the job instance id, everywhere.
 */
@Component
public class RunCommand {

	private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

	private static final Set<BatchStatus> RESTARTABLE = Set.of(BatchStatus.FAILED, BatchStatus.STOPPED);

	private final RunProperties properties;

	private final DataSource dataSource;

	private final DatabaseInUse database;

	private final JobRepository jobRepository;

	private final JobOperator jobOperator;

	private final Job job;

	private final RunningJob runningJob;

	private final RunSummary summary;

	private final RuleSet rules;

	private final Province province;

	private final ProvinceOfDatabase provinceOfDatabase;

	private final RecordGenerations generations;

	private final ChangesFromReplaced changesFromReplaced;

	private volatile boolean stopping;

	RunCommand(RunProperties properties, DataSource dataSource, DatabaseInUse database, JobRepository jobRepository,
			JobOperator jobOperator, Job job, RunningJob runningJob, RunSummary summary, RuleSet rules,
			Province province, ProvinceOfDatabase provinceOfDatabase, RecordGenerations generations,
			ChangesFromReplaced changesFromReplaced) {
		this.rules = rules;
		this.changesFromReplaced = changesFromReplaced;
		this.generations = generations;
		this.province = province;
		this.provinceOfDatabase = provinceOfDatabase;
		this.runningJob = runningJob;
		this.properties = properties;
		this.database = database;
		this.dataSource = dataSource;
		this.jobRepository = jobRepository;
		this.jobOperator = jobOperator;
		this.job = job;
		this.summary = summary;
	}

	/**
	 * Runs the job for the options of the command line (or properties, or environment).
	 */
	public ExitCode execute() throws Exception {
		return execute(RunOptions.from(properties));
	}

	/**
	 * Asks the run in progress to stop at the end of its current step (it can be
	 * resumed), and refuses to start another. For the scheduled mode's shutdown.
	 */
	public void stop() throws Exception {
		stopping = true;
		JobExecution execution = runningJob.current();
		if (execution != null) {
			log.warn("run {} of {}: asked to stop; it stops when its current step ends and resumes at the next start",
					execution.getJobInstance().getInstanceId(),
					execution.getJobParameters().getString(RunParameters.PERIOD));
			jobOperator.stop(execution);
		}
	}

	/**
	 * Runs the job once; returns SUCCESS after printing the summary, or throws with the
	 * reason.
	 */
	public ExitCode execute(RunOptions options) throws Exception {
		if (stopping) {
			throw new StoppedException("not started: the process is stopping");
		}
		PeriodFolders.requireWritable(options.output());
		log.info("database: {}", database.description());
		try (PeriodLock lock = PeriodLock.tryAcquire(dataSource, options.period())) {
			if (lock == null) {
				throw new AlreadyRunningException(
						"a run of " + options.period() + " is already in progress; try again when it ends");
			}
			provinceOfDatabase.admit(province, properties.acceptProvinceChange());
			refuseAnotherRuleSetOfTheSameName();
			JobExecution execution = launch(options);
			if (execution.getStatus() == BatchStatus.STOPPED) {
				throw new StoppedException("run " + execution.getJobInstance().getInstanceId() + " of "
						+ options.period() + " stopped at a safe point; the same command resumes it");
			}
			if (execution.getStatus() != BatchStatus.COMPLETED) {
				List<Throwable> failures = execution.getAllFailureExceptions();
				Throwable failure = failures.isEmpty()
						? new IllegalStateException("the job ended " + execution.getStatus()) : failures.get(0);
				if (ExitCode.of(failure) == ExitCode.OUTPUT_UNWRITABLE) {
					throw new OutputUnwritableException("the output folder " + options.output().toAbsolutePath()
							+ " could not be" + " written (" + ExitCode.message(failure)
							+ "); nothing was published: free space or fix its access, and run"
							+ " the same command again, which resumes the run");
				}
				throw new JobFailedException(failure);
			}
			long runId = execution.getJobInstance().getInstanceId();
			RunChanges changes = changesFromReplaced.of(runId, RunParameters.from(execution.getJobParameters()));
			if (changes != null) {
				log.info("run {} of {} {}", runId, options.period(), RunSummary.changesLine(changes));
			}
			summary.print(execution, changes);
			return ExitCode.SUCCESS;
		}
	}

	/**
	 * Resumes the period's failed run when it was asked for with the same input, output,
	 * as-of date and provisional flag, and no other run has changed the records since it
	 * loaded them; otherwise abandons it (a clerk corrected the files in another folder,
	 * say) and starts a new run with what was asked. Says which, and why, at WARN.
	 */
	private JobExecution launch(RunOptions options) throws Exception {
		List<JobInstance> instances = instances(options.period());
		JobInstance latest = instances.isEmpty() ? null : instances.get(instances.size() - 1);
		JobExecution last = latest == null ? null : jobRepository.getLastJobExecution(latest);
		if (last != null && last.getStatus().isRunning()) {
			// we hold the period's lock, so whoever left this execution running has died
			log.warn("run {} of {} was left {} by a process that ended; marking it failed", latest.getInstanceId(),
					options.period(), last.getStatus());
			last = jobOperator.recover(last);
		}
		if (last != null && RESTARTABLE.contains(last.getStatus())) {
			RunParameters before = RunParameters.from(last.getJobParameters());
			Optional<String> recordsChanged = generations.changedSince(latest.getInstanceId());
			if (recordsChanged.isPresent()) {
				log.warn(
						"abandoning run {} of {}, which did not complete: {}; a new run starts, loading and counting again",
						latest.getInstanceId(), options.period(), recordsChanged.get());
			}
			else if (before.sameRequest(options, rules)) {
				log.warn(
						"resuming run {} of {} at the step where it stopped, because it was asked for again with the"
								+ " same input, output, as-of date and rule set",
						latest.getInstanceId(), options.period());
				return jobOperator.restart(last);
			}
			else {
				log.warn(
						"abandoning run {} of {}, which did not complete: it was started with {}, this command asks for {};"
								+ " a new run starts with what was asked",
						latest.getInstanceId(), options.period(), before.request(),
						RunParameters.request(options, rules));
			}
			jobOperator.abandon(last);
			before.folders().discard(latest.getInstanceId());
		}
		RunParameters parameters = new RunParameters(options.period(), instances.size() + 1, options.input(),
				options.output(), options.asOf(), options.provisional(), lastCompleted(instances), rules.version(),
				rules.sha256());
		return jobOperator.start(job, parameters.toJobParameters());
	}

	/**
	 * A rule set is known by its name and its content (SPEC §5 v3): a name an earlier run
	 * recorded with other content is refused, so that a changed rule file is never
	 * published under the old name. Runs from before v3 recorded no content and are not
	 * held against it.
	 */
	private void refuseAnotherRuleSetOfTheSameName() {
		List<Long> runs = new JdbcTemplate(dataSource).queryForList("""
				SELECT e.job_instance_id FROM batch_job_execution_params name
				JOIN batch_job_execution_params content ON content.job_execution_id = name.job_execution_id
				 AND content.parameter_name = ?
				JOIN batch_job_execution e ON e.job_execution_id = name.job_execution_id
				WHERE name.parameter_name = ? AND name.parameter_value = ? AND content.parameter_value <> ?
				ORDER BY e.job_instance_id LIMIT 1""", Long.class, RunParameters.RULE_SET_SHA256,
				RunParameters.RULE_SET, rules.version(), rules.sha256());
		if (!runs.isEmpty()) {
			throw new InvalidRuleSetException("rule set " + rules.version() + " was used by run " + runs.get(0)
					+ " with other content: give the changed rules a new version");
		}
	}

	/** The period's runs, oldest first. */
	private List<JobInstance> instances(Period period) {
		List<JobInstance> instances = new ArrayList<>();
		for (JobInstance instance; (instance = jobRepository.getJobInstance(ScorecardJobConfiguration.JOB_NAME,
				RunParameters.identifying(period, instances.size() + 1))) != null;) {
			instances.add(instance);
		}
		return instances;
	}

	/**
	 * The id of the period's latest completed run: the one whose outputs a new run
	 * replaces.
	 */
	private Long lastCompleted(List<JobInstance> instances) {
		for (int i = instances.size() - 1; i >= 0; i--) {
			JobExecution execution = jobRepository.getLastJobExecution(instances.get(i));
			if (execution != null && execution.getStatus() == BatchStatus.COMPLETED) {
				return instances.get(i).getInstanceId();
			}
		}
		return null;
	}

	/** The run was stopped on request (SIGTERM or Ctrl+C), and can be resumed. */
	public static class StoppedException extends RuntimeException {

		StoppedException(String message) {
			super(message);
		}

	}

	/** The job ended without completing; the cause says why. */
	static class JobFailedException extends RuntimeException {

		JobFailedException(Throwable cause) {
			super(cause.getMessage(), cause);
		}

	}

}

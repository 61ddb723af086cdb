package vn.gov.scorecard.job;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.gov.scorecard.changes.RunChanges;
import vn.gov.scorecard.trend.WatchList;
import vn.gov.scorecard.indicators.IndicatorCounter;
import vn.gov.scorecard.indicators.ProvinceCoverage;
import vn.gov.scorecard.indicators.RunWarnings;
import vn.gov.scorecard.ingest.load.FileStats;
import vn.gov.scorecard.ingest.load.InputLoader;
import vn.gov.scorecard.ingest.load.RejectCapExceededException;
import vn.gov.scorecard.output.ArchiveSettings;
import vn.gov.scorecard.output.Checkpoint;
import vn.gov.scorecard.output.OutputPermissions;
import vn.gov.scorecard.output.PublishSettings;
import vn.gov.scorecard.output.RunJson;
import vn.gov.scorecard.output.RunOutputs;
import vn.gov.scorecard.output.ScorecardWorkbook;
import vn.gov.scorecard.period.CountingWindows;
import vn.gov.scorecard.reporting.ReportRenderer;
import vn.gov.scorecard.reporting.ReportSettings;
import vn.gov.scorecard.rules.RuleSet;
import vn.gov.scorecard.scoring.UnitScorer;

/**
 * The scorecard job, step by step. Each step is one transaction and keeps its results in
 * the database under the run's id, so a failed run restarts at the step that did not
 * finish.
 */
@Configuration(proxyBeanMethods = false)
public class ScorecardJobConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ScorecardJobConfiguration.class);

	public static final String JOB_NAME = "scorecard";

	private final JobRepository jobRepository;

	private final PlatformTransactionManager transactionManager;

	private final RecordsLock records;

	ScorecardJobConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RecordsLock records) {
		this.jobRepository = jobRepository;
		this.transactionManager = transactionManager;
		this.records = records;
	}

	@Bean
	Job scorecardJob(RunningJob runningJob, Step loadStep, Step countStep, Step scoreStep, Step reportStep,
			Step outputStep, Step publishStep) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(runningJob)
			.listener(records)
			.start(loadStep)
			.next(countStep)
			.next(scoreStep)
			.next(reportStep)
			.next(outputStep)
			.next(publishStep)
			.build();
	}

	/**
	 * 1. Load the input directory into the database: all of it, or nothing. A file with
	 * too many rejects fails the run; its rejects.csv goes to failed/ so the clerk can
	 * see why.
	 */
	@Bean
	Step loadStep(InputLoader loader, RunOutputs outputs, RunWarnings warnings, RunProperties properties) {
		return step("load", (run, context) -> {
			long runId = runId(context);
			List<FileStats> files;
			try {
				// a date after the day the load runs is a mistake; one after the as-of
				// date is only not counted
				InputLoader.Loaded loaded = loader.load(runId, run.input(), LocalDate.now(RunOptions.ZONE),
						properties.acceptUnitChanges());
				warnings.replace(runId, RunWarnings.Step.LOAD, loaded.warnings());
				files = loaded.files();
			}
			catch (RejectCapExceededException e) {
				Path rejects = run.folders().failed(runId).resolve("rejects.csv");
				outputs.writeRejects(runId, rejects);
				OutputPermissions.restrict(rejects.getParent());
				// the step's own count outlives the rolled-back load, for --history
				context.getStepContext().getStepExecution().setReadSkipCount(e.rejected());
				throw new RejectCapExceededException(
						e.getMessage() + "; nothing was loaded; the rejected rows are in " + rejects, e.rejected());
			}
			context.getStepContext().getStepExecution().setReadCount(files.stream().mapToLong(FileStats::read).sum());
			context.getStepContext()
				.getStepExecution()
				.setWriteCount(files.stream().mapToLong(FileStats::loaded).sum());
		});
	}

	/**
	 * 2. Count every indicator's numerator and denominator for the period and the eleven
	 * before it (the units' course), all periods in one statement per indicator.
	 */
	@Bean
	Step countStep(IndicatorCounter counter, RuleSet rules) {
		return step("count", (run, context) -> counter.count(runId(context), run.windows(), rules));
	}

	/**
	 * 3. Evaluate each period's counts under the rule set (an indicator whose records the
	 * province did not deliver, or which is not yet due, is NA for every unit); score,
	 * classify and rank the units; then name the units that fall short period after
	 * period (the watch list).
	 */
	@Bean
	Step scoreStep(UnitScorer scorer, WatchList watchList, RunWarnings warnings, RuleSet rules) {
		return step("score", (run, context) -> {
			for (CountingWindows windows : run.windows()) {
				ProvinceCoverage coverage = scorer.score(runId(context), windows, rules);
				if (windows.period().equals(run.period())) {
					warnings.replace(runId(context), RunWarnings.Step.SCORE, coverage.warnings());
				}
			}
			watchList.replace(runId(context), run.period(), rules);
		});
	}

	/**
	 * 4. Render every unit's scorecard and the ranking report as PDF into the run's work
	 * folder; a run that replaces another says in them what changed since.
	 */
	@Bean
	Step reportStep(ReportRenderer renderer, ReportSettings settings, RunWarnings warnings, ChangesFromReplaced changes,
			Checkpoint checkpoint) {
		return step("report", (run, context) -> {
			checkpoint.reached("report");
			Path work = run.folders().freshWork(runId(context));
			CountingWindows windows = run.windows().get(0);
			RunChanges changed = changes.of(runId(context), run);
			renderer.renderUnits(runId(context), windows, run.asOf(), changed, work);
			renderer.renderRanking(runId(context), windows, run.asOf(), changed, work);
			warnings.replace(runId(context), RunWarnings.Step.REPORT, settings.unsigned());
		});
	}

	/**
	 * 5. Write scores.csv, ranking.csv, rejects.csv, withdrawn.csv, scorecard.xlsx and,
	 * last, run.json into the work folder.
	 */
	@Bean
	Step outputStep(RunOutputs outputs, ScorecardWorkbook workbook, RunJson runJson, ChangesFromReplaced changes,
			Checkpoint checkpoint) {
		return step("output", (run, context) -> {
			long runId = runId(context);
			Path work = run.folders().work(runId);
			outputs.writeScores(runId, run.period(), work.resolve("scores.csv"));
			outputs.writeRanking(runId, run.period(), work.resolve("ranking.csv"));
			outputs.writeRejects(runId, work.resolve("rejects.csv"));
			outputs.writeWithdrawn(runId, work.resolve("withdrawn.csv"));
			checkpoint.reached("csv-written");
			JobExecution execution = context.getStepContext().getStepExecution().getJobExecution();
			RunJson.Run described = new RunJson.Run(runId, run.period(), run.asOf(), run.provisional(),
					run.replacesRunId(), changes.of(runId, run), execution.getStartTime(), LocalDateTime.now());
			workbook.write(described, work.resolve("scorecard.xlsx"));
			runJson.write(described, work.resolve("run.json"));
			OutputPermissions.restrict(work);
		});
	}

	/**
	 * 6. Put the finished run in the period folder's place in one exchange, and move the
	 * run it replaces to archive/, which keeps every run, or the newest
	 * scorecard.archive.keep of the period. Until here the period folder holds the
	 * previous complete run.
	 */
	@Bean
	Step publishStep(PublishSettings publish, ArchiveSettings archive, Checkpoint checkpoint) {
		return step("publish", (run, context) -> {
			Path archived = run.folders().publish(runId(context), publish.swap(), checkpoint);
			if (archived != null) {
				log.info("run {}: the run it replaces moved to {}", runId(context), archived);
			}
			run.folders()
				.pruneArchive(archive.keep())
				.forEach(old -> log.info(
						"run {}: {} deleted, the archive keeping the newest {} runs of {} (scorecard.archive.keep)",
						runId(context), old, archive.keep(), run.period()));
		});
	}

	/** The body of a step: what it does for the run. */
	@FunctionalInterface
	private interface StepWork {

		void run(RunParameters run, ChunkContext context) throws Exception;

	}

	private Step step(String name, StepWork work) {
		Tasklet tasklet = (contribution, context) -> {
			work.run(RunParameters.of(context), context);
			return RepeatStatus.FINISHED;
		};
		return new StepBuilder(name, jobRepository).tasklet(tasklet, transactionManager)
			.listener(STEP_LOG)
			.listener(records)
			.build();
	}

	/** Says which step a run is in, and how each ended and how long it took. */
	private static final StepExecutionListener STEP_LOG = new StepExecutionListener() {
		@Override
		public void beforeStep(StepExecution step) {
			log.info("run {}: step {} started", step.getJobExecution().getJobInstance().getInstanceId(),
					step.getStepName());
		}

		@Override
		public ExitStatus afterStep(StepExecution step) {
			long millis = step.getStartTime() == null ? 0
					: Duration.between(step.getStartTime(), LocalDateTime.now()).toMillis();
			log.info("run {}: step {} {} in {} ms", step.getJobExecution().getJobInstance().getInstanceId(),
					step.getStepName(), step.getStatus(), millis);
			return step.getExitStatus();
		}
	};

	/** A run is a job instance: a restart keeps its id, a rerun gets a new one. */
	private static long runId(ChunkContext context) {
		return context.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
	}

}

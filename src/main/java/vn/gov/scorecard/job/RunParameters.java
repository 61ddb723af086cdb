package vn.gov.scorecard.job;

import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.scope.context.ChunkContext;

import vn.gov.scorecard.period.Period;

/**
 * What one run of the job is for. {@code period} and {@code run} (the run's number within its
 * period: 1, then 2 for a rerun after 1 completed, …) identify the Spring Batch job instance;
 * the rest is carried along, so a restart resumes with exactly the parameters it started with.
 */
public record RunParameters(Period period, long run, Path input, Path output, LocalDate asOf, Long replacesRunId) {

	static final String PERIOD = "period";
	static final String RUN = "run";

	static JobParameters identifying(Period period, long run) {
		return new JobParametersBuilder().addString(PERIOD, period.toString()).addLong(RUN, run).toJobParameters();
	}

	JobParameters toJobParameters() {
		JobParametersBuilder builder = new JobParametersBuilder(identifying(period, run))
				.addString("input", input.toString(), false)
				.addString("output", output.toString(), false)
				.addLocalDate("asOf", asOf, false);
		if (replacesRunId != null) {
			builder.addLong("replacesRunId", replacesRunId, false);
		}
		return builder.toJobParameters();
	}

	static RunParameters from(JobParameters parameters) {
		return new RunParameters(Period.parse(parameters.getString(PERIOD)), parameters.getLong(RUN),
				Path.of(parameters.getString("input")), Path.of(parameters.getString("output")),
				parameters.getLocalDate("asOf"), parameters.getLong("replacesRunId"));
	}

	static RunParameters of(ChunkContext context) {
		return from(context.getStepContext().getStepExecution().getJobParameters());
	}

	/** Where this run's outputs go: {@code OUTPUT/<period>/}. */
	Path periodDirectory() {
		return output.resolve(period.toString());
	}
}

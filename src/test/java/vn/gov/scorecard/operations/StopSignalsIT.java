package vn.gov.scorecard.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.schedule.SchedulePlan;
import vn.gov.scorecard.support.ChildJvm;
import vn.gov.scorecard.support.SmallProvince;
import vn.gov.scorecard.support.TestDatabase;

/**
 * SIGTERM, as systemd stops a service, to a one-shot run and to the scheduled mode: each
 * stops at a safe point, says so, and the same command resumes the run (issue 24, point
 * 8; decision 38).
 */
class StopSignalsIT {

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	@Test
	void sigtermStopsAOneShotRunAtASafePointAndTheSameCommandResumesIt(@TempDir Path work) throws Exception {
		Path input = work.resolve("in");
		SmallProvince.write(input, 11);
		Path out = work.resolve("out");
		try (TestDatabase database = TestDatabase.create()) {
			String[] arguments = { "--input=" + input, "--period=2026-09", "--output=" + out, "--as-of=2026-10-05",
					database.springArguments()[0], database.springArguments()[1] };
			try (ChildJvm run = ChildJvm.start(work.resolve("run.log"), arguments)) {
				run.await("the report step", PATIENCE, () -> run.output().contains("step report started"));
				run.terminate();
				run.finished(9);
				assertThat(run.output())
					.contains("SIGTERM received: stopping at a safe point",
							"scorecard: run 1 of 2026-09 stopped at a safe point; the same command resumes it")
					.doesNotContain("\tat ", "Exception", "ERROR");
			}
			assertThat(database.jdbc()
				.queryForObject("SELECT status FROM batch_job_execution ORDER BY job_execution_id DESC LIMIT 1",
						String.class))
				.isEqualTo("STOPPED");
			assertThat(out.resolve("2026-09")).doesNotExist();
			try (ChildJvm resumed = ChildJvm.start(work.resolve("resumed.log"), arguments)) {
				assertThat(resumed.finished(0).output()).contains("resuming run 1 of 2026-09");
			}
			assertThat(out.resolve("2026-09/run.json")).exists();
		}
	}

	@Test
	void sigtermStopsTheScheduledModeAtASafePointResumablyAndExitsZero(@TempDir Path work) throws Exception {
		Path input = work.resolve("in");
		SmallProvince.write(input, 11);
		Path out = work.resolve("out");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		// the oldest period a tick today finds due, which it runs first
		Period period = SchedulePlan.due(today, 5).get(0);
		try (TestDatabase database = TestDatabase.create()) {
			String[] db = database.springArguments();
			try (ChildJvm scheduled = ChildJvm.start(work.resolve("scheduled.log"), "--schedule", db[0], db[1],
					"--scorecard.input=" + input, "--scorecard.output=" + out,
					"--scorecard.schedule.cron=* * * * * *")) {
				scheduled.await("the report step", PATIENCE, () -> scheduled.output().contains("step report started"));
				scheduled.terminate();
				scheduled.finished(0);
				assertThat(scheduled.output())
					.contains("scheduled mode: stopping", "asked to stop",
							"stopped at a safe point; the same command resumes it", "scheduled mode stopped")
					.doesNotContain("Exception", "\tat ", "ERROR");
			}
			assertThat(database.jdbc()
				.queryForObject("SELECT status FROM batch_job_execution ORDER BY job_execution_id DESC LIMIT 1",
						String.class))
				.isEqualTo("STOPPED");
			assertThat(out.resolve(period.toString())).doesNotExist();
			try (ChildJvm resumed = ChildJvm.start(work.resolve("resumed.log"), "--input=" + input,
					"--period=" + period, "--output=" + out, "--as-of=" + today, db[0], db[1])) {
				assertThat(resumed.finished(0).output()).contains("resuming run 1 of " + period);
			}
			assertThat(out.resolve(period + "/run.json")).exists();
		}
	}

}

package vn.gov.scorecard.schedule;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.job.RunCommand;
import vn.gov.scorecard.job.RunOptions;
import vn.gov.scorecard.period.Period;

/**
 * The scheduled mode ({@code --schedule}): the process stays up and, on the cron (default 02:00 on
 * the 1st of each month, Asia/Ho_Chi_Minh), runs the job for every period that has just ended,
 * reading {@code scorecard.input} and writing to {@code scorecard.output}, with the day it runs
 * as the as-of date. A run that fails is logged with its reason and the schedule goes on.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty("schedule")
class ScheduledRuns {

	private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

	private final RunCommand command;
	private final Path input;
	private final Path output;
	private final Clock clock;

	ScheduledRuns(RunCommand command, @Value("${scorecard.input}") Path input, @Value("${scorecard.output}") Path output,
			@Value("${scorecard.schedule.cron:0 0 2 1 * *}") String cron,
			@Value("${scorecard.schedule.zone:Asia/Ho_Chi_Minh}") String zone) {
		this.command = command;
		this.input = input;
		this.output = output;
		this.clock = Clock.system(ZoneId.of(zone));
		log.info("scheduled mode: cron '{}' in {}, input {}, output {}", cron, zone, input, output);
	}

	@Scheduled(cron = "${scorecard.schedule.cron:0 0 2 1 * *}", zone = "${scorecard.schedule.zone:Asia/Ho_Chi_Minh}")
	void runPeriodsJustEnded() {
		LocalDate today = LocalDate.now(clock);
		for (Period period : SchedulePlan.periodsEndedBefore(today)) {
			try {
				log.info("scheduled run of {} (as of {})", period, today);
				command.execute(new RunOptions(period, input, output, today));
			}
			catch (Exception e) {
				log.error("scheduled run of {} failed (exit code {}): {}", period, ExitCode.of(e).code(), ExitCode.reason(e));
			}
		}
	}
}

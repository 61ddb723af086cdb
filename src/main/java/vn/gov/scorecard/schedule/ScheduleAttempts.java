package vn.gov.scorecard.schedule;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.period.Period;

/**
 * What the scheduled mode tried, tick by tick: each attempt's period, outcome and the
 * situation it met, so that a failed attempt is retried only once something changed.
 */
@Component
class ScheduleAttempts {

	private final JdbcTemplate jdbc;

	ScheduleAttempts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void record(Period period, LocalDate day, LocalDate asOf, long runId, String outcome, ExitCode exit,
			SchedulePlan.Situation situation) {
		jdbc.update("""
				INSERT INTO schedule_attempt (period, tick_on, as_of, run_id, outcome, exit_code, situation)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", period.toString(), day, asOf, runId, outcome, exit.code(),
				situation.whole());
	}

	/** Each period's last attempt, where it did not complete, by period. */
	Map<String, SchedulePlan.Failed> lastFailed() {
		return jdbc
			.query("""
					SELECT DISTINCT ON (period) period, run_id, as_of, outcome, exit_code, situation FROM schedule_attempt
					ORDER BY period, attempted_at DESC""",
					(row, i) -> Map.entry(row.getString(1),
							new SchedulePlan.Failed(row.getLong(2), row.getObject(3, LocalDate.class), row.getString(4),
									ExitCode.ofCode(row.getInt(5)), row.getString(6))))
			.stream()
			.filter(e -> !e.getValue().outcome().equals("COMPLETED"))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}

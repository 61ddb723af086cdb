package vn.gov.scorecard.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.support.Pipeline;

/** TASK_ON_TIME (R8) for 2026-Q1: window 2026-01-01 … 2026-03-31. */
class TaskIndicatorTest {

	@Test
	void tasksDueInTheWindowAndTasksCarriedOverOpen(@TempDir Path input) {
		try (Pipeline pipeline = Pipeline.on(input)
			.file("units.csv", "unit_code,unit_name,unit_type\nSO1,Sở Xây dựng,SO\n")
			.file("tasks.csv", """
					unit_code,task_id,source_doc,assigned_on,due_on,completed_on
					SO1,T1,7176/UBND-NC,2026-01-05,2026-02-01,2026-02-01
					SO1,T2,,2026-01-05,2026-03-31,2026-04-02
					SO1,T3,,2026-01-05,2026-03-15,
					SO1,T4,,2025-11-01,2025-12-15,
					SO1,T5,,2025-11-01,2025-12-15,2025-12-20
					SO1,T6,,2025-11-01,2025-12-15,2026-01-01
					SO1,T7,,2026-03-01,2026-04-30,2026-03-20
					SO1,T8,,2025-12-01,2026-01-01,2025-12-31
					""")) {
			pipeline.load(LocalDate.of(2026, 4, 10));
			pipeline.score("2026-Q1");
			// due in the window: T1 (done on the due day: on time), T2 (due on the last
			// day, done after: late),
			// T3 (open: late), T8 (due on the first day, done early: on time)
			// carried over, due before the window and open at its start: T4 (still open:
			// late),
			// T6 (done on the window's first day, so open at its start: late)
			// out: T5 (done before the window), T7 (due after it)
			// → 2 of 6
			assertThat(pipeline.result("2026-Q1", "SO1", "TASK_ON_TIME")).containsEntry("numerator", 2L)
				.containsEntry("denominator", 6L)
				.containsEntry("status", "NOT_MET");
		}
	}

}

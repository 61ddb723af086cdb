package vn.gov.scorecard.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.period.CountingWindows;
import vn.gov.scorecard.support.Pipeline;

/** SPEC v2 §6: an annex states what was known at the window's end, in a natural order. */
class AnnexTest {

	@Test
	void lateTasksAsKnownAtTheWindowsEndMostDaysLateFirstThenByDateThenByNumber(@TempDir Path input) {
		try (Pipeline pipeline = Pipeline.on(input)
			.file("units.csv", "unit_code,unit_name,unit_type\nSO1,Sở Nội vụ,SO\n")
			.file("tasks.csv", """
					unit_code,task_id,assigned_on,due_on,completed_on
					SO1,NV-11,2026-08-01,2026-09-20,
					SO1,NV-2,2026-08-01,2026-09-20,
					SO1,NV-10,2026-08-01,2026-09-20,
					SO1,NV-9,2026-08-01,2026-09-10,2026-09-25
					SO1,NV-1,2026-08-01,2026-09-01,2026-10-05
					SO1,NV-3,2026-08-01,2026-09-15,2026-09-14
					""")) {
			// a later run of September, once NV-1 was finished in October
			pipeline.load(LocalDate.of(2026, 10, 31));
			pipeline.score("2026-09");
			CountingWindows september = CountingWindows.asOf(Period.parse("2026-09"), LocalDate.of(2026, 10, 31));
			Annex annex = pipeline.records()
				.failedRecords(Indicator.TASK_ON_TIME, september, Pipeline.RULES, List.of("SO1"), 20)
				.get("SO1");
			// NV-1 is shown open at 30 September, 29 days late (not "completed
			// 05/10/2026", which was
			// not known then); NV-9: 25 − 10 = 15 days; the three due on 20 September: 10
			// days each,
			// by number as numbers: 2, 10, 11; NV-3 was on time and is not listed
			assertThat(annex.total()).isEqualTo(5);
			assertThat(annex.items()).containsExactly(
					"Nhiệm vụ NV-1, giao ngày 01/08/2026, hạn 01/09/2026, chưa hoàn thành khi hết kỳ: trễ 29 ngày",
					"Nhiệm vụ NV-9, giao ngày 01/08/2026, hạn 10/09/2026, hoàn thành 25/09/2026: trễ 15 ngày",
					"Nhiệm vụ NV-2, giao ngày 01/08/2026, hạn 20/09/2026, chưa hoàn thành khi hết kỳ: trễ 10 ngày",
					"Nhiệm vụ NV-10, giao ngày 01/08/2026, hạn 20/09/2026, chưa hoàn thành khi hết kỳ: trễ 10 ngày",
					"Nhiệm vụ NV-11, giao ngày 01/08/2026, hạn 20/09/2026, chưa hoàn thành khi hết kỳ: trễ 10 ngày");
		}
	}

}

package vn.gov.scorecard.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.ingest.load.FileStats;
import vn.gov.scorecard.support.Pipeline;

/**
 * The as-of date is the run's "now" for every record the database holds (SPEC §2 v3):
 * records first dated after it are left out, completions after it are not yet made, and
 * none of them is a reject.
 */
class AsOfTest {

	@Test
	void anOldPeriodRunAgainOnTodaysCumulativeFilesCountsWhatHadHappenedByItsAsOfDate(@TempDir Path input) {
		StringBuilder meetings = new StringBuilder("unit_code,meeting_id,held_on,category,format,duration_days\n");
		// 2024: 10 meetings; 2025: 8, of which 5 online; 2026 (to November): 12 — 12 of
		// 30 rows dated after
		// 5 January 2026, which the rule before v3 rejected (40% of the file: the cap
		// failed the run)
		meetings(meetings, "Y24-", 10, "2024-05-06", "TRUC_TIEP");
		meetings(meetings, "Y25-ON-", 5, "2025-05-06", "TRUC_TUYEN");
		meetings(meetings, "Y25-IN-", 3, "2025-11-06", "TRUC_TIEP");
		meetings(meetings, "Y26-", 12, "2026-11-02", "TRUC_TIEP");
		try (Pipeline pipeline = Pipeline.on(input).file("units.csv", """
				unit_code,unit_name,unit_type
				SO01,Sở Nội vụ,SO
				""").file("meetings.csv", meetings.toString()).file("tasks.csv", """
				unit_code,task_id,assigned_on,due_on,completed_on
				SO01,T1,2025-12-01,2026-01-20,2026-01-15
				""")) {
			List<FileStats> stats = pipeline.load(LocalDate.of(2026, 1, 5));
			assertThat(stats.get(1)).extracting(FileStats::read, FileStats::loaded, FileStats::rejected)
				.containsExactly(30L, 30L, 0L);
			pipeline.score("2025-12");
			// the figures as then: 2025 against 2024 → 1 − 8/10 = 0.2 (met, ≥ 10%);
			// online 5 of 8 = 0.625 (met, ≥ 60%)
			Map<String, Object> cut = pipeline.result("2025-12", "SO01", "MEETING_REDUCTION");
			assertThat(cut).containsEntry("numerator", 8L)
				.containsEntry("denominator", 10L)
				.containsEntry("status", "MET");
			assertThat((BigDecimal) cut.get("value")).isEqualByComparingTo("0.2");
			assertThat(pipeline.result("2025-12", "SO01", "ONLINE_SHARE")).containsEntry("numerator", 5L)
				.containsEntry("denominator", 8L);
			// a task assigned in December, due 20 January and done on 15 January, after
			// the as-of date: on
			// 5 January it was neither due nor done, so December has no task to judge
			assertThat(pipeline.result("2025-12", "SO01", "TASK_ON_TIME")).containsEntry("denominator", 0L);
		}
	}

	@Test
	void aProvisionalMonthCountsACompletionAfterItsAsOfDateAsNotYetMade(@TempDir Path input) {
		try (Pipeline pipeline = Pipeline.on(input).file("units.csv", """
				unit_code,unit_name,unit_type
				SO01,Sở Nội vụ,SO
				""").file("tasks.csv", """
				unit_code,task_id,assigned_on,due_on,completed_on
				SO01,T1,2026-03-01,2026-03-05,2026-03-04
				SO01,T2,2026-03-01,2026-03-10,2026-03-09
				SO01,T3,2026-03-12,2026-03-20,2026-03-19
				""").file("work_items.csv", """
				unit_code,item_id,kind,received_on,due_on,completed_on,processed_digitally
				SO01,H1,TTHC,2026-03-02,2026-03-20,2026-03-18,true
				SO01,H2,TTHC,2026-03-02,2026-03-06,2026-03-09,true
				""")) {
			// March as of the 8th (provisional): the window ends on the 8th
			pipeline.load(LocalDate.of(2026, 3, 8));
			pipeline.score("2026-03");
			// T1 due on the 5th, done on the 4th: on time. T2 (due the 10th) and T3
			// (assigned the 12th) are
			// not yet due on the 8th and T3 did not exist yet → 1/1
			assertThat(pipeline.result("2026-03", "SO01", "TASK_ON_TIME")).containsEntry("numerator", 1L)
				.containsEntry("denominator", 1L);
			// H1 is open on the 8th (done on the 18th) and due on the 20th: on time so
			// far; H2, due on the 6th,
			// is open on the 8th (done on the 9th, after the as-of date): late → 1/2
			assertThat(pipeline.result("2026-03", "SO01", "DOSSIER_ON_TIME")).containsEntry("numerator", 1L)
				.containsEntry("denominator", 2L);
		}
	}

	private static void meetings(StringBuilder csv, String prefix, int count, String heldOn, String format) {
		for (int i = 1; i <= count; i++) {
			csv.append("SO01,")
				.append(prefix)
				.append(i)
				.append(',')
				.append(heldOn)
				.append(",CHUYEN_MON,")
				.append(format)
				.append(",1\n");
		}
	}

}

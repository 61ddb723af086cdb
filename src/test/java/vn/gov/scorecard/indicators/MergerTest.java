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
import vn.gov.scorecard.period.CountingWindows;
import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.support.Pipeline;

/**
 * A merger in the middle of a month (SPEC §2 v3): two communes dissolved on 15 March 2026
 * into a new one established that day. Their clerks keep writing the old codes after the
 * 15th; those records are kept under the old codes and counted for the successor, and
 * nothing is rejected.
 */
class MergerTest {

	private static final String UNITS = """
			unit_code,unit_name,unit_type,predecessor_codes,established_on,dissolved_on
			OLD1,Ủy ban nhân dân xã Hòa Bình,XA,,,2026-03-15
			OLD2,Ủy ban nhân dân xã Tân Lập,XA,,,2026-03-15
			NEW,Ủy ban nhân dân xã Hòa Tân,XA,OLD1;OLD2,2026-03-15,
			""";

	@Test
	void theOldCodesUsedAfterTheMergerCountForTheSuccessor(@TempDir Path input) {
		StringBuilder documents = new StringBuilder("unit_code,doc_id,issued_on\n");
		// previous YTD (1 January – 31 March 2025): OLD1 13, OLD2 15 = 28
		documents(documents, "OLD1", "P", 13, "2025-02-10");
		documents(documents, "OLD2", "P", 15, "2025-03-10");
		// YTD 2026: OLD1 4 before the 15th and 8 under its old code on and after it (15
		// and 20 March),
		// OLD2 5 before, NEW 4 of its own
		documents(documents, "OLD1", "A", 4, "2026-03-02");
		documents(documents, "OLD1", "B", 1, "2026-03-15");
		documents(documents, "OLD1", "C", 7, "2026-03-20");
		documents(documents, "OLD2", "A", 5, "2026-03-05");
		documents(documents, "NEW", "A", 4, "2026-03-25");
		try (Pipeline pipeline = Pipeline.on(input)
			.file("units.csv", UNITS)
			.file("documents.csv", documents.toString())
			.file("tasks.csv", """
					unit_code,task_id,assigned_on,due_on,completed_on
					OLD2,T1,2026-03-01,2026-03-25,
					""")
			.file("work_items.csv", """
					unit_code,item_id,kind,received_on,due_on,completed_on,processed_digitally
					OLD1,H1,TTHC,2026-03-05,2026-03-10,2026-03-12,true
					OLD1,W1,CONG_VIEC,2026-03-16,,,true
					""")) {
			// 8 of the 49 documents carry a dissolved unit's code after its dissolution:
			// under the
			// rule before v3 they were rejected (16% of the file) and the cap failed the
			// run
			List<FileStats> stats = pipeline.load(LocalDate.of(2026, 4, 10));
			assertThat(stats).extracting(FileStats::rejected).containsOnly(0L);
			assertThat(stats.get(1).loaded()).isEqualTo(49);
			pipeline.score("2026-03");

			// NEW: YTD 4 + 8 (OLD1) + 5 (OLD2) + 4 = 21 against 28 → 1 − 21/28 = 0.25,
			// met (≥ 15%)
			Map<String, Object> cut = pipeline.result("2026-03", "NEW", "DOC_REDUCTION");
			assertThat(cut).containsEntry("numerator", 21L)
				.containsEntry("denominator", 28L)
				.containsEntry("status", "MET");
			assertThat((BigDecimal) cut.get("value")).isEqualByComparingTo("0.25");
			// OLD1 is still scored in March (it existed from 1 to 14 March): only its own
			// 4 against 13
			assertThat(pipeline.result("2026-03", "OLD1", "DOC_REDUCTION")).containsEntry("numerator", 4L)
				.containsEntry("denominator", 13L);
			// OLD2's task falls due on 25 March, after the merger: pending work passes to
			// NEW
			assertThat(pipeline.result("2026-03", "NEW", "TASK_ON_TIME")).containsEntry("numerator", 0L)
				.containsEntry("denominator", 1L)
				.containsEntry("status", "NOT_MET");
			assertThat(pipeline.result("2026-03", "OLD2", "TASK_ON_TIME")).containsEntry("denominator", 0L)
				.containsEntry("status", "NA");
			// OLD1's dossier fell due on 10 March, before the merger: it stays OLD1's
			// (completed 2 days late)
			assertThat(pipeline.result("2026-03", "OLD1", "DOSSIER_ON_TIME")).containsEntry("numerator", 0L)
				.containsEntry("denominator", 1L);
			// the work item received on 16 March under OLD1's code is NEW's; the dossier
			// stays OLD1's
			assertThat(pipeline.result("2026-03", "NEW", "DIGITAL_RATE")).containsEntry("numerator", 1L)
				.containsEntry("denominator", 1L);
			assertThat(pipeline.result("2026-03", "OLD1", "DIGITAL_RATE")).containsEntry("numerator", 1L)
				.containsEntry("denominator", 1L);

			// one warning for OLD1: 8 documents and 1 work item first dated on or after
			// the 15th; none for
			// OLD2, whose task was assigned before the merger under the right code. This
			// load reads no record
			// file (the same files again): it takes the warning the first load found
			// (handed_over_state)
			assertThat(pipeline.loadWarnings(LocalDate.of(2026, 4, 10))).containsExactly(
					"OLD1: 9 bản ghi ghi mã của đơn vị đã giải thể ngày 15/03/2026 (có ngày từ ngày giải thể) được tính"
							+ " cho đơn vị kế thừa NEW; từ nay hãy ghi mã NEW");
		}
	}

	@Test
	void aSuccessorDissolvedInTurnHandsOnAndTheOneEstablishedThatDayIsPreferred(@TempDir Path input) {
		try (Pipeline pipeline = Pipeline.on(input).file("units.csv", """
				unit_code,unit_name,unit_type,predecessor_codes,established_on,dissolved_on
				A,Xã A,XA,,,2025-07-01
				B,Xã B,XA,A,2025-07-01,2026-03-15
				AA,Xã AA,XA,A,2025-01-01,
				C,Xã C,XA,B,2026-03-15,
				""").file("documents.csv", """
				unit_code,doc_id,issued_on
				A,D1,2025-06-30
				A,D2,2025-08-01
				A,D3,2026-03-20
				""")) {
			pipeline.load(LocalDate.of(2026, 4, 10));
			assertThat(pipeline.rejects()).isEmpty();
			// A's successors are B (established on A's dissolution day) and AA (lower
			// code): B is preferred;
			// B was dissolved in turn on 15 March 2026 into C
			assertThat(pipeline.database()
				.jdbc()
				.queryForList(
						"""
								SELECT d.doc_id || ' ' || d.unit_code FROM document_as_of(DATE '2026-04-10') d ORDER BY d.doc_id""",
						String.class))
				.containsExactly("D1 A", "D2 B", "D3 C");
		}
	}

	/**
	 * What the year's cut is measured against at the year's end (decision 84): the whole
	 * previous year of the successor's territory, its predecessors' documents included.
	 */
	@Test
	void theWholePreviousYearOfAMergedUnitCountsItsPredecessors(@TempDir Path input) {
		StringBuilder documents = new StringBuilder("unit_code,doc_id,issued_on\n");
		// 2025: OLD1 13 in February and 10 in October, OLD2 15 in March = 38; 2026: NEW 4
		documents(documents, "OLD1", "P", 13, "2025-02-10");
		documents(documents, "OLD1", "Q", 10, "2025-10-10");
		documents(documents, "OLD2", "P", 15, "2025-03-10");
		documents(documents, "NEW", "A", 4, "2026-03-25");
		try (Pipeline pipeline = Pipeline.on(input)
			.file("units.csv", UNITS)
			.file("documents.csv", documents.toString())
			.file("meetings.csv", """
					unit_code,meeting_id,held_on,title,category,format,duration_days
					OLD2,M1,2025-11-04,Họp giao ban,KHAC,TRUC_TUYEN,0.5
					""")) {
			assertThat(pipeline.load(LocalDate.of(2026, 4, 10))).extracting(FileStats::rejected).containsOnly(0L);
			var windows = CountingWindows.asOf(Period.parse("2026-03"), LocalDate.of(2026, 4, 10));
			assertThat(pipeline.records().previousYear(windows, Pipeline.RULES))
				.containsEntry("NEW", Map.of(Indicator.DOC_REDUCTION, 38L, Indicator.MEETING_REDUCTION, 1L))
				// OLD1, dissolved in March, has no year's end to be measured at
				.doesNotContainKey("OLD1");
			// only NEW's annex says its cut counts its predecessors' records
			assertThat(pipeline.records().withPredecessors(List.of("NEW", "OLD1", "OLD2"))).containsExactly("NEW");
		}
	}

	private static void documents(StringBuilder csv, String unit, String prefix, int count, String issuedOn) {
		for (int i = 1; i <= count; i++) {
			csv.append(unit).append(',').append(prefix).append(i).append(',').append(issuedOn).append('\n');
		}
	}

}

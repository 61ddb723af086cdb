package vn.gov.scorecard.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.support.Pipeline;

/**
 * DIGITAL_RATE (R1) and DOSSIER_ON_TIME (R9) for March 2026: window 2026-03-01 …
 * 2026-03-31.
 */
class WorkItemIndicatorsTest {

	private static Pipeline pipeline;

	@BeforeAll
	static void load(@TempDir Path input) {
		pipeline = Pipeline.on(input).file("units.csv", """
				unit_code,unit_name,unit_type
				SO1,Sở Tư pháp,SO
				SO2,Sở Y tế,SO
				""").file("work_items.csv", """
				unit_code,item_id,kind,received_on,due_on,completed_on,processed_digitally,state_secret
				SO1,W1,CONG_VIEC,2026-03-02,,,true,false
				SO1,W2,CONG_VIEC,2026-03-31,,,no,
				SO1,W3,CONG_VIEC,2026-03-05,,,false,true
				SO1,W4,CONG_VIEC,2026-02-28,,,false,false
				SO1,W5,TTHC,2026-03-03,2026-03-10,2026-03-10,có,không
				SO1,W6,TTHC,2026-02-10,2026-03-20,2026-03-21,1,0
				SO1,W7,TTHC,2026-03-15,2026-03-31,,true,false
				SO1,W8,TTHC,2026-03-15,2026-03-30,,true,false
				SO1,W9,TTHC,2026-01-10,2026-02-10,2026-02-15,true,false
				SO1,W10,TTHC,2026-03-20,2026-04-10,2026-04-02,true,false
				SO1,W11,TTHC,2026-04-01,2026-04-10,,true,false
				SO1,W12,TTHC,2026-03-01,2026-03-05,2026-03-04,false,true
				SO1,W13,TTHC,2026-01-05,2026-01-20,,true,false
				SO2,W1,CONG_VIEC,2026-03-10,,,TRUE,
				""");
		pipeline.load(LocalDate.of(2026, 4, 5));
		pipeline.score("2026-03");
	}

	@AfterAll
	static void close() {
		pipeline.close();
	}

	@Test
	void digitalRateCountsItemsReceivedInTheWindowExceptStateSecrets() {
		// received in March and not secret: W1, W2 (last day), W5, W7, W8, W10, W12 is
		// secret (out),
		// W3 is secret (out); W4, W6, W9, W13 were received before March, W11 after.
		// → 6 items, of which W2 was not processed digitally → 5/6 = 0.8333…, 20 × 5/6 =
		// 16.6667 points,
		// each rounded half away from zero to the 4 decimals every output prints
		Map<String, Object> result = pipeline.result("2026-03", "SO1", "DIGITAL_RATE");
		assertThat(result).containsEntry("numerator", 5L)
			.containsEntry("denominator", 6L)
			.containsEntry("status", "NOT_MET");
		assertThat((BigDecimal) result.get("value")).isEqualByComparingTo("0.8333");
		assertThat((BigDecimal) result.get("points")).isEqualByComparingTo("16.6667");
	}

	@Test
	void digitalRateOfExactlyAllIsMet() {
		Map<String, Object> result = pipeline.result("2026-03", "SO2", "DIGITAL_RATE");
		assertThat(result).containsEntry("numerator", 1L)
			.containsEntry("denominator", 1L)
			.containsEntry("status", "MET");
		assertThat((BigDecimal) result.get("points")).isEqualByComparingTo("20");
	}

	@Test
	void dossiersAreJudgedWhenCompletedInTheWindowOrStillOpenAtItsEnd() {
		// W5 completed 03-10, due 03-10 → on time (on the due day)
		// W6 completed 03-21, due 03-20 → late
		// W7 open at 03-31, due 03-31 (last day) → on time
		// W8 open at 03-31, due 03-30 (day before) → late
		// W10 completed 04-02, after the window: open at its end, due 04-10 ≥ 03-31 → on
		// time
		// W12 secret, completed 03-04, due 03-05 → on time (secrets are exempt from R1
		// only)
		// W13 received in January, still open, due 01-20 → late
		// W9 completed in February and W11 received in April are outside; CONG_VIEC items
		// are not dossiers
		// → 4 of 7
		Map<String, Object> result = pipeline.result("2026-03", "SO1", "DOSSIER_ON_TIME");
		assertThat(result).containsEntry("numerator", 4L)
			.containsEntry("denominator", 7L)
			.containsEntry("status", "NOT_MET");
	}

	@Test
	void noDossierMeansNotApplicableWithAReason() {
		Map<String, Object> result = pipeline.result("2026-03", "SO2", "DOSSIER_ON_TIME");
		assertThat(result).containsEntry("numerator", 0L)
			.containsEntry("denominator", 0L)
			.containsEntry("status", "NA")
			.containsEntry("value", null)
			.containsEntry("points", null)
			.containsEntry("reason", "không có hồ sơ TTHC giải quyết trong kỳ");
	}

}

package vn.gov.scorecard.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.EmptyResultDataAccessException;

import vn.gov.scorecard.support.Pipeline;

/**
 * DURATION_OK, SPEECH_OK (R5, R6), ONLINE_SHARE (R3), NO_SUMMONS (R7) and WIDE_CONF_LIMIT
 * for March 2026: window 2026-03-01 … 2026-03-31, YTD 2026-01-01 … 2026-03-31.
 */
class MeetingIndicatorsTest {

	private static Pipeline pipeline;

	@BeforeAll
	static void load(@TempDir Path input) {
		pipeline = Pipeline.on(input)
			.file("units.csv", """
					unit_code,unit_name,unit_type
					SO1,Sở Văn hóa,SO
					SO2,Sở Tài chính,SO
					SO3,Sở Công Thương,SO
					X1,Ủy ban nhân dân xã Hồng Thái,XA
					X2,Ủy ban nhân dân xã Minh Quang,XA
					X3,Ủy ban nhân dân xã Lâm Bình,XA
					""")
			.file("meetings.csv",
					"""
							unit_code,meeting_id,held_on,category,format,duration_days,opening_speech_min,closing_remarks_min,max_presentation_min,summons_commune_officials,state_secret,scale
							SO1,D1,2026-03-02,QUAN_TRIET,TRUC_TUYEN,0.5,10,,,,,
							SO1,D2,2026-03-03,QUAN_TRIET,TRUC_TUYEN,0.6,11,,,,,
							SO1,D3,2026-03-04,CHUYEN_MON,TRUC_TUYEN,1,,50,,,,
							SO1,D4,2026-03-05,CHUYEN_MON,TRUC_TUYEN,1.5,,51,,,,
							SO1,D5,2026-03-06,QUAN_TRONG,TRUC_TUYEN,1.5,,,10,,,
							SO1,D6,2026-03-09,QUAN_TRONG,TRUC_TUYEN,2,,,11,,,
							SO1,D7,2026-03-10,KHAC,TRUC_TUYEN,5,10,50,10,,,
							SO1,D8,2026-03-11,CHUYEN_MON,TRUC_TUYEN,1,,,,,,
							SO1,D9,2026-02-27,QUAN_TRIET,TRUC_TUYEN,3,30,,,,,
							SO2,M1,2026-03-02,CHUYEN_MON,TRUC_TIEP,1,,,,true,false,
							SO2,M2,2026-03-03,CHUYEN_MON,TRUC_TIEP,1,,,,true,true,
							SO2,M3,2026-03-04,CHUYEN_MON,TRUC_TUYEN,1,,,,false,false,
							SO2,M4,2026-03-05,CHUYEN_MON,TRUC_TUYEN,1,,,,,,
							SO2,M5,2026-01-06,CHUYEN_MON,KET_HOP,1,,,,true,false,TOAN_TINH
							SO3,M1,2026-01-10,CHUYEN_MON,TRUC_TIEP,1,,,,,,
							SO3,M2,2026-02-10,CHUYEN_MON,KET_HOP,1,,,,,,
							X1,M1,2026-01-10,QUAN_TRIET,TRUC_TIEP,0.5,,,,,,TOAN_XA
							X1,M2,2026-02-10,QUAN_TRIET,TRUC_TIEP,0.5,,,,,,TOAN_XA
							X1,M3,2026-03-10,QUAN_TRIET,TRUC_TIEP,0.5,,,,,,TOAN_XA
							X1,M4,2025-12-10,QUAN_TRIET,TRUC_TIEP,0.5,,,,,,TOAN_XA
							X2,M1,2026-01-10,QUAN_TRIET,TRUC_TIEP,0.5,,,,,,TOAN_XA
							X2,M2,2026-01-20,QUAN_TRIET,TRUC_TIEP,0.5,,,,,,TOAN_XA
							X2,M3,2026-02-10,QUAN_TRIET,TRUC_TIEP,0.5,,,,,,TOAN_XA
							X2,M4,2026-03-10,QUAN_TRIET,TRUC_TIEP,0.5,,,,,,TOAN_XA
							""");
		pipeline.load(LocalDate.of(2026, 4, 1));
		pipeline.score("2026-03");
	}

	@AfterAll
	static void close() {
		pipeline.close();
	}

	@Test
	void durationIsWithinTheLimitOfItsCategoryAtTheLimitAndNotJustOver() {
		// D1 QUAN_TRIET 0.5 ok, D2 0.6 over; D3 CHUYEN_MON 1 ok, D4 1.5 over; D5
		// QUAN_TRONG 1.5 ok,
		// D6 2 over; D8 CHUYEN_MON 1 ok; D7 is KHAC (out); D9 is in February (out) → 4 of
		// 7
		assertThat(pipeline.result("2026-03", "SO1", "DURATION_OK")).containsEntry("numerator", 4L)
			.containsEntry("denominator", 7L)
			.containsEntry("status", "NOT_MET");
	}

	@Test
	void speechesAtTheLimitsPassAndOneMinuteOverFails() {
		// D1 opening 10 ok, D2 opening 11 over, D3 closing 50 ok, D4 closing 51 over,
		// D5 presentation 10 ok, D6 presentation 11 over, D7 10/50/10 ok (KHAC counts
		// here);
		// D8 has no speech column filled (out), D9 is in February (out) → 4 of 7
		assertThat(pipeline.result("2026-03", "SO1", "SPEECH_OK")).containsEntry("numerator", 4L)
			.containsEntry("denominator", 7L)
			.containsEntry("status", "NOT_MET");
	}

	@Test
	void onlineShareOfExactlySixtyPercentIsMetAndHybridCountsAsOnline() {
		// SO2's YTD: M1, M2 in person; M3, M4 online; M5 hybrid → 3 of 5 = 60% → full 10
		// points
		var result = pipeline.result("2026-03", "SO2", "ONLINE_SHARE");
		assertThat(result).containsEntry("numerator", 3L)
			.containsEntry("denominator", 5L)
			.containsEntry("status", "MET");
		assertThat((BigDecimal) result.get("points")).isEqualByComparingTo("10");
	}

	@Test
	void onlineShareBelowTargetEarnsPointsInProportion() {
		// SO3: 1 of 2 online = 50%; attainment 0.5 / 0.6 = 0.8333…; 10 × that = 8.3333…
		// points
		var result = pipeline.result("2026-03", "SO3", "ONLINE_SHARE");
		assertThat(result).containsEntry("numerator", 1L)
			.containsEntry("denominator", 2L)
			.containsEntry("status", "NOT_MET");
		assertThat(((BigDecimal) result.get("points")).setScale(4, java.math.RoundingMode.HALF_UP))
			.isEqualByComparingTo("8.3333");
	}

	@Test
	void summoningCommuneOfficialsToAnInPersonMeetingFailsUnlessItIsASecret() {
		// SO2's in-person meetings in March: M1 summons (violation), M2 summons but state
		// secret (allowed);
		// M5 summoned to a hybrid meeting and is in January: out → 1 of 2
		assertThat(pipeline.result("2026-03", "SO2", "NO_SUMMONS")).containsEntry("numerator", 1L)
			.containsEntry("denominator", 2L)
			.containsEntry("status", "NOT_MET");
		// SO1 held no in-person meeting in March
		assertThat(pipeline.result("2026-03", "SO1", "NO_SUMMONS")).containsEntry("status", "NA");
	}

	@Test
	void communeWideConferencesAreCountedYearToDateAgainstTheLimitOfThree() {
		// X1: 3 this year (M4 was in 2025) → 3 ≤ 3, met, value 3, full 5 points
		var x1 = pipeline.result("2026-03", "X1", "WIDE_CONF_LIMIT");
		assertThat(x1).containsEntry("numerator", 3L).containsEntry("denominator", 3L).containsEntry("status", "MET");
		assertThat((BigDecimal) x1.get("value")).isEqualByComparingTo("3");
		// X2: 4 → not met; attainment 3/4 → 5 × 0.75 = 3.75 points
		var x2 = pipeline.result("2026-03", "X2", "WIDE_CONF_LIMIT");
		assertThat(x2).containsEntry("numerator", 4L).containsEntry("status", "NOT_MET");
		assertThat((BigDecimal) x2.get("points")).isEqualByComparingTo("3.75");
		// X3: none → 0 ≤ 3: met, never NA for a commune
		assertThat(pipeline.result("2026-03", "X3", "WIDE_CONF_LIMIT")).containsEntry("numerator", 0L)
			.containsEntry("denominator", 3L)
			.containsEntry("status", "MET");
	}

	@Test
	void eachUnitTypeHasOnlyItsOwnIndicators() {
		assertThatThrownBy(() -> pipeline.result("2026-03", "SO1", "WIDE_CONF_LIMIT"))
			.isInstanceOf(EmptyResultDataAccessException.class);
		assertThatThrownBy(() -> pipeline.result("2026-03", "X1", "NO_SUMMONS"))
			.isInstanceOf(EmptyResultDataAccessException.class);
	}

}

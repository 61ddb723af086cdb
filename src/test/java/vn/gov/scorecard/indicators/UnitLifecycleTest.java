package vn.gov.scorecard.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.support.Pipeline;

/** A unit is scored for a period only if it exists during it (SPEC §2). */
class UnitLifecycleTest {

	@Test
	void unitsEstablishedOrDissolvedDuringTheQuarter(@TempDir Path input) {
		try (Pipeline pipeline = Pipeline.on(input).file("units.csv", """
				unit_code,unit_name,unit_type,established_on,dissolved_on
				MID,Ủy ban nhân dân phường Mỹ Lâm,XA,2026-02-15,
				LAST_DAY,Ủy ban nhân dân xã Phú Lương,XA,2026-03-31,
				FUTURE,Ủy ban nhân dân xã Tân Trào,XA,2026-04-01,
				GONE_ON_FIRST_DAY,Ủy ban nhân dân xã Kim Bình,XA,,2026-01-01
				GONE_ON_SECOND_DAY,Ủy ban nhân dân xã Vinh Quang,XA,,2026-01-02
				""")) {
			pipeline.load(LocalDate.of(2026, 4, 1));
			pipeline.score("2026-Q1");
			// window 2026-01-01 … 2026-03-31: established on or before the last day,
			// dissolved after the first
			assertThat(pipeline.scoredUnits("2026-Q1")).containsExactly("GONE_ON_SECOND_DAY", "LAST_DAY", "MID");
		}
	}

}

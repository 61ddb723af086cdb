package vn.gov.scorecard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.support.Pipeline;

/**
 * A column a file does not have keeps its stored value; an empty cell of a column it has
 * empties it (SPEC §2 v3: "Every column of units.csv that a file omits keeps its stored
 * value").
 */
class AbsentColumnsTest {

	private static final LocalDate AS_OF = LocalDate.of(2026, 10, 5);

	@Test
	void aShortUnitsFileRenamesUnitsAndKeepsTheirLineage(@TempDir Path input) {
		try (Pipeline pipeline = Pipeline.on(input).file("units.csv", """
				unit_code,unit_name,unit_type,parent_code,predecessor_codes,established_on,dissolved_on
				OLD1,Xã Hòa Bình,XA,,,,2025-07-01
				OLD2,Xã Tân Lập,XA,,,,2025-07-01
				NEW,Xã Hòa Tân,XA,,OLD1;OLD2,2025-07-01,
				SO01,Sở Nội vụ,SO,UBND,,,
				""")) {
			pipeline.load(AS_OF);
			pipeline.file("units.csv", """
					unit_code,unit_name,unit_type
					NEW,Ủy ban nhân dân xã Hòa Tân,XA
					OLD1,Xã Hòa Bình,XA
					""");
			pipeline.load(AS_OF);
			assertThat(units(pipeline)).containsExactly("NEW|Ủy ban nhân dân xã Hòa Tân||{OLD1,OLD2}|2025-07-01|",
					"OLD1|Xã Hòa Bình||||2025-07-01", "OLD2|Xã Tân Lập||||2025-07-01", "SO01|Sở Nội vụ|UBND|||");

			// a column the file has, with an empty cell, does empty the stored value
			pipeline.file("units.csv", """
					unit_code,unit_name,unit_type,parent_code
					SO01,Sở Nội vụ,SO,
					""");
			pipeline.load(AS_OF);
			assertThat(units(pipeline)).contains("SO01|Sở Nội vụ||||");
		}
	}

	@Test
	void aRecordsFileWithoutAnOptionalColumnKeepsItsStoredValues(@TempDir Path input) {
		try (Pipeline pipeline = Pipeline.on(input).file("units.csv", """
				unit_code,unit_name,unit_type
				XA01,Xã Hồng Thái,XA
				""").file("meetings.csv", """
				unit_code,meeting_id,held_on,title,category,format,duration_days,scale,summons_commune_officials
				XA01,M1,2026-09-02,Hội nghị toàn xã,CHUYEN_MON,TRUC_TIEP,1,TOAN_XA,true
				""")) {
			pipeline.load(AS_OF);
			// the same meeting re-sent by a system that exports no scale and no summons
			// columns, with its
			// length corrected; and a new meeting, which takes the columns' defaults
			pipeline.file("meetings.csv", """
					unit_code,meeting_id,held_on,title,category,format,duration_days
					XA01,M1,2026-09-02,Hội nghị toàn xã,CHUYEN_MON,TRUC_TIEP,0.5
					XA01,M2,2026-09-03,Họp giao ban,CHUYEN_MON,TRUC_TUYEN,0.5
					""");
			pipeline.load(AS_OF);
			assertThat(pipeline.database()
				.jdbc()
				.queryForList(
						"""
								SELECT meeting_id || '|' || duration_days || '|' || coalesce(scale, '') || '|' || summons_commune_officials
								FROM meeting ORDER BY meeting_id""",
						String.class))
				.containsExactly("M1|0.5|TOAN_XA|true", "M2|0.5||false");
		}
	}

	private static java.util.List<String> units(Pipeline pipeline) {
		return pipeline.database().jdbc().queryForList("""
				SELECT unit_code || '|' || unit_name || '|' || coalesce(parent_code, '') || '|'
				       || coalesce(predecessor_codes::text, '') || '|' || coalesce(established_on::text, '') || '|'
				       || coalesce(dissolved_on::text, '')
				FROM unit ORDER BY unit_code COLLATE "C\"""", String.class);
	}

}

package vn.gov.scorecard.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.ingest.load.FileStats;
import vn.gov.scorecard.support.Pipeline;

/**
 * One bad row of every kind SPEC §2 lists, each rejected on its physical line; the good
 * rows load.
 */
class RejectsTest {

	@Test
	void everyKindOfBadRowIsRejectedWithItsLineColumnAndReason(@TempDir Path input) {
		try (Pipeline pipeline = Pipeline.on(input).file("units.csv", """
				unit_code,unit_name,unit_type,predecessor_codes,established_on,dissolved_on
				SO1,Sở Nội vụ,SO,,,
				XA1,"Ủy ban nhân dân xã Hồng Thái",XA,,,
				bad/code,Xã Lỗi,XA,,,
				XA2,,XA,,,
				XA3,Xã Ba,XX,,,
				XA4,Xã Bốn,XA,NOPE,,
				XA5,Xã Năm,XA,,2025-07-01,2025-06-30
				SO1,Sở Nội vụ (lặp),SO,,,
				XA6,Xã Sáu,XA,,1999-12-31,
				XA7,"Xã Bảy
				(tên hai dòng)",XA,,,
				XA8,Xã Tám,XA
				""").file("meetings.csv", """
				unit_code,meeting_id,held_on,category,format,duration_days,opening_speech_min,summons_commune_officials
				SO1,M1,2026-03-02,QUAN_TRIET,TRUC_TIEP,0.5,10,false
				SO1,M2,2026-3-2,QUAN_TRIET,TRUC_TIEP,0.5,,
				SO1,M3,2026-03-02,quan_triet,TRUC_TIEP,0.5,,
				SO1,M4,2026-03-02,QUAN_TRIET,TRUC_TIEP,"1,5",,
				SO1,M5,2026-03-02,QUAN_TRIET,TRUC_TIEP,0,,
				SO1,M6,2026-03-02,QUAN_TRIET,TRUC_TIEP,0.5,-3,
				SO1,M7,2026-03-02,QUAN_TRIET,TRUC_TIEP,0.5,,maybe
				ZZ9,M8,2026-03-02,QUAN_TRIET,TRUC_TIEP,0.5,,
				SO1,M9,2099-05-01,QUAN_TRIET,TRUC_TIEP,0.5,,
				SO1,M10,2101-01-01,QUAN_TRIET,TRUC_TIEP,0.5,,
				SO1,M1,2026-03-03,QUAN_TRIET,TRUC_TIEP,0.5,,
				SO1,M11,,QUAN_TRIET,TRUC_TIEP,0.5,,
				""").file("work_items.csv", """
				unit_code,item_id,kind,received_on,due_on,completed_on,processed_digitally
				SO1,W1,TTHC,2026-03-01,2026-03-10,2026-03-05,true
				SO1,W2,TTHC,2026-03-05,2026-03-10,2026-03-04,true
				SO1,W3,TTHC,2026-03-05,2026-03-04,,true
				SO1,W4,TTHC,2026-03-05,,,true
				SO1,W5,CONG_VIEC,2026-03-05,,,
				""").file("tasks.csv", """
				unit_code,task_id,assigned_on,due_on,completed_on
				SO1,T1,2026-03-01,2026-03-10,2026-03-10
				SO1,T2,2026-03-05,2026-03-10,2026-03-01
				SO1,T3,2026-03-05,2026-03-01,
				""").file("documents.csv", """
				unit_code,doc_id,issued_on,signed_digitally
				SO1,D1,2026-03-01,true
				SO1,D2,2026-03-01,true,extra
				""").file("reports.csv", """
				unit_code,report_period,submitted_on
				SO1,2026-Q1,2026-03-10
				SO1,2026-03,2026-03-10
				SO1,2026-Q2,2026-03-31
				""")) {

			List<FileStats> stats = pipeline.load(LocalDate.of(2026, 4, 1), Pipeline.NO_CAP);

			assertThat(stats).extracting(FileStats::name, FileStats::read, FileStats::loaded, FileStats::rejected)
				.containsExactly(tuple("units.csv", 11L, 3L, 8L), tuple("meetings.csv", 12L, 1L, 11L),
						tuple("documents.csv", 2L, 1L, 1L), tuple("work_items.csv", 5L, 1L, 4L),
						tuple("tasks.csv", 3L, 1L, 2L), tuple("reports.csv", 3L, 1L, 2L));

			List<Reject> rejects = pipeline.database()
				.jdbc()
				.query("""
						SELECT file_name, line, column_name, value, reason FROM run_reject
						ORDER BY array_position(ARRAY['units.csv','meetings.csv','documents.csv','work_items.csv','tasks.csv','reports.csv'], file_name), line""",
						(row, i) -> new Reject(row.getString(1), row.getLong(2), row.getString(3), row.getString(4),
								row.getString(5)));
			assertThat(rejects).extracting(Reject::file, Reject::line, Reject::column, Reject::value)
				.containsExactly(tuple("units.csv", 4L, "unit_code", "bad/code"),
						tuple("units.csv", 5L, "unit_name", ""), tuple("units.csv", 6L, "unit_type", "XX"),
						tuple("units.csv", 7L, "predecessor_codes", "NOPE"),
						tuple("units.csv", 8L, "dissolved_on", "2025-06-30"),
						tuple("units.csv", 9L, "unit_code", "SO1"),
						tuple("units.csv", 10L, "established_on", "1999-12-31"),
						// XA7's name spans lines 11 and 12, so XA8 begins on line 13
						tuple("units.csv", 13L, "", ""), tuple("meetings.csv", 3L, "held_on", "2026-3-2"),
						tuple("meetings.csv", 4L, "category", "quan_triet"),
						tuple("meetings.csv", 5L, "duration_days", "1,5"),
						tuple("meetings.csv", 6L, "duration_days", "0"),
						tuple("meetings.csv", 7L, "opening_speech_min", "-3"),
						tuple("meetings.csv", 8L, "summons_commune_officials", "maybe"),
						tuple("meetings.csv", 9L, "unit_code", "ZZ9"),
						tuple("meetings.csv", 10L, "held_on", "2099-05-01"),
						tuple("meetings.csv", 11L, "held_on", "2101-01-01"),
						tuple("meetings.csv", 12L, "meeting_id", "M1"), tuple("meetings.csv", 13L, "held_on", ""),
						tuple("documents.csv", 3L, "", ""), tuple("work_items.csv", 3L, "completed_on", "2026-03-04"),
						tuple("work_items.csv", 4L, "due_on", "2026-03-04"), tuple("work_items.csv", 5L, "due_on", ""),
						tuple("work_items.csv", 6L, "processed_digitally", ""),
						tuple("tasks.csv", 3L, "completed_on", "2026-03-01"),
						tuple("tasks.csv", 4L, "due_on", "2026-03-01"),
						tuple("reports.csv", 3L, "report_period", "2026-03"),
						tuple("reports.csv", 4L, "submitted_on", "2026-03-31"));
			assertThat(rejects).extracting(Reject::reason)
				.containsExactly(
						"mã đơn vị chỉ gồm chữ cái không dấu, chữ số, dấu chấm, gạch dưới, gạch ngang; tối đa 32 ký tự",
						"thiếu giá trị bắt buộc", "giá trị không hợp lệ; chỉ nhận: SO, XA",
						"đơn vị tiền thân NOPE không có trong tệp đơn vị và chưa có trong danh mục",
						"ngày giải thể (dissolved_on) phải sau ngày thành lập (2025-07-01)",
						"trùng khóa với dòng 2 trong cùng tệp", "ngày ngoài khoảng 2000-01-01 đến 2100-12-31",
						"số trường (3) khác số cột của dòng tiêu đề (6)", "ngày không đúng định dạng yyyy-MM-dd",
						"giá trị không hợp lệ; chỉ nhận: QUAN_TRIET, CHUYEN_MON, QUAN_TRONG, KHAC",
						"dùng dấu chấm thập phân, không dùng dấu phẩy (ví dụ 0.5)",
						"số ngày phải lớn hơn 0 và không quá 30", "không phải số phút (số nguyên không âm, ví dụ 15)",
						"không phải giá trị đúng/sai (true/false, 1/0, yes/no, có/không)",
						"mã đơn vị không có trong danh mục đơn vị (units.csv)",
						"ngày trong tương lai (sau ngày chạy lần tính): kiểm tra lại ngày",
						"ngày ngoài khoảng 2000-01-01 đến 2100-12-31", "trùng khóa với dòng 2 trong cùng tệp",
						"thiếu giá trị bắt buộc", "số trường (5) khác số cột của dòng tiêu đề (4)",
						"ngày hoàn thành (completed_on) trước ngày tiếp nhận (2026-03-05)",
						"hạn giải quyết (due_on) trước ngày tiếp nhận (2026-03-05)",
						"hồ sơ TTHC phải có hạn giải quyết (due_on)", "thiếu giá trị bắt buộc",
						"ngày hoàn thành (completed_on) trước ngày giao (2026-03-05)",
						"hạn hoàn thành (due_on) trước ngày giao (2026-03-05)",
						"kỳ báo cáo phải là quý, 6 tháng hoặc năm (ví dụ 2026-Q1, 2026-H1, 2026)",
						"ngày nộp trước ngày đầu của kỳ báo cáo 2026-Q2 (2026-04-01): kiểm tra kỳ báo cáo hoặc ngày nộp");

			// the good rows are in, with their Vietnamese text intact (the two-line name
			// too)
			assertThat(pipeline.database()
				.jdbc()
				.queryForList("SELECT unit_code || '|' || unit_name FROM unit ORDER BY 1", String.class))
				.containsExactly("SO1|Sở Nội vụ", "XA1|Ủy ban nhân dân xã Hồng Thái", "XA7|Xã Bảy\n(tên hai dòng)");
			assertThat(pipeline.database().jdbc().queryForList("SELECT meeting_id FROM meeting", String.class))
				.containsExactly("M1");
		}
	}

	@Test
	void recordsDatedOnOrAfterADissolutionWithoutASuccessorAreRejected(@TempDir Path input) {
		try (Pipeline pipeline = Pipeline.on(input).file("units.csv", """
				unit_code,unit_name,unit_type,predecessor_codes,established_on,dissolved_on
				OLD,Xã cũ,XA,,,2025-07-01
				NEW,Xã mới,XA,OLD,2025-07-01,
				GONE,Xã giải thể,XA,,,2025-07-01
				""").file("meetings.csv", """
				unit_code,meeting_id,held_on,category,format,duration_days
				OLD,M1,2025-06-30,KHAC,TRUC_TUYEN,1
				OLD,M2,2025-07-01,KHAC,TRUC_TUYEN,1
				NEW,M3,2025-07-01,KHAC,TRUC_TUYEN,1
				GONE,M4,2025-06-30,KHAC,TRUC_TUYEN,1
				GONE,M5,2025-07-01,KHAC,TRUC_TUYEN,1
				""")) {
			List<FileStats> stats = pipeline.load(LocalDate.of(2026, 4, 1), Pipeline.NO_CAP);
			// OLD's meeting on the day of the merger is kept under its code and counted
			// for NEW (MergerTest);
			// GONE has no successor, so its meeting on the day it ceased to exist belongs
			// to no one
			assertThat(stats.get(1)).extracting(FileStats::loaded, FileStats::rejected).containsExactly(4L, 1L);
			assertThat(
					pipeline.database().jdbc().queryForMap("SELECT line, column_name, value, reason FROM run_reject"))
				.containsEntry("line", 6L)
				.containsEntry("column_name", "held_on")
				.containsEntry("value", "2025-07-01")
				.containsEntry("reason", "đơn vị đã giải thể từ ngày 2025-07-01 và không có đơn vị kế thừa;"
						+ " ghi bản ghi này cho đơn vị đang quản lý");
		}
	}

	@Test
	void specV2EdgesOfBadInput(@TempDir Path input) {
		try (Pipeline pipeline = Pipeline.on(input).file("units.csv", """
				unit_code,unit_name,unit_type,predecessor_codes
				A,Xã A,XA,NOPE
				B,Xã B,XA,A
				C,Xã C,XA,B
				D,Xã D,XA,
				,,,
				""").file("meetings.csv", """
				unit_code,meeting_id,held_on,category,format,duration_days,opening_speech_min
				D,M1,2026-13-01,KHAC,TRUC_TUYEN,1,
				D,M1,2026-03-02,KHAC,TRUC_TUYEN,1,
				D,M2,2026-03-02,KHAC,TRUC_TUYEN,1234567.5,
				D,M3,2026-03-02,KHAC,TRUC_TUYEN,1,1441
				 , ,,,,,
				D,M4,2026-03-02,KHAC,TRUC_TUYEN,1,1440

				""")) {
			List<FileStats> stats = pipeline.load(LocalDate.of(2026, 4, 1), Pipeline.NO_CAP);
			// units: 4 records (the row of empty cells is blank), D loaded; A, B, C
			// rejected
			assertThat(stats.get(0))
				.extracting(FileStats::read, FileStats::loaded, FileStats::rejected, FileStats::blank)
				.containsExactly(4L, 1L, 3L, 1L);
			// meetings: 5 records, M4 loaded, 4 rejected; a row of spaces and an empty
			// line are blank
			assertThat(stats.get(1))
				.extracting(FileStats::read, FileStats::loaded, FileStats::rejected, FileStats::blank)
				.containsExactly(5L, 1L, 4L, 2L);
			assertThat(pipeline.database()
				.jdbc()
				.query("""
						SELECT file_name, line, unit_code, record_id, column_name, value, reason FROM run_reject ORDER BY file_name DESC, line""",
						(row, i) -> row.getString(1) + ":" + row.getLong(2) + " " + row.getString(3) + "/"
								+ row.getString(
										4)
								+ " " + row.getString(5) + "=" + row.getString(6) + ": " + row.getString(7)))
				.containsExactly(
						// the predecessor check runs to a fixed point: B names A,
						// rejected; C names B
						"units.csv:2 A/null predecessor_codes=NOPE: đơn vị tiền thân NOPE không có trong tệp đơn vị và chưa có trong danh mục",
						"units.csv:3 B/null predecessor_codes=A: đơn vị tiền thân A ở dòng 2 bị loại nên không nhận được",
						"units.csv:4 C/null predecessor_codes=B: đơn vị tiền thân B ở dòng 3 bị loại nên không nhận được",
						"meetings.csv:2 D/M1 held_on=2026-13-01: ngày không có thật (tháng hoặc ngày không tồn tại)",
						// a key repeated after a rejected first occurrence is still a
						// duplicate
						"meetings.csv:3 D/M1 meeting_id=M1: trùng khóa với dòng 2 trong cùng tệp",
						"meetings.csv:4 D/M2 duration_days=1234567.5: số ngày phải lớn hơn 0 và không quá 30",
						"meetings.csv:5 D/M3 opening_speech_min=1441: quá 1440 phút (một ngày)");
			assertThat(pipeline.database().jdbc().queryForList("SELECT unit_code FROM unit", String.class))
				.containsExactly("D");
		}
	}

	record Reject(String file, long line, String column, String value, String reason) {
	}

}

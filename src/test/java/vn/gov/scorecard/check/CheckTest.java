package vn.gov.scorecard.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.ScorecardApplication;
import vn.gov.scorecard.ScorecardCommand;
import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.job.RunOptions;
import vn.gov.scorecard.support.PdfText;
import vn.gov.scorecard.support.RunJsonSchema;
import vn.gov.scorecard.support.TestDatabase;

/**
 * {@code --check}: the verdicts on a clean, a rejecting and a broken folder, and the same
 * rejects as a run.
 */
class CheckTest {

	private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

	private static final String UNITS = "unit_code,unit_name,unit_type\nSO01,Sở Nội vụ,SO\nXA01,Xã Hồng Thái,XA\n";

	private static final String MEETINGS_HEADER = "unit_code,meeting_id,held_on,category,format,duration_days\n";

	@TempDir
	Path work;

	@Test
	void aCleanFolderWouldBeAccepted() throws IOException {
		Path input = folder("clean", "units.csv", UNITS, "meetings.csv", MEETINGS_HEADER
				+ "SO01,M1,2026-09-02,QUAN_TRIET,TRUC_TUYEN,0.5\nXA01,M1,2026-09-03,KHAC,TRUC_TIEP,1\n");
		Checked checked = check(input);
		assertThat(checked.exit()).isEqualTo(ExitCode.SUCCESS);
		assertThat(checked.rejects()).containsExactly("file,line,unit_code,record_id,column,value,reason");
		assertThat(checked.screen()).contains("Unit codes checked against the folder's units file(s).")
			.containsPattern("units.csv +2 +2 +0 +0  accepted")
			.containsPattern("meetings.csv +2 +2 +0 +0  accepted")
			.contains("Verdict: a run would accept every file (2 files, 0 rows rejected).");
	}

	@Test
	void aFewRejectsAreAcceptedAndTooManyFailTheFile() throws IOException {
		// meetings/SO01.csv: 1 bad row of 2 (within the cap: not more than 5 rows);
		// meetings/XA01.csv: 6 bad rows of 6
		StringBuilder many = new StringBuilder(MEETINGS_HEADER);
		for (int i = 1; i <= 6; i++) {
			many.append("XA01,M").append(i).append(",2026-09-3").append(i).append(",KHAC,TRUC_TIEP,1\n"); // 31st
																											// to
																											// 36th:
																											// no
																											// such
																											// day
		}
		Path input = folder("rejecting", "units.csv", UNITS, "meetings/SO01.csv",
				MEETINGS_HEADER + "SO01,M1,2026-09-02,QUAN_TRIET,TRUC_TUYEN,0.5\nSO99,M2,2026-09-02,KHAC,TRUC_TIEP,1\n",
				"meetings/XA01.csv", many.toString());
		Checked checked = check(input);
		assertThat(checked.exit()).isEqualTo(ExitCode.REJECT_CAP_EXCEEDED);
		assertThat(checked.rejects()).hasSize(1 + 1 + 6)
			.contains("meetings/SO01.csv,3,SO99,M2,unit_code,SO99,mã đơn vị không có trong danh mục đơn vị (units.csv)",
					"meetings/XA01.csv,2,XA01,M1,held_on,2026-09-31,ngày không có thật (tháng hoặc ngày không tồn tại)");
		assertThat(checked.screen()).containsPattern("meetings/SO01.csv +2 +1 +1 +0  accepted, rows rejected")
			.containsPattern("meetings/XA01.csv +6 +0 +6 +0  TOO MANY REJECTS: a run would fail")
			.contains("Verdict: a run would FAIL: 0 unusable file(s), 1 file(s) with more rejects than the cap.");
	}

	@Test
	void aBrokenFileIsNamedAndTheOthersAreStillChecked() throws IOException {
		Path input = folder("broken", "units.csv", "unit_code;unit_name;unit_type\nSO01;Sở Nội vụ;SO\n", "meetings.csv",
				MEETINGS_HEADER + "SO01,M1,2026-09-02,QUAN_TRIET,TRUC_TUYEN,0.5\nSO01,M1,2026-09-02,KHAC,TRUC_TIEP,1\n",
				"notes.txt", "ghi chú\n");
		Checked checked = check(input);
		assertThat(checked.exit()).isEqualTo(ExitCode.INPUT_PROBLEM);
		assertThat(checked.screen())
			.contains("UNUSABLE: units.csv: its header's columns are separated by semicolons (;), not commas")
			// the units file being unusable, no unit is known, and codes cannot be
			// checked
			.contains("Unit codes NOT checked")
			.containsPattern("meetings.csv +2 +1 +1 +0  accepted, rows rejected")
			.contains("Ignored: notes.txt: đã bỏ qua")
			.contains("Verdict: a run would FAIL: 1 unusable file(s), 0 file(s) with more rejects than the cap.");
		assertThat(checked.rejects()).containsExactly("file,line,unit_code,record_id,column,value,reason",
				"meetings.csv,3,SO01,M1,meeting_id,M1,trùng khóa với dòng 2 trong cùng tệp");
	}

	/**
	 * A run finds repeated keys and bad predecessors in SQL, a check in memory: on files
	 * that hold every such case across several files of a kind, both write the same
	 * rejects.csv, line for line.
	 */
	@Test
	void aCheckFindsTheRejectsARunFinds() throws IOException {
		try (TestDatabase database = TestDatabase.create()) {
			String[] server = database.springArguments();
			// the database already knows OLD1 (merged from OLD0), OLD0, and GONE,
			// dissolved without a successor
			Path known = folder("known", "units.csv", "unit_code,unit_name,unit_type,predecessor_codes,dissolved_on\n"
					+ "OLD0,Xã cũ,XA,,2025-07-01\nOLD1,Xã mới,XA,OLD0,\nGONE,Xã giải thể,XA,,2025-07-01\n");
			assertThat(ScorecardCommand.run("--input=" + known, "--period=2026-09",
					"--output=" + work.resolve("out-known"), "--as-of=" + AS_OF, server[0], server[1]))
				.isEqualTo(ExitCode.SUCCESS);
			Path input = folder("corpus", "units/a.csv",
					"unit_code,unit_name,unit_type,predecessor_codes\n" + "SO01,Sở Nội vụ,SO,\n" + "XA01,Xã A,XA,NOPE\n" // unknown
																															// predecessor
							+ "XA02,Xã B,XA,XA01\n" // its predecessor is rejected on line
													// 3
							+ "XA03,Xã C,XA,XA04\n" // with XA04 in b.csv: a cycle
							+ "XA05,Xã D,XA,OLD1\n" // a predecessor the database knows
							+ "XA06,Xã E,QQ,\n", // a bad type: a parse reject with its
													// key
					"units/b.csv",
					"unit_code,unit_name,unit_type,predecessor_codes\n" + "XA04,Xã F,XA,XA03\n"
							+ "SO01,Sở Nội vụ lần hai,SO,\n" // repeats a.csv line 2
							+ "XA06,Xã E,XA,\n" // repeats a rejected first occurrence
							+ "XA07,Xã G,XA,XA02\n", // its predecessor is rejected in
														// a.csv
					"meetings/SO01.csv",
					MEETINGS_HEADER + "SO01,M1,2026-09-02,QUAN_TRIET,TRUC_TUYEN,0.5\n"
							+ "SO01,M2,2099-12-02,KHAC,TRUC_TIEP,1\n" // after the day of
																		// the check and
																		// of the run
							+ "OLD1,M1,2026-09-02,KHAC,TRUC_TIEP,1\n" // a unit only the
																		// database knows
							+ "OLD0,M9,2026-09-02,KHAC,TRUC_TIEP,1\n" // after its unit
																		// was dissolved:
																		// its successor
																		// OLD1's
							+ "GONE,M9,2026-09-02,KHAC,TRUC_TIEP,1\n" // after its unit
																		// was dissolved,
																		// with no
																		// successor
							+ "XA01,M1,2026-09-02,KHAC,TRUC_TIEP,1\n", // the unit was
																		// rejected
					"meetings/SO02.csv", MEETINGS_HEADER + "SO01,M1,2026-09-05,KHAC,TRUC_TIEP,1\n" // repeats
																									// meetings/SO01.csv
																									// line
																									// 2
							+ "SO01,M2,2026-09-05,KHAC,TRUC_TIEP,1\n" // repeats a
																		// rejected first
																		// occurrence in
																		// the other file
							+ ",M3,2026-09-05,KHAC,TRUC_TIEP,1\n" // no unit code: no key
																	// to repeat
							+ "SO01,M4,2026-09-05,KHAC,TRUC_TIEP\n"); // a field short
			Path checkOutput = Files.createDirectories(work.resolve("check-out"));
			ByteArrayOutputStream screen = new ByteArrayOutputStream();
			ExitCode exit = CheckCommand.run(input, checkOutput, LocalDate.now(RunOptions.ZONE),
					new String[] { server[0], server[1], "--scorecard.reject-cap.share=1" },
					new PrintStream(screen, true, StandardCharsets.UTF_8));
			assertThat(exit).isEqualTo(ExitCode.SUCCESS);
			assertThat(screen.toString(StandardCharsets.UTF_8)).contains("and the 3 units of the configured database");
			assertThat(ScorecardCommand.run("--input=" + input, "--period=2026-09", "--output=" + work.resolve("out"),
					"--as-of=" + AS_OF, server[0], server[1], "--scorecard.reject-cap.share=1"))
				.isEqualTo(ExitCode.SUCCESS);
			List<String> run = Files.readAllLines(work.resolve("out/2026-09/rejects.csv"));
			assertThat(Files.readAllLines(checkOutput.resolve("rejects.csv"))).containsExactlyElementsOf(run);
			assertThat(run.subList(1, run.size())).containsExactly(
					"units/a.csv,3,XA01,,predecessor_codes,NOPE,đơn vị tiền thân NOPE không có trong tệp đơn vị và chưa có trong danh mục",
					"units/a.csv,4,XA02,,predecessor_codes,XA01,đơn vị tiền thân XA01 ở dòng 3 bị loại nên không nhận được",
					"units/a.csv,5,XA03,,predecessor_codes,XA04,các đơn vị tiền thân tạo thành vòng lặp (một đơn vị là tiền thân của chính nó)",
					"units/a.csv,7,XA06,,unit_type,QQ,\"giá trị không hợp lệ; chỉ nhận: SO, XA\"",
					"units/b.csv,2,XA04,,predecessor_codes,XA03,các đơn vị tiền thân tạo thành vòng lặp (một đơn vị là tiền thân của chính nó)",
					"units/b.csv,3,SO01,,unit_code,SO01,trùng khóa với dòng 2 của tệp units/a.csv",
					"units/b.csv,4,XA06,,unit_code,XA06,trùng khóa với dòng 7 của tệp units/a.csv",
					"units/b.csv,5,XA07,,predecessor_codes,XA02,đơn vị tiền thân XA02 ở dòng 4 của tệp units/a.csv bị loại nên không nhận được",
					"meetings/SO01.csv,3,SO01,M2,held_on,2099-12-02,ngày trong tương lai (sau ngày chạy lần tính): kiểm tra lại ngày",
					"meetings/SO01.csv,6,GONE,M9,held_on,2026-09-02,đơn vị đã giải thể từ ngày 2025-07-01 và không có đơn vị kế thừa; ghi bản ghi này cho đơn vị đang quản lý",
					"meetings/SO01.csv,7,XA01,M1,unit_code,XA01,mã đơn vị không có trong danh mục đơn vị (units.csv)",
					"meetings/SO02.csv,2,SO01,M1,meeting_id,M1,trùng khóa với dòng 2 của tệp meetings/SO01.csv",
					"meetings/SO02.csv,3,SO01,M2,meeting_id,M2,trùng khóa với dòng 3 của tệp meetings/SO01.csv",
					"meetings/SO02.csv,4,,M3,unit_code,,thiếu giá trị bắt buộc",
					"meetings/SO02.csv,5,SO01,M4,,,số trường (5) khác số cột của dòng tiêu đề (6)");
		}
	}

	/**
	 * A database export's NULL in a code column is a reject with its reason, in a run and
	 * in a check alike (issue 24).
	 */
	@Test
	void aNullCodeIsARejectInARunAndInACheck() throws IOException {
		try (TestDatabase database = TestDatabase.create()) {
			String[] server = database.springArguments();
			Path input = folder("nulls", "units.csv",
					"unit_code,unit_name,unit_type,predecessor_codes\n" + "SO01,Sở Nội vụ,SO,\n"
							+ "XA01,Xã Hồng Thái,XA,NULL\n" + "NULL,Xã Không Mã,XA,\n",
					"meetings.csv", MEETINGS_HEADER + "SO01,M1,2026-09-02,QUAN_TRIET,TRUC_TUYEN,0.5\n"
							+ "null,M2,2026-09-03,KHAC,TRUC_TIEP,1\n");
			Path checkOutput = Files.createDirectories(work.resolve("check-nulls"));
			ByteArrayOutputStream screen = new ByteArrayOutputStream();
			assertThat(CheckCommand.run(input, checkOutput, LocalDate.now(RunOptions.ZONE),
					new String[] { server[0], server[1], "--scorecard.reject-cap.share=1" },
					new PrintStream(screen, true, StandardCharsets.UTF_8)))
				.isEqualTo(ExitCode.SUCCESS);
			assertThat(ScorecardCommand.run("--input=" + input, "--period=2026-09",
					"--output=" + work.resolve("out-nulls"), "--as-of=" + AS_OF, server[0], server[1],
					"--scorecard.reject-cap.share=1"))
				.isEqualTo(ExitCode.SUCCESS);
			List<String> run = Files.readAllLines(work.resolve("out-nulls/2026-09/rejects.csv"));
			assertThat(Files.readAllLines(checkOutput.resolve("rejects.csv"))).containsExactlyElementsOf(run);
			String reason = "NULL không phải là mã đơn vị (phần mềm xuất dữ liệu ghi NULL cho ô trống): để trống ô nếu không có,"
					+ " hoặc ghi mã đúng";
			// the reject names the key as written
			assertThat(run.subList(1, run.size())).containsExactly(
					"units.csv,3,XA01,,predecessor_codes,NULL,\"" + reason + "\"",
					"units.csv,4,NULL,,unit_code,NULL,\"" + reason + "\"",
					"meetings.csv,3,null,M2,unit_code,null,\"" + reason + "\"");
		}
	}

	/**
	 * With a database, a check lists what a run would withdraw (SPEC §2 v3), as the run
	 * then does.
	 */
	@Test
	void aCheckListsWhatARunWouldWithdraw() throws IOException {
		try (TestDatabase database = TestDatabase.create()) {
			String[] server = database.springArguments();
			Path first = folder("first", "units.csv", UNITS, "meetings/SO01.csv", MEETINGS_HEADER
					+ "SO01,M1,2026-09-02,QUAN_TRIET,TRUC_TUYEN,0.5\nSO01,M2,2026-09-09,KHAC,TRUC_TIEP,1\n");
			assertThat(ScorecardCommand.run("--input=" + first, "--period=2026-09",
					"--output=" + work.resolve("out-first"), "--as-of=" + AS_OF, server[0], server[1]))
				.isEqualTo(ExitCode.SUCCESS);
			// sent again without M2: a run would withdraw it
			Path second = folder("second", "units.csv", UNITS, "meetings/SO01.csv",
					MEETINGS_HEADER + "SO01,M1,2026-09-02,QUAN_TRIET,TRUC_TUYEN,0.5\n");
			Path checkOutput = Files.createDirectories(work.resolve("check-withdrawn"));
			ByteArrayOutputStream screen = new ByteArrayOutputStream();
			assertThat(CheckCommand.run(second, checkOutput, LocalDate.now(RunOptions.ZONE), server,
					new PrintStream(screen, true, StandardCharsets.UTF_8)))
				.isEqualTo(ExitCode.SUCCESS);
			assertThat(screen.toString(StandardCharsets.UTF_8)).contains(
					"A run would WITHDRAW 1 records that files delivered again no longer hold: meetings/SO01.csv (1)");
			// a byte-order mark first, as every CSV output has, for Excel
			List<String> expected = List.of("\uFEFFfile,unit_code,record_id,first_delivered_run",
					"meetings/SO01.csv,SO01,M2,1");
			assertThat(Files.readAllLines(checkOutput.resolve("withdrawn.csv"))).containsExactlyElementsOf(expected);
			assertThat(ScorecardCommand.run("--input=" + second, "--period=2026-09",
					"--output=" + work.resolve("out-second"), "--as-of=" + AS_OF, server[0], server[1]))
				.isEqualTo(ExitCode.SUCCESS);
			assertThat(Files.readAllLines(work.resolve("out-second/2026-09/withdrawn.csv")))
				.containsExactlyElementsOf(expected);
			// run.json counts it on its file, and the report's data-quality section names
			// it for the signer
			RunJsonSchema.assertValid(work.resolve("out-second/2026-09/run.json"));
			assertThat(Files.readString(work.resolve("out-second/2026-09/run.json")))
				.containsPattern("\"name\" : \"meetings/SO01.csv\",[^}]*\"withdrawn\" : 1,");
			assertThat(PdfText.read(work.resolve("out-second/2026-09/ranking.pdf")).flat())
				.contains("Rút 1 bản ghi mà tệp nộp lại không còn chứa (xem withdrawn.csv): meetings/SO01.csv (1)");
		}
	}

	@Test
	void theCommandLineChecksWithoutADatabase() throws IOException {
		Path input = folder("cli", "units.csv", UNITS);
		Path output = Files.createDirectories(work.resolve("cli-out"));
		// no server configured and no embedded database started: the check touches only
		// its own folders
		assertThat(ScorecardCommand.run("--check=" + input, "--output=" + output, "--as-of=2026-11-24",
				"--scorecard.embedded-db.dir=" + work.resolve("no-db")))
			.isEqualTo(ExitCode.SUCCESS);
		assertThat(output.resolve("rejects.csv")).exists();
		assertThat(work.resolve("no-db")).doesNotExist();
	}

	private record Checked(ExitCode exit, String screen, List<String> rejects) {
	}

	private Checked check(Path input) throws IOException {
		Path output = Files.createDirectories(work.resolve(input.getFileName() + "-out"));
		ByteArrayOutputStream screen = new ByteArrayOutputStream();
		ExitCode exit = CheckCommand.run(input, output, AS_OF, new String[0],
				new PrintStream(screen, true, StandardCharsets.UTF_8));
		List<String> rejects = Files.readAllLines(output.resolve("rejects.csv"), StandardCharsets.UTF_8);
		rejects.set(0, rejects.get(0).replace("\uFEFF", ""));
		return new Checked(exit, screen.toString(StandardCharsets.UTF_8), rejects);
	}

	/** A folder holding the given files: name, content, name, content, … */
	private Path folder(String name, String... files) throws IOException {
		Path folder = work.resolve(name);
		for (int i = 0; i < files.length; i += 2) {
			Path file = folder.resolve(files[i]);
			Files.createDirectories(file.getParent());
			Files.writeString(file, files[i + 1], StandardCharsets.UTF_8);
		}
		return folder;
	}

}

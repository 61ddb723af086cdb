package vn.gov.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.job.RunOptions;
import vn.gov.scorecard.support.Console;
import vn.gov.scorecard.support.PdfText;
import vn.gov.scorecard.support.TestDatabase;

/**
 * SPEC v2 §3 and §5 through the packaged entry point: unfinished periods are refused
 * unless asked for as provisional, a provisional run says so everywhere, periods of 2000
 * run, and a unit with too little data is not ranked and its scorecard says why.
 */
class PeriodRulesTest {

	@TempDir
	static Path work;
	static TestDatabase database;
	static Path input;

	@BeforeAll
	static void province() throws IOException {
		input = Files.createDirectories(work.resolve("in"));
		Files.writeString(input.resolve("units.csv"), """
				unit_code,unit_name,unit_type,established_on
				SO1,Sở Nội vụ,SO,
				SO2,Sở Khoa học và Công nghệ,SO,2026-11-18
				""", StandardCharsets.UTF_8);
		// SO1: one digital item and one task on time each month it is scored in; SO2 is a
		// week old
		Files.writeString(input.resolve("work_items.csv"), """
				unit_code,item_id,kind,received_on,due_on,completed_on,processed_digitally
				SO1,1,TTHC,2026-11-02,2026-11-10,2026-11-05,true
				SO1,2,TTHC,2000-01-03,2000-01-10,2000-01-05,true
				SO2,3,CONG_VIEC,2026-11-20,,,true
				""", StandardCharsets.UTF_8);
		Files.writeString(input.resolve("tasks.csv"), """
				unit_code,task_id,assigned_on,due_on,completed_on
				SO1,1,2026-11-01,2026-11-20,2026-11-19
				SO1,2,2000-01-01,2000-01-20,2000-01-19
				""", StandardCharsets.UTF_8);
		Files.writeString(input.resolve("reports.csv"), "unit_code,report_period,submitted_on\nSO1,2026,2026-11-20\n",
				StandardCharsets.UTF_8);
		database = TestDatabase.create();
	}

	@AfterAll
	static void close() {
		database.close();
	}

	private static String[] arguments(String... options) {
		String[] db = database.springArguments();
		String[] args = new String[options.length + 3];
		System.arraycopy(options, 0, args, 0, options.length);
		args[options.length] = "--input=" + input;
		args[options.length + 1] = db[0];
		args[options.length + 2] = db[1];
		return args;
	}

	/**
	 * Runs in this JVM and returns what it printed on stderr (the one-line reason) and
	 * stdout.
	 */
	private static String printed(ExitCode expected, String... args) {
		return Console.run(expected, args);
	}

	@Test
	void aPeriodThatHasNotEndedIsRefusedWithItsReason() {
		assertThat(printed(ExitCode.INVALID_ARGUMENTS,
				arguments("--period=2026", "--as-of=2026-11-25", "--output=" + work.resolve("refused"))))
			.contains("scorecard: period 2026 has not ended on the as-of date 2026-11-25 (it ends 2026-12-31);"
					+ " run it after it ends, or add --provisional for figures so far");
		assertThat(printed(ExitCode.INVALID_ARGUMENTS,
				arguments("--period=2027-01", "--as-of=2026-10-31", "--provisional",
						"--output=" + work.resolve("refused"))))
			.contains("scorecard: period 2027-01 has not begun on the as-of date 2026-10-31");
		assertThat(work.resolve("refused")).doesNotExist();
	}

	@Test
	void aDateWrittenOtherwiseIsOneLineThatSaysHowToWriteIt() {
		String printed = printed(ExitCode.INVALID_ARGUMENTS,
				arguments("--period=2026-09", "--as-of=15/10/2026", "--output=" + work.resolve("bad-date")));
		assertThat(printed.strip())
			.isEqualTo("scorecard: Invalid value for option '--as-of': '15/10/2026' is not a date"
					+ " written yyyy-MM-dd (e.g. 2026-10-15) (--help lists every mode and option)");
		// the same option as a property (or SCORECARD_AS_OF) is checked by the same code
		assertThat(printed(ExitCode.INVALID_ARGUMENTS,
				arguments("--period=2026-09", "--scorecard.as-of=15/10/2026", "--output=" + work.resolve("bad-date"))))
			.contains("scorecard: --as-of: '15/10/2026' is not a date written yyyy-MM-dd (e.g. 2026-10-15)");
		// a check reads its folder on the day it runs, and says that the run's options do
		// nothing there
		assertThat(printed(ExitCode.SUCCESS, "--check=" + input, "--output=" + work, "--as-of=2026-10-01")).contains(
				"--check reads only its folder, on the day it runs: --input, --period, --as-of and --provisional are"
						+ " ignored");
	}

	@Test
	void anAsOfDateAfterTodayIsRefused() {
		// the as-of date is the run's "now" (SPEC §2 v3): what has not happened cannot be
		// counted
		assertThat(printed(ExitCode.INVALID_ARGUMENTS,
				arguments("--period=2099-01", "--as-of=2099-02-01", "--output=" + work.resolve("future"))))
			.contains("scorecard: the as-of date 2099-02-01 is after today (" + LocalDate.now(RunOptions.ZONE)
					+ " in Asia/Ho_Chi_Minh): it is the day the run counts as now");
		assertThat(work.resolve("future")).doesNotExist();
	}

	@Test
	void aProvisionalRunSaysSoOnEveryOutputAndDoesNotJudgeWhatIsNotYetDue() throws IOException {
		Path out = work.resolve("provisional");
		String summary = printed(ExitCode.SUCCESS,
				arguments("--period=2026", "--as-of=2026-11-25", "--provisional", "--output=" + out));
		assertThat(summary).contains("PROVISIONAL: the period ends 2026-12-31; figures up to 2026-11-25");
		JsonNode run = JsonMapper.builder().build().readTree(out.resolve("2026/run.json").toFile());
		assertThat(run.get("provisional").asBoolean()).isTrue();
		// the year's report is due by 14 December: not yet due, so NA for every unit, not
		// failed
		assertThat(Files.readString(out.resolve("2026/scores.csv"))).contains(
				"SO1,SO,REPORT_ON_TIME,1,1,,100%,NA,,10,chưa đến hạn (hạn nộp báo cáo năm 2026 là ngày 14/12/2026)");
		String title = "Kết quả chấp hành chỉ đạo, điều hành năm 2026 (TẠM TÍNH đến ngày 25/11/2026)";
		assertThat(PdfText.read(out.resolve("2026/units/SO1.pdf")).flat()).contains(title);
		assertThat(PdfText.read(out.resolve("2026/ranking.pdf")).flat())
			.contains("Kết quả xếp hạng chấp hành chỉ đạo, điều hành năm 2026 (TẠM TÍNH đến ngày 25/11/2026)");
		// and every page of the site, in its title and under it
		assertThat(Files.readString(out.resolve("2026/index.html"))).contains(
				"<title>Kết quả xếp hạng chấp hành chỉ đạo, điều hành năm 2026 (TẠM TÍNH đến ngày 25/11/2026)</title>",
				"Tạm tính: số liệu đến ngày 25/11/2026; kỳ kết thúc ngày 31/12/2026.");
		assertThat(Files.readString(out.resolve("2026/units/SO1.html"))).contains("<title>" + title + " của ",
				"Tạm tính: số liệu đến ngày 25/11/2026");
		// and the warnings of kinds with no record this year are in the summary and
		// run.json
		assertThat(summary).contains("Warnings:",
				"- không có hội nghị nào từ 01/01/2026 đến 25/11/2026 trong toàn tỉnh");
		assertThat(run.get("warnings").toString()).contains("không có văn bản nào từ 01/01/2026 đến 25/11/2026");
	}

	@Test
	void aUnitWithTooLittleDataIsNotRankedAndItsScorecardSaysWhichIndicatorsHadNone() throws IOException {
		Path out = work.resolve("november");
		printed(ExitCode.SUCCESS, arguments("--period=2026-11", "--as-of=2026-12-01", "--output=" + out));
		// SO1: DIGITAL 1/1 (20), DOSSIER 1/1 (15), TASK 1/1 (15): 50 of weight → 100,
		// ranked
		// SO2 (established 18 November): DIGITAL 1/1 only, 20 of weight < 50 → not ranked
		assertThat(Files.readString(out.resolve("2026-11/ranking.csv")))
			.contains("SO1,Sở Nội vụ,SO,100.00,Hoàn thành xuất sắc nhiệm vụ,1", "SO2,Sở Khoa học và Công nghệ,SO,,,");
		assertThat(PdfText.read(out.resolve("2026-11/units/SO2.pdf")).flat()).contains(
				"Điểm tổng hợp: chưa xếp hạng vì thiếu số liệu: các chỉ tiêu có số liệu chỉ chiếm 20/100 trọng số, cần tối thiểu 50."
						+ " Chỉ tiêu không có số liệu: Tỷ lệ hồ sơ TTHC giải quyết đúng hạn; Tỷ lệ nhiệm vụ hoàn thành đúng hạn;",
				"Chưa xếp hạng trong các sở, ban, ngành");
	}

	@Test
	void aPeriodOf2000RunsWithoutAPreviousPeriod() throws IOException {
		Path out = work.resolve("y2000");
		printed(ExitCode.SUCCESS, arguments("--period=2000-01", "--as-of=2000-02-01", "--output=" + out));
		// SO1: DOSSIER 1/1, DIGITAL 1/1, TASK 1/1 → 100 × 50 / 50; no change against a
		// period before 2000
		assertThat(Files.readString(out.resolve("2000-01/ranking.csv"))).contains("SO1,Sở Nội vụ,SO,100.00");
		assertThat(PdfText.read(out.resolve("2000-01/units/SO1.pdf")).flat())
			.contains("Điểm tổng hợp: 100,00/100 Cách tính: 100 × 50,0000 / 50")
			.contains("1/1 100,00% 100% Đạt 20,0000 / 20 —");
	}

}

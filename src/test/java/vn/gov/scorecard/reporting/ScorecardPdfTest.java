package vn.gov.scorecard.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import vn.gov.scorecard.ScorecardApplication;
import vn.gov.scorecard.ScorecardCommand;
import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.support.PdfText;
import vn.gov.scorecard.support.TestDatabase;

/**
 * The PDFs of a small hand-made province for September 2026, read back as text: every
 * figure is worked out here by hand.
 */
class ScorecardPdfTest {

	@TempDir
	static Path work;
	static TestDatabase database;
	static Path out;

	@BeforeAll
	static void run() throws IOException {
		Path input = Files.createDirectories(work.resolve("in"));
		write(input, "units.csv", """
				unit_code,unit_name,unit_type
				SO1,"Sở Văn hóa, Thể thao và Du lịch",SO
				X1,Ủy ban nhân dân xã Hồng Thái,XA
				X2,Ủy ban nhân dân phường Mỹ Lâm,XA
				""");
		StringBuilder tasks = new StringBuilder("unit_code,task_id,source_doc,assigned_on,due_on,completed_on\n");
		// 23 tasks due on 2026-09-01 … 09-23, none done: late by 29 … 7 days at the
		// window's end (09-30)
		for (int day = 1; day <= 23; day++) {
			tasks.append(String.format("SO1,T%02d,12/UBND-NC,2026-08-01,2026-09-%02d,%n", day, day));
		}
		tasks.append("SO1,T99,,2026-08-01,2026-09-25,2026-09-20\n");
		tasks.append("X2,TX,,2026-09-01,2026-09-20,2026-09-18\n");
		write(input, "tasks.csv", tasks.toString());
		// HS-4 was received in August (outside DIGITAL_RATE's window) and resolved in
		// September
		write(input, "work_items.csv", """
				unit_code,item_id,kind,received_on,due_on,completed_on,processed_digitally
				X1,HS-1,CONG_VIEC,2026-09-02,,,true
				X1,HS-2,CONG_VIEC,2026-09-05,,,false
				X1,HS-3,CONG_VIEC,2026-09-07,,,true
				X1,HS-4,TTHC,2026-08-20,2026-09-10,2026-09-08,true
				X2,HS-5,CONG_VIEC,2026-09-03,,,true
				X2,HS-6,CONG_VIEC,2026-09-04,,,true
				SO1,HS-7,CONG_VIEC,2026-09-03,,,true
				""");
		write(input, "meetings.csv", """
				unit_code,meeting_id,held_on,category,format,duration_days
				X2,HN-1,2026-09-10,KHAC,TRUC_TUYEN,0.5
				SO1,HN-2,2026-09-11,KHAC,TRUC_TIEP,0.5
				""");
		// documents.csv is not delivered: DOC_REDUCTION is NA for every unit, with a
		// warning
		write(input, "reports.csv", """
				unit_code,report_period,submitted_on
				X1,2026-Q3,2026-09-15
				X2,2026-Q3,2026-09-14
				""");
		database = TestDatabase.create();
		out = work.resolve("out");
		String[] db = database.springArguments();
		ExitCode exit = ScorecardCommand.run("--input=" + input, "--period=2026-09", "--output=" + out,
				"--as-of=2026-10-05", db[0], db[1], "--scorecard.report.signer-name=Nguyễn Văn An");
		assertThat(exit).isEqualTo(ExitCode.SUCCESS);
	}

	@AfterAll
	static void close() {
		database.close();
	}

	private static void write(Path directory, String name, String content) throws IOException {
		Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
	}

	private static PdfText unit(String code) {
		return PdfText.read(out.resolve("2026-09/units/" + code + ".pdf"));
	}

	@Test
	void theHeaderIsThatOfAnAdministrativeDocument() {
		String text = unit("X1").flat();
		assertThat(text).contains("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG", "SỞ NỘI VỤ", "Số: /BC-SNV",
				"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
				// a day below 10 is written with a leading zero (Nghị định 30/2020/NĐ-CP)
				"Tuyên Quang, ngày 05 tháng 10 năm 2026",
				"BÁO CÁO Kết quả chấp hành chỉ đạo, điều hành tháng 9 năm 2026 của Ủy ban nhân dân xã Hồng Thái",
				"GIÁM ĐỐC Nguyễn Văn An");
	}

	@Test
	void scoreClassificationAndRankAreThoseOfRankingCsv() throws IOException {
		// X1: DIGITAL 2/3 → 20 × 2/3 = 13.3333 points; DOSSIER 1/1 → 15; WIDE_CONF_LIMIT
		// 0 ≤ 3 → 5;
		// REPORT on the 15th → 0 of 10; the rest NA (documents not delivered, no meetings
		// of its own);
		// applicable weight 20 + 15 + 5 + 10 = 50, just enough to rank
		// → 100 × (13.3333… + 15 + 5 + 0) / 50 = 66.6666… → 66,67
		String text = unit("X1").flat();
		assertThat(text).contains("Điểm tổng hợp: 66,67/100", "Xếp loại: Hoàn thành nhiệm vụ", "Xếp thứ 2/2 xã, phường",
				"Bộ tiêu chí phiên bản 2026.2; số liệu đến ngày 05/10/2026");
		assertThat(Files.readString(out.resolve("2026-09/ranking.csv")))
			.contains("X1,Ủy ban nhân dân xã Hồng Thái,XA,66.67,Hoàn thành nhiệm vụ,2");
		// the table: value and points as scores.csv rounds them, with a decimal comma
		// a failed indicator says for how many periods in a row it has failed: here only
		// this one
		// under a value its change against August, in percentage points (August: HS-4,
		// received on 20/08, digital: 1/1 = 100%, so 66,67 − 100 = −33,33; on time: 1/1,
		// 0,00), and the change of points apart in the last column (20 → 13,3333: ▼
		// 6,67);
		// none where August has no value (no report due, no conference limit counted)
		assertThat(text).contains("2/3 66,67% −33,33 100% Không đạt (1 kỳ) 13,3333 / 20 ▼ 6,67",
				"1/1 100,00% 0,00 100% Đạt 15,0000 / 15 = 0,00", "0/3 0 ≤3 Đạt 5,0000 / 5 —",
				"0/1 0,00% 100% Không đạt (1 kỳ) 0,0000 / 10 —");
		// five indicators do not apply: the score line says how the rest were scaled
		assertThat(text).contains("Điểm tổng hợp: 66,67/100 Cách tính: 100 × 33,3333 / 50 (tổng điểm của các chỉ tiêu"
				+ " áp dụng trên tổng trọng số của chúng; chỉ tiêu không áp dụng không tính)");
		// X2: DIGITAL 2/2 (20), TASK 1/1 (15), ONLINE 1/1 (10), WIDE_CONF_LIMIT 0 (5),
		// REPORT on the 14th (10) → 100
		assertThat(unit("X2").flat()).contains("Điểm tổng hợp: 100,00/100", "Xếp thứ 1/2 xã, phường");
	}

	@Test
	void notApplicableIndicatorsSayWhy() {
		// a cut's counts are this year's against last year's
		assertThat(unit("X1").flat()).contains("0/0 — 100% Không áp dụng: không có nhiệm vụ đến hạn trong kỳ — / 15",
				"0 so với 0 — ≥15% Không áp dụng: không có văn bản nào từ 01/01/2026 đến 30/09/2026 trong toàn tỉnh:"
						+ " tệp documents đã được nộp chưa? — / 10");
	}

	/**
	 * The first page says what to fix first and by how much: the indicators not met, the
	 * most points to recover first (decision 84).
	 */
	@Test
	void theFirstPageSaysWhatToFixFirstAndByHowMuch() throws IOException {
		// X1: the report late (10 − 0 = 10 points); DIGITAL 2/3 (20 − 13,3333 = 6,6667)
		assertThat(unit("X1").flat()).contains("Xếp thứ 2/2 xã, phường Cần khắc phục (theo số điểm có thể lấy lại):"
				+ " 1. Báo cáo định kỳ đúng hạn: báo cáo quý III năm 2026 không nộp đúng hạn (hạn nộp 14/09/2026): cần"
				+ " nộp đúng hạn ở các kỳ sau. Có thể lấy lại 10,00 điểm. 2. Tỷ lệ hồ sơ, công việc xử lý trên môi"
				+ " trường số: cần thêm 1 hồ sơ, công việc xử lý trên môi trường số trong tháng 9 năm 2026 để đạt 100%"
				+ " (hiện 2/3). Có thể lấy lại 6,67 điểm. Bộ tiêu chí");
		// X2 meets every indicator that applies: nothing to fix
		assertThat(unit("X2").flat()).doesNotContain("Cần khắc phục");
		// the unit's page says the same
		assertThat(Files.readString(out.resolve("2026-09/units/X1.html"))).contains(
				"Cần khắc phục (theo số điểm có thể lấy lại):",
				"<li>Tỷ lệ hồ sơ, công việc xử lý trên môi trường số: cần thêm 1 hồ sơ");
	}

	@Test
	void theAnnexListsTheRecordsBehindEachUnmetIndicator() {
		String text = unit("X1").flat();
		assertThat(text).contains("PHỤ LỤC: CÁC TRƯỜNG HỢP CHƯA ĐẠT",
				"1. Tỷ lệ hồ sơ, công việc xử lý trên môi trường số: 66,67% (mục tiêu 100%)",
				// the gap and the points to recover first, then the records
				"– Cần thêm 1 hồ sơ, công việc xử lý trên môi trường số trong tháng 9 năm 2026 để đạt 100% (hiện 2/3);"
						+ " có thể lấy lại 6,67 điểm.",
				"– Công việc HS-2, tiếp nhận ngày 05/09/2026: không xử lý trên môi trường số",
				// numbered as in the table
				"10. Báo cáo định kỳ đúng hạn: 0,00% (mục tiêu 100%)",
				"– Báo cáo quý III năm 2026: nộp ngày 15/09/2026, sau hạn 14/09/2026.");
		assertThat(text).doesNotContain("HS-1 ", "HS-3 ", "HS-4");
	}

	@Test
	void theAnnexShowsTwentyRecordsMostLateFirstThenCountsTheRest() {
		// SO1: DIGITAL 1/1 → 20; 1 of 24 tasks on time → 15 × 1/24 = 0.625; ONLINE 0/1 →
		// 0 of 10;
		// NO_SUMMONS 1/1 → 5; REPORT missing → 0 of 10; weight 20 + 15 + 10 + 5 + 10 = 60
		// → 100 × 25.625 / 60 = 42.708333… → 42,71
		String text = unit("SO1").flat();
		assertThat(text).contains("Điểm tổng hợp: 42,71/100", "Xếp thứ 1/1 sở, ban, ngành", "1/24 4,17%", "0,6250 / 15",
				"– Báo cáo quý III năm 2026: chưa nộp (hạn nộp 14/09/2026).",
				"– Hội nghị HN-2 ngày 11/09/2026: họp trực tiếp");
		// T01 is the latest: due 01/09, open at 30/09 → 29 days; the 20th shown is T20
		// (10 days)
		assertThat(text).contains(
				"– Nhiệm vụ T01 theo văn bản 12/UBND-NC, giao ngày 01/08/2026, hạn 01/09/2026, chưa hoàn thành khi hết kỳ: trễ 29 ngày",
				"– Nhiệm vụ T20 theo văn bản 12/UBND-NC, giao ngày 01/08/2026, hạn 20/09/2026, chưa hoàn thành khi hết kỳ: trễ 10 ngày",
				"… và 3 nhiệm vụ khác");
		assertThat(text).doesNotContain("Nhiệm vụ T21", "Nhiệm vụ T99");
	}

	@Test
	void everyFontIsEmbeddedAndVietnameseExtractsExactly() {
		for (String file : new String[] { "units/SO1.pdf", "units/X1.pdf", "units/X2.pdf", "ranking.pdf" }) {
			PdfText pdf = PdfText.read(out.resolve("2026-09").resolve(file));
			assertThat(pdf.fontsNotEmbedded()).as(file).isEmpty();
			// the report in Times New Roman's metrics (Liberation Serif), the scorecards
			// in
			// DejaVu
			assertThat(pdf.fonts()).as(file)
				.isNotEmpty()
				.allMatch(font -> font.contains(file.equals("ranking.pdf") ? "LiberationSerif" : "DejaVu"));
			assertThat(pdf.text()).as(file).doesNotContain("\uFFFD");
		}
		assertThat(unit("SO1").flat()).contains("của Sở Văn hóa, Thể thao và Du lịch");
	}

	@Test
	void bothDocumentsAreValidPdfA2b() throws Exception {
		VeraGreenfieldFoundryProvider.initialise();
		for (String file : new String[] { "units/SO1.pdf", "units/X1.pdf", "ranking.pdf" }) {
			try (InputStream in = Files.newInputStream(out.resolve("2026-09").resolve(file));
					PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_2_B);
					PDFAValidator validator = Foundries.defaultInstance()
						.createValidator(PDFAFlavour.PDFA_2_B, false)) {
				ValidationResult result = validator.validate(parser);
				assertThat(result.getTestAssertions()
					.stream()
					.filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
					.map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
					.distinct()
					.toList()).as(file).isEmpty();
				assertThat(result.isCompliant()).as(file).isTrue();
			}
		}
	}

	@Test
	void documentMetadataNamesTheUnitTheIssuerAndThePeriod() {
		PdfText pdf = unit("X2");
		assertThat(pdf.information().getTitle())
			.isEqualTo("Bảng điểm: Ủy ban nhân dân phường Mỹ Lâm, tháng 9 năm 2026");
		assertThat(pdf.information().getAuthor()).isEqualTo("SỞ NỘI VỤ");
		assertThat(pdf.information().getSubject())
			.isEqualTo("Kết quả chấp hành chỉ đạo, điều hành tháng 9 năm 2026 của Ủy ban nhân dân phường Mỹ Lâm");
		assertThat(pdf.flat()).contains("Trang 1/" + pdf.pages());
	}

	@Test
	void theRankingReportListsEveryUnitOfEachTypeByRank() {
		String text = PdfText.read(out.resolve("2026-09/ranking.pdf")).flat();
		assertThat(text).contains("Kết quả xếp hạng chấp hành chỉ đạo, điều hành tháng 9 năm 2026",
				"PHỤ LỤC I KẾT QUẢ XẾP HẠNG CÁC SỞ, BAN, NGÀNH THÁNG 9 NĂM 2026",
				"1 SO1 Sở Văn hóa, Thể thao và Du lịch 42,71 Không hoàn thành nhiệm vụ",
				"PHỤ LỤC II KẾT QUẢ XẾP HẠNG CÁC XÃ, PHƯỜNG THÁNG 9 NĂM 2026",
				"1 X2 Ủy ban nhân dân phường Mỹ Lâm 100,00 Hoàn thành xuất sắc nhiệm vụ",
				"2 X1 Ủy ban nhân dân xã Hồng Thái 66,67 Hoàn thành nhiệm vụ",
				"Số đơn vị theo xếp loại: Hoàn thành xuất sắc nhiệm vụ: 1; Hoàn thành tốt nhiệm vụ: 0; Hoàn thành nhiệm vụ: 1;"
						+ " Không hoàn thành nhiệm vụ: 0; chưa xếp hạng: 0.",
				"Hội nghị quy mô toàn tỉnh của các sở, ban, ngành 0 hội nghị từ đầu năm 0 ≤2/năm Đạt",
				// both meetings are of the category KHAC, which has no time limit, and
				// neither records its speeches
				"Tỷ lệ hội nghị đúng thời lượng 0/0 hội nghị đúng thời lượng — 100% Không áp dụng: không có hội nghị"
						+ " (trừ loại khác) trong kỳ",
				"Tỷ lệ hội nghị đúng thời gian phát biểu 0/0 hội nghị đúng thời gian phát biểu — 100% Không áp dụng:",
				// SO1's one in-person meeting summoned no commune official
				"Không triệu tập cán bộ cấp xã họp trực tiếp (sở, ban, ngành) 1/1 hội nghị trực tiếp 100,00% 100% Đạt",
				// X1 and X2 held no commune-wide conference: both within 3
				"Hội nghị quy mô toàn xã (từ đầu năm) 2/2 xã, phường trong giới hạn 100,00% ≤3/xã Đạt",
				"Nhiệm vụ (tasks.csv): đọc 25 dòng, nạp 25, loại 0", "Không có dòng dữ liệu nào bị loại.",
				"Cảnh báo: không có văn bản nào từ 01/09/2026 đến 30/09/2026 trong toàn tỉnh: tệp documents đã được nộp chưa?");
		// the ninth column is NO_SUMMONS for departments and WIDE_CONF_LIMIT for communes
		// (a two-line
		// header cell extracts line by line across its row, so look at each table's
		// header row)
		String departments = text.substring(text.indexOf("PHỤ LỤC I "), text.indexOf("1 SO1 "));
		String communes = text.substring(text.indexOf("PHỤ LỤC II "), text.indexOf("1 X2 "));
		assertThat(departments).contains("Không triệu").doesNotContain("Hội nghị");
		assertThat(communes).contains("Hội nghị").doesNotContain("Không triệu");
	}

}

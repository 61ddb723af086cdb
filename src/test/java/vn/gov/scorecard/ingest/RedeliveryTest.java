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
 * A delivery that repeats the last one is not read again, and comes out exactly as
 * reading it would: the same rejects, line for line, the same figures, the same records.
 * Every path is checked against the same files loaded into a fresh database: the first
 * load, re-deliveries on days within and past the dates the files hold (a date after the
 * day of the load is rejected as a mistake), a changed unit list, and a changed file.
 */
class RedeliveryTest {

	private static final String UNITS = """
			unit_code,unit_name,unit_type,dissolved_on
			SO01,Sở Nội vụ,SO,
			XA01,Xã Hồng Thái,XA,2026-09-01
			""";

	/**
	 * D2 is dated after the first day; XA99 is no unit; XA01 was dissolved on 1
	 * September, with no successor.
	 */
	private static final String DOCUMENTS_A = """
			unit_code,doc_id,issued_on,doc_number
			SO01,D1,2026-09-10,1/SNV
			SO01,D2,2026-10-20,2/SNV
			XA99,D3,2026-09-11,3/UBND
			XA01,D4,2026-09-15,4/UBND
			SO01,D5,31/12/2025,5/SNV
			""";

	/** D1 repeats A.csv's D1, which comes first in loading order. */
	private static final String DOCUMENTS_B = """
			unit_code,doc_id,issued_on,doc_number
			SO01,D1,2026-09-12,1b/SNV
			SO01,D6,2026-09-30,6/SNV
			""";

	private static final LocalDate OCTOBER_5 = LocalDate.of(2026, 10, 5);

	private static final String DISSOLVED = "đơn vị đã giải thể từ ngày 2026-09-01 và không có đơn vị kế thừa;"
			+ " ghi bản ghi này cho đơn vị đang quản lý";

	private static final String UNKNOWN = "mã đơn vị không có trong danh mục đơn vị (units.csv)";

	private static final String BAD_DATE = "ngày không đúng định dạng yyyy-MM-dd";

	private static final String REPEATED = "trùng khóa với dòng 2 của tệp documents/A.csv";

	private static final String FUTURE = "ngày trong tương lai (sau ngày chạy lần tính): kiểm tra lại ngày";

	@Test
	void anUnchangedDeliveryIsNotReadAgainAndComesOutAsReadingItWould(@TempDir Path input) {
		try (Pipeline pipeline = delivered(Pipeline.on(input))) {
			// 1. the first load reads everything
			List<FileStats> first = pipeline.loadOn(OCTOBER_5);
			assertThat(first)
				.extracting(FileStats::name, FileStats::read, FileStats::loaded, FileStats::rejected,
						FileStats::readInRun)
				.containsExactly(tuple("units.csv", 2L, 2L, 0L, 1L), tuple("documents/A.csv", 5L, 1L, 4L, 1L),
						tuple("documents/B.csv", 2L, 1L, 1L, 1L));
			List<String> firstRejects = List.of("documents/A.csv 3 issued_on 2026-10-20 " + FUTURE,
					"documents/A.csv 4 unit_code XA99 " + UNKNOWN,
					"documents/A.csv 5 issued_on 2026-09-15 " + DISSOLVED,
					"documents/A.csv 6 issued_on 31/12/2025 " + BAD_DATE, "documents/B.csv 2 doc_id D1 " + REPEATED);
			assertThat(pipeline.rejects()).containsExactlyElementsOf(firstRejects);
			List<String> records = List.of("SO01 D1 2026-09-10 1/SNV", "SO01 D6 2026-09-30 6/SNV");
			assertThat(documents(pipeline)).containsExactlyElementsOf(records);
			assertThat(pipeline.rejects()).isEqualTo(freshRejects(input, OCTOBER_5));

			// 2. the same files next day: documents are taken from run 1, units are read
			// (they always are)
			assertThat(pipeline.loadOn(OCTOBER_5.plusDays(1)))
				.extracting(FileStats::name, FileStats::read, FileStats::loaded, FileStats::rejected,
						FileStats::readInRun)
				.containsExactly(tuple("units.csv", 2L, 2L, 0L, 2L), tuple("documents/A.csv", 5L, 1L, 4L, 1L),
						tuple("documents/B.csv", 2L, 1L, 1L, 1L));
			assertThat(pipeline.rejects()).containsExactly("documents/A.csv 3 issued_on 2026-10-20 " + FUTURE,
					firstRejects.get(1), firstRejects.get(2), firstRejects.get(3), firstRejects.get(4));
			assertThat(pipeline.rejects()).isEqualTo(freshRejects(input, OCTOBER_5.plusDays(1)));
			assertThat(documents(pipeline)).containsExactlyElementsOf(records);

			// 3. on 19 October, the day before D2: every date still on the same side,
			// still not read
			LocalDate october19 = LocalDate.of(2026, 10, 19);
			assertThat(pipeline.loadOn(october19)).extracting(FileStats::readInRun).containsExactly(3L, 1L, 1L);
			assertThat(pipeline.rejects()).first().isEqualTo("documents/A.csv 3 issued_on 2026-10-20 " + FUTURE);
			assertThat(pipeline.rejects()).isEqualTo(freshRejects(input, october19));

			// 4. on 20 October D2 is no longer in the future: read again, and D2 is
			// loaded
			LocalDate october20 = LocalDate.of(2026, 10, 20);
			assertThat(pipeline.loadOn(october20))
				.extracting(FileStats::loaded, FileStats::rejected, FileStats::readInRun)
				.containsExactly(tuple(2L, 0L, 4L), tuple(2L, 3L, 4L), tuple(1L, 1L, 4L));
			assertThat(pipeline.rejects()).containsExactlyElementsOf(firstRejects.subList(1, 5));
			assertThat(pipeline.rejects()).isEqualTo(freshRejects(input, october20));
			assertThat(documents(pipeline)).containsExactly("SO01 D1 2026-09-10 1/SNV", "SO01 D2 2026-10-20 2/SNV",
					"SO01 D6 2026-09-30 6/SNV");

			// 5. on 20 September (a clock set back), before D6 and D4: read again, both
			// rejected; the records
			// loaded before stay, and the rejects say so (SPEC §2 v3), which a fresh
			// database's cannot
			LocalDate september20 = LocalDate.of(2026, 9, 20);
			assertThat(pipeline.loadOn(september20)).extracting(FileStats::readInRun).containsExactly(5L, 5L, 5L);
			assertThat(pipeline.rejects()).containsExactly(
					"documents/A.csv 3 issued_on 2026-10-20 " + FUTURE
							+ "; bản ghi đã lưu từ lần tính 4 được giữ nguyên",
					firstRejects.get(1), firstRejects.get(2), firstRejects.get(3), firstRejects.get(4),
					"documents/B.csv 3 issued_on 2026-09-30 " + FUTURE
							+ "; bản ghi đã lưu từ lần tính 1 được giữ nguyên");
			assertThat(pipeline.rejects())
				.extracting(reject -> reject.replaceFirst("; bản ghi đã lưu từ lần tính \\d+ được giữ nguyên", ""))
				.isEqualTo(freshRejects(input, september20));
			assertThat(documents(pipeline)).containsExactlyElementsOf(
					List.of("SO01 D1 2026-09-10 1/SNV", "SO01 D2 2026-10-20 2/SNV", "SO01 D6 2026-09-30 6/SNV"));

			// 6. back to 20 October: the last reading was on 20 September, so this one
			// reads again
			assertThat(pipeline.loadOn(october20)).extracting(FileStats::readInRun).containsExactly(6L, 6L, 6L);
			assertThat(pipeline.rejects()).isEqualTo(freshRejects(input, october20));

			// 7. XA99 joins the unit list: its document is no longer unknown, so the
			// documents are read again
			pipeline.file("units.csv", UNITS + "XA99,Xã Mới,XA,\n");
			assertThat(pipeline.loadOn(october20))
				.extracting(FileStats::loaded, FileStats::rejected, FileStats::readInRun)
				.containsExactly(tuple(3L, 0L, 7L), tuple(3L, 2L, 7L), tuple(1L, 1L, 7L));
			assertThat(pipeline.rejects()).containsExactly(firstRejects.get(2), firstRejects.get(3),
					firstRejects.get(4));
			assertThat(documents(pipeline)).contains("XA99 D3 2026-09-11 3/UBND");

			// 8. the same again: not read
			assertThat(pipeline.loadOn(october20)).extracting(FileStats::readInRun).containsExactly(8L, 7L, 7L);
			assertThat(pipeline.rejects()).containsExactly(firstRejects.get(2), firstRejects.get(3),
					firstRejects.get(4));

			// 9. one changed file (B.csv corrects D6's number and repeats D6): the kind's
			// files are read again
			pipeline.file("documents/B.csv", """
					unit_code,doc_id,issued_on,doc_number
					SO01,D1,2026-09-12,1b/SNV
					SO01,D6,2026-09-30,6a/SNV
					SO01,D6,2026-09-30,6b/SNV
					""");
			assertThat(pipeline.loadOn(october20))
				.extracting(FileStats::name, FileStats::read, FileStats::loaded, FileStats::rejected,
						FileStats::readInRun)
				.containsExactly(tuple("units.csv", 3L, 3L, 0L, 9L), tuple("documents/A.csv", 5L, 3L, 2L, 9L),
						tuple("documents/B.csv", 3L, 1L, 2L, 9L));
			assertThat(pipeline.rejects()).containsExactly(firstRejects.get(2), firstRejects.get(3),
					firstRejects.get(4), "documents/B.csv 4 doc_id D6 trùng khóa với dòng 3 trong cùng tệp");
			assertThat(documents(pipeline)).contains("SO01 D6 2026-09-30 6a/SNV");
			assertThat(pipeline.rejects()).isEqualTo(freshRejects(input, october20));
		}
	}

	private static Pipeline delivered(Pipeline pipeline) {
		return pipeline.file("units.csv", UNITS)
			.file("documents/A.csv", DOCUMENTS_A)
			.file("documents/B.csv", DOCUMENTS_B);
	}

	/**
	 * The rejects of the same files, loaded on the same day into a new database: what
	 * reading them again gives.
	 */
	private static List<String> freshRejects(Path folder, LocalDate day) {
		try (Pipeline again = Pipeline.on(folder)) {
			again.loadOn(day);
			return again.rejects();
		}
	}

	private static List<String> documents(Pipeline pipeline) {
		return pipeline.database().jdbc().queryForList("""
				SELECT unit_code || ' ' || doc_id || ' ' || issued_on || ' ' || doc_number FROM document
				ORDER BY unit_code, doc_id""", String.class);
	}

}

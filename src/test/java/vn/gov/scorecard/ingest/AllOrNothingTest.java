package vn.gov.scorecard.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.ingest.load.FileStats;
import vn.gov.scorecard.ingest.load.RejectCapExceededException;
import vn.gov.scorecard.support.Pipeline;

/**
 * A run loads all of its files or nothing: a fatal file problem or too many rejects
 * leaves every data table exactly as it was. Loading is an upsert by key.
 */
class AllOrNothingTest {

	private static final List<String> TABLES = List.of("unit", "meeting", "document", "work_item", "task", "report",
			"run_reject", "run_file");

	private static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);

	private Path input;

	private Pipeline pipeline;

	private List<List<Map<String, Object>>> before;

	@BeforeEach
	void loadAGoodRun(@TempDir Path input) {
		this.input = input;
		pipeline = Pipeline.on(input)
			.file("units.csv", "unit_code,unit_name,unit_type\nSO1,Sở Nội vụ,SO\nX1,Ủy ban nhân dân xã Hồng Thái,XA\n")
			.file("documents.csv", "unit_code,doc_id,issued_on\nSO1,D1,2026-01-05\nX1,D1,2026-01-06\n");
		pipeline.load(AS_OF);
		before = contents();
	}

	@AfterEach
	void close() {
		pipeline.close();
	}

	@Test
	void aMissingRequiredColumnFailsTheRunAndLoadsNothing() {
		pipeline.file("units.csv", "unit_code,unit_name,unit_type\nSO1,Sở Nội vụ (đổi tên),SO\n")
			.file("meetings.csv", "unit_code,meeting_id,held_on,category,format\nSO1,M1,2026-01-05,KHAC,TRUC_TIEP\n");
		assertThatThrownBy(() -> pipeline.load(AS_OF)).isInstanceOf(InputProblemException.class)
			.hasMessage("meetings.csv: lacks the required column(s) duration_days"
					+ " (header has: unit_code, meeting_id, held_on, category, format)");
		assertThat(contents()).isEqualTo(before);
	}

	@Test
	void invalidUtf8InTheLastFileFailsBeforeTheFirstIsLoaded() throws IOException {
		pipeline.file("units.csv", "unit_code,unit_name,unit_type\nSO2,Sở Y tế,SO\n");
		// "Sở" in Windows-1258 is 0x53 0xDE, not UTF-8. The header is 49 characters and a
		// newline,
		// bytes 0–49; 'S' is byte 50, so the bad byte is at (0-based) offset 51, on line
		// 2
		byte[] header = "unit_code,task_id,assigned_on,due_on,completed_on\n".getBytes();
		byte[] bad = { 'S', (byte) 0xDE, ',', 'T', '1', '\n' };
		byte[] file = new byte[header.length + bad.length];
		System.arraycopy(header, 0, file, 0, header.length);
		System.arraycopy(bad, 0, file, header.length, bad.length);
		Files.write(input.resolve("tasks.csv"), file);
		assertThatThrownBy(() -> pipeline.load(AS_OF)).isInstanceOf(InputProblemException.class)
			.hasMessageStartingWith(
					"tasks.csv: not valid UTF-8 at byte offset 51 (line 2); it was most likely saved in a Windows code page");
		assertThat(contents()).isEqualTo(before);
	}

	@Test
	void aFileWithoutAHeaderFailsTheRun() {
		pipeline.file("reports.csv", "");
		assertThatThrownBy(() -> pipeline.load(AS_OF)).isInstanceOf(InputProblemException.class)
			.hasMessage("reports.csv: has no header row");
		assertThat(contents()).isEqualTo(before);
	}

	@Test
	void moreRejectsThanTheCapFailTheRunAndLoadNothing() {
		// 6 bad rows of 100: 6% > 5% and 6 > 5 rows
		pipeline.file("documents.csv", documents(94, "01/02/2026", "x", "2026-13-01", "2026-02-30", "02/02/2026", "y"));
		assertThatThrownBy(() -> pipeline.load(AS_OF)).isInstanceOf(RejectCapExceededException.class)
			.hasMessage("documents.csv: 6 of 100 rows rejected, more than the cap of 5% of its rows and 5 rows");
		assertThat(contents()).isEqualTo(before);
	}

	@Test
	void oneTypoInAUnitsTenRowFileDoesNotStopTheProvince() {
		// SPEC v2 §2: 1 of 10 is 10%, but not more than 5 rows
		pipeline.file("documents.csv", documents(9, "01/02/2026"));
		assertThat(pipeline.load(AS_OF)).extracting(FileStats::rejected).containsExactly(0L, 1L);
	}

	@Test
	void rejectsExactlyAtTheCapAreAllowed() {
		// 6 bad rows of 120 = 5%: more than 5 rows, but not more than 5%
		pipeline.file("documents.csv", documents(114, "x1", "x2", "x3", "x4", "x5", "x6"));
		assertThat(pipeline.load(AS_OF)).extracting(FileStats::rejected).containsExactly(0L, 6L);
	}

	@Test
	void rejectsJustOverTheCapFailTheRun() {
		// 7 bad rows of 139 = 5.04% > 5%, and 7 > 5
		pipeline.file("documents.csv", documents(132, "x1", "x2", "x3", "x4", "x5", "x6", "x7"));
		assertThatThrownBy(() -> pipeline.load(AS_OF)).isInstanceOf(RejectCapExceededException.class)
			.hasMessageStartingWith("documents.csv: 7 of 139 rows rejected");
		assertThat(contents()).isEqualTo(before);
	}

	@Test
	void loadingTheSameFilesAgainChangesNothingAndACorrectionReplacesTheRecord() {
		List<List<Map<String, Object>>> records = contents().subList(0, 6);
		pipeline.load(AS_OF);
		assertThat(contents().subList(0, 6)).isEqualTo(records);

		// the corrected documents.csv holds SO1's D1 only: X1's D1 of January, a month it
		// still covers, is
		// withdrawn with it (SPEC v3 §2)
		pipeline.file("documents.csv", "unit_code,doc_id,issued_on,doc_number\nSO1,D1,2026-01-07,12/SNV-VP\n");
		pipeline.load(AS_OF);
		assertThat(pipeline.database()
			.jdbc()
			.queryForList("SELECT unit_code || ' ' || doc_id || ' ' || issued_on || ' ' || "
					+ "coalesce(doc_number, '-') FROM document ORDER BY 1", String.class))
			.containsExactly("SO1 D1 2026-01-07 12/SNV-VP");
	}

	/**
	 * documents.csv with {@code good} good rows (lines 2 …) and then one row per bad
	 * issue date.
	 */
	private static String documents(int good, String... badDates) {
		StringBuilder documents = new StringBuilder("unit_code,doc_id,issued_on\n");
		for (int i = 1; i <= good; i++) {
			documents.append("SO1,N").append(i).append(",2026-02-01\n");
		}
		for (int i = 0; i < badDates.length; i++) {
			documents.append("SO1,BAD").append(i).append(',').append(badDates[i]).append('\n');
		}
		return documents.toString();
	}

	private List<List<Map<String, Object>>> contents() {
		List<List<Map<String, Object>>> tables = new ArrayList<>();
		for (String table : TABLES) {
			tables.add(pipeline.database().jdbc().queryForList("SELECT * FROM " + table + " ORDER BY 1, 2, 3"));
		}
		return tables;
	}

}

package vn.gov.scorecard.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.support.ChildJvm;
import vn.gov.scorecard.support.Folders;
import vn.gov.scorecard.support.PdfText;
import vn.gov.scorecard.support.TestDatabase;
import vn.gov.scorecard.support.TwoDepartments;

/**
 * Issue 9: runs an operator can trust, each through the real entry point in child JVMs on
 * a real PostgreSQL: retries that run what was asked, period folders that never mix runs,
 * one run id, the embedded database's place, durability, recovery and sharing, a clean
 * SIGTERM, and messages.
 */
class OperatorTrustIT {

	private static Path write(Path directory, String name, String content) throws IOException {
		Files.createDirectories(directory);
		return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
	}

	private static String[] run(TestDatabase database, Path input, Path out) {
		String[] db = database.springArguments();
		return new String[] { "--input=" + input, "--period=2026-09", "--output=" + out, "--as-of=2026-10-05", db[0],
				db[1] };
	}

	@Test
	void aFailedRunAskedForWithCorrectedFilesInAnotherFolderIsAbandonedForANewRun(@TempDir Path work) throws Exception {
		Path broken = TwoDepartments.write(work.resolve("broken"));
		// the clerk saved units.csv as UTF-16
		Files.write(broken.resolve("units.csv"),
				"unit_code,unit_name,unit_type\nSO1,Sở Nội vụ,SO\n".getBytes(StandardCharsets.UTF_16));
		Path corrected = TwoDepartments.write(work.resolve("corrected"));
		Path out = work.resolve("out");
		try (TestDatabase database = TestDatabase.create()) {
			try (ChildJvm first = ChildJvm.start(work.resolve("1.log"), run(database, broken, out))) {
				assertThat(first.finished(3).output()).contains("units.csv: is in UTF-16");
			}
			try (ChildJvm second = ChildJvm.start(work.resolve("2.log"), run(database, corrected, out))) {
				assertThat(second.finished(0).output()).containsPattern(
						"WARN +RunCommand - abandoning run 1 of 2026-09, which did not complete: it was started"
								+ " with input .*broken, .*this command asks for input .*corrected, .*; a new run starts")
					.contains("run 2 of 2026-09 started", "Scorecard 2026-09 — run 2,");
			}
			assertThat(out.resolve("2026-09/run.json")).content().contains("\"runId\" : 2");
			assertThat(database.jdbc()
				.queryForList("SELECT status FROM batch_job_execution ORDER BY job_execution_id", String.class))
				.containsExactly("ABANDONED", "COMPLETED");
			// the same command again is a rerun of a completed period, not a resumption
			// of run 1
			try (ChildJvm history = ChildJvm.start(work.resolve("h.log"), database.springArguments()[0],
					database.springArguments()[1], "--history")) {
				assertThat(history.finished(0).output()).containsPattern("\\s+2\\s+2026-09\\s.*COMPLETED")
					.containsPattern("\\s+1\\s+2026-09\\s.*ABANDONED");
			}
		}
	}

	@Test
	void aRerunAfterAUnitWasDissolvedLeavesNoScorecardOfItAndArchivesTheRunItReplaces(@TempDir Path work)
			throws Exception {
		Path input = TwoDepartments.write(work.resolve("in"));
		Path out = work.resolve("out");
		try (TestDatabase database = TestDatabase.create()) {
			try (ChildJvm first = ChildJvm.start(work.resolve("1.log"), run(database, input, out))) {
				first.finished(0);
			}
			assertThat(Folders.snapshot(out.resolve("2026-09/units")).keySet()).containsExactly("SO1.html", "SO1.pdf",
					"SO2.html", "SO2.pdf");
			Map<String, String> runOne = Folders.snapshot(out.resolve("2026-09"));
			// SO2 was merged away on 1 August: it exists no more in September
			write(input, "units.csv",
					"unit_code,unit_name,unit_type,dissolved_on\nSO1,Sở Nội vụ,SO,\nSO2,Sở Tư pháp,SO,2026-08-01\n");
			try (ChildJvm second = ChildJvm.start(work.resolve("2.log"), run(database, input, out))) {
				// one run id, in the log, the summary, run.json, the PDFs, the history
				// and the archive
				assertThat(second.finished(0).output())
					.contains("run 2 of 2026-09 started", "it replaces run 1", "run 2: step publish",
							"Scorecard 2026-09 — run 2,", "run 2: the run it replaces moved to")
					.doesNotContain("run #", "period run");
			}
			// neither the dissolved unit's scorecard nor its page of the site is left
			// behind
			assertThat(Folders.snapshot(out.resolve("2026-09/units")).keySet()).containsExactly("SO1.html", "SO1.pdf");
			// the index names it once, in what changed since run 1, without a link
			String index = Files.readString(out.resolve("2026-09/index.html"));
			assertThat(index).doesNotContain("units/SO2.html")
				.contains("<span>SO2 – Sở Tư pháp: không còn trong kết quả kỳ này (lần tính trước: chưa xếp"
						+ " hạng)</span>");
			assertThat(index.split("SO2", -1)).hasSize(2);
			assertThat(out.resolve("2026-09/run.json")).content().contains("\"runId\" : 2", "\"replacesRunId\" : 1");
			assertThat(PdfText.read(out.resolve("2026-09/units/SO1.pdf")).text()).contains("lần tính số 2.");
			assertThat(Folders.snapshot(out.resolve("archive/2026-09/run-1"))).isEqualTo(runOne);
			assertThat(out.resolve(".work/2026-09")).isEmptyDirectory();
		}
	}

	@Test
	void aRunStoppedByTheRejectCapLeavesTheCompletedRunInPlaceAndItsRejectsInFailed(@TempDir Path work)
			throws Exception {
		Path input = TwoDepartments.write(work.resolve("in"));
		Path out = work.resolve("out");
		try (TestDatabase database = TestDatabase.create()) {
			try (ChildJvm first = ChildJvm.start(work.resolve("1.log"), run(database, input, out))) {
				first.finished(0);
			}
			Map<String, String> runOne = Folders.snapshot(out.resolve("2026-09"));
			StringBuilder documents = new StringBuilder("unit_code,doc_id,issued_on\n");
			for (int i = 1; i <= 10; i++) {
				documents.append("SO1,").append(i).append(",31/09/2026\n");
			}
			write(input, "documents.csv", documents.toString());
			Path rejects = out.resolve("failed/2026-09/run-2/rejects.csv").toAbsolutePath();
			try (ChildJvm second = ChildJvm.start(work.resolve("2.log"), run(database, input, out))) {
				assertThat(second.finished(4).output())
					.contains("scorecard: documents.csv: 10 of 10 rows rejected, more than"
							+ " the cap of 5% of its rows and 5 rows; nothing was loaded; the rejected rows are in "
							+ rejects);
			}
			assertThat(Folders.snapshot(out.resolve("2026-09"))).isEqualTo(runOne);
			assertThat(Files.readAllLines(rejects)).hasSize(11)
				.element(1)
				.asString()
				.startsWith("documents.csv,2,SO1,1,issued_on,31/09/2026,");
		}
	}

	@Test
	void anInputFolderWithNoFileTheJobKnowsSaysWhatItLookedFor(@TempDir Path work) throws Exception {
		Path input = Files.createDirectories(work.resolve("in"));
		// an Excel 97-2003 workbook, which the job does not read
		Files.write(input.resolve("documents.xls"), new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 });
		try (TestDatabase database = TestDatabase.create();
				ChildJvm child = ChildJvm.start(work.resolve("run.log"), run(database, input, work.resolve("out")))) {
			assertThat(child.finished(3).output()).contains("scorecard: no input file in " + input.toAbsolutePath()
					+ ": looked for units.csv, meetings.csv, documents.csv, work_items.csv, tasks.csv, reports.csv"
					+ " (or .xlsx, or files in folders named units/, meetings/, …); found documents.xls");
		}
	}

	/**
	 * Between ticks the scheduled mode holds nothing (SPEC §7 v3): on the embedded
	 * database, a run by hand, --history and --schedule --plan all work while it waits
	 * for its next tick, and --plan says what a tick would do without doing it.
	 */

}

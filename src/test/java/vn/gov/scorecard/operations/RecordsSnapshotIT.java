package vn.gov.scorecard.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.ScorecardApplication;
import vn.gov.scorecard.ScorecardCommand;
import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.support.ChildJvm;
import vn.gov.scorecard.support.Outputs;
import vn.gov.scorecard.support.PdfText;
import vn.gov.scorecard.support.SmallProvince;
import vn.gov.scorecard.support.TestDatabase;

/**
 * Issue 24, point 4: a run's documents are drawn from the records it counted, whatever
 * another period's run loads meanwhile. Run 1 (September) is held at the start of its
 * report step, after counting and scoring; run 2 (the third quarter) then loads a
 * corrected documents.csv that no longer holds one September document. Without the
 * records lock, run 1 would count the old records and draw its province totals and
 * annexes from the new ones.
 */
class RecordsSnapshotIT {

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private static final String AS_OF = "--as-of=2026-11-24";

	@TempDir
	static Path work;
	static Path original;
	static Path corrected;

	/** September alone on the original files, in a database of its own. */
	static Path septemberOriginal;

	@BeforeAll
	static void septemberAlone() throws IOException {
		original = SmallProvince.write(work.resolve("original"), 11);
		corrected = work.resolve("corrected");
		copy(original, corrected);
		List<String> documents = Files.readAllLines(corrected.resolve("documents.csv"));
		String september = documents.stream().filter(line -> line.contains(",2026-09-")).findFirst().orElseThrow();
		List<String> without = new ArrayList<>(documents);
		without.remove(september);
		Files.write(corrected.resolve("documents.csv"), without);
		septemberOriginal = septemberAlone(original, work.resolve("reference-original"));
	}

	@Test
	void anotherPeriodsLoadWaitsUntilARunHasDrawnItsDocuments(@TempDir Path out) throws Exception {
		try (TestDatabase database = TestDatabase.create(); TestDatabase.Hold report = database.hold("report")) {
			String[] db = database.springArguments();
			try (ChildJvm september = ChildJvm.start(new ChildJvm.Setting().checkpoints(), out.resolve("september.log"),
					"--input=" + original, "--period=2026-09", "--output=" + out, AS_OF, db[0], db[1])) {
				september.await("run 1 at its report step", PATIENCE, report::reached);
				try (ChildJvm quarter = ChildJvm.start(out.resolve("quarter.log"), "--input=" + corrected,
						"--period=2026-Q3", "--output=" + out, AS_OF, db[0], db[1])) {
					quarter.await("run 2's load to wait for the records", PATIENCE,
							() -> database.waitingOnLock("scorecard:records"));
					report.close();
					september.finished(0);
					quarter.finished(0);
					assertThat(quarter.output())
						.contains("run 2: waiting for the records to load: another run is counting or"
								+ " drawing its documents from them");
				}
			}
			Outputs.assertSame(septemberOriginal, out.resolve("2026-09"));
		}
	}

	@Test
	void aRunResumedAfterAnotherChangedTheRecordsStartsAfresh(@TempDir Path out) throws Exception {
		try (TestDatabase database = TestDatabase.create()) {
			String[] db = database.springArguments();
			String[] september = { "--input=" + original, "--period=2026-09", "--output=" + out, AS_OF, db[0], db[1] };
			try (TestDatabase.Hold report = database.hold("report");
					ChildJvm killed = ChildJvm.start(new ChildJvm.Setting().checkpoints(), out.resolve("killed.log"),
							september)) {
				killed.await("run 1 at its report step", PATIENCE, report::reached);
				killed.kill();
			}
			assertThat(ScorecardCommand.run("--input=" + corrected, "--period=2026-Q3", "--output=" + out, AS_OF, db[0],
					db[1]))
				.isEqualTo(ExitCode.SUCCESS);
			try (ChildJvm again = ChildJvm.start(out.resolve("again.log"), september)) {
				again.finished(0);
				// run 1 loaded generation 1; run 2's load made it 2
				assertThat(again.output())
					.contains("abandoning run 1 of 2026-09, which did not complete: the records changed"
							+ " after run 1 loaded them (generation 1 then, 2 now, loaded by run 2); a new run starts");
			}
			// run 3 loads the original files again, which puts the September document
			// back: its figures
			// and its documents are September's on the original files, as run 1 alone
			// would have made them
			assertThat(out.resolve("2026-09/scores.csv"))
				.hasSameTextualContentAs(septemberOriginal.resolve("scores.csv"));
			assertThat(out.resolve("2026-09/run.json")).content().contains("\"runId\" : 3");
			// ... but for the warning that the documents file is the one run 2 replaced,
			// sent again (decision 65)
			String report = PdfText.read(out.resolve("2026-09/ranking.pdf"))
				.text()
				.replace("lần tính số 3", "lần tính số 1");
			assertThat(report)
				.contains("documents.csv: giống hệt tệp đã nộp ở lần tính 1 và sau đó đã được thay bằng nội dung khác");
			assertThat(report.lines()
				.filter(line -> !line.contains("documents.csv: giống hệt")
						&& !line.contains("Nếu đây là bản cũ gửi nhầm")))
				.containsExactlyElementsOf(
						PdfText.read(septemberOriginal.resolve("ranking.pdf")).text().lines().toList());
		}
	}

	private static Path septemberAlone(Path input, Path out) {
		try (TestDatabase database = TestDatabase.create()) {
			String[] db = database.springArguments();
			assertThat(ScorecardCommand.run("--input=" + input, "--period=2026-09", "--output=" + out, AS_OF, db[0],
					db[1]))
				.isEqualTo(ExitCode.SUCCESS);
		}
		return out.resolve("2026-09");
	}

	private static void copy(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		try (var files = Files.list(from)) {
			for (Path file : files.toList()) {
				Files.copy(file, to.resolve(file.getFileName()));
			}
		}
	}

}

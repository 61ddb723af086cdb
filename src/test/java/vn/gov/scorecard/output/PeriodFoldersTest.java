package vn.gov.scorecard.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.period.Period;

/** Publishing a run whose work folder is gone (issue 24, point 12). */
class PeriodFoldersTest {

	@Test
	void aRunWithNoWorkFolderIsPublishedOnlyIfThePeriodFolderIsAlreadyIt(@TempDir Path output) throws IOException {
		PeriodFolders folders = new PeriodFolders(output, Period.parse("2026-09"));
		Files.createDirectories(folders.current());
		Files.writeString(folders.current().resolve("run.json"), "{\"runId\": 7}");
		// run 7 was exchanged and its predecessor archived before the process died:
		// nothing left to do
		assertThat(folders.publish(7, PublishSettings.Swap.AUTO, point -> {
		})).isNull();
		// run 8 has no work folder and the period folder is run 7's: publishing it would
		// claim what is not there
		assertThatThrownBy(() -> folders.publish(8, PublishSettings.Swap.AUTO, point -> {
		})).isInstanceOf(IllegalStateException.class)
			.hasMessage("cannot publish run 8: its work folder " + folders.work(8) + " is gone and " + folders.current()
					+ " holds run 7; run the period again");
		assertThat(folders.current().resolve("run.json")).hasContent("{\"runId\": 7}");
	}

	@Test
	void theArchiveKeepsTheNewestRunsItIsToldToAndEveryOneByDefault(@TempDir Path output) throws IOException {
		PeriodFolders folders = new PeriodFolders(output, Period.parse("2026-09"));
		Path archive = output.resolve("archive/2026-09");
		for (long run : new long[] { 3, 1, 12 }) {
			Files.createDirectories(archive.resolve("run-" + run));
			Files.writeString(archive.resolve("run-" + run + "/run.json"), "{\"runId\": " + run + "}");
		}
		// a folder left by an earlier version without run.json counts as oldest
		Files.createDirectories(archive.resolve("incomplete-20261101-020000"));
		assertThat(folders.pruneArchive(0)).isEmpty();
		assertThat(archive.toFile().list()).hasSize(4);
		// run 12 sorts after run 3 by its id, not by its name
		assertThat(folders.pruneArchive(2)).containsExactly(archive.resolve("incomplete-20261101-020000"),
				archive.resolve("run-1"));
		assertThat(archive.toFile().list()).containsExactlyInAnyOrder("run-3", "run-12");
	}

}

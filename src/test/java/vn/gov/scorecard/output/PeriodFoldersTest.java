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
		// run 7 was exchanged and its predecessor archived before the process died: nothing left to do
		assertThat(folders.publish(7)).isNull();
		// run 8 has no work folder and the period folder is run 7's: publishing it would claim what is not there
		assertThatThrownBy(() -> folders.publish(8)).isInstanceOf(IllegalStateException.class)
				.hasMessage("cannot publish run 8: its work folder " + folders.work(8) + " is gone and " + folders.current()
						+ " holds run 7; run the period again");
		assertThat(folders.current().resolve("run.json")).hasContent("{\"runId\": 7}");
	}
}

package vn.gov.scorecard.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.support.ChildJvm;

/**
 * {@code --check=DIR} without {@code --output}, as the help shows it first, writes
 * rejects.csv into the folder the clerk runs it from (it failed with "internal error:
 * Cannot invoke Path.getFileSystem()", the working directory taken as a path without a
 * parent: found by running the README's commands from a fresh clone).
 */
class CheckInTheWorkingDirectoryIT {

	@TempDir
	Path work;

	@Test
	void aCheckWithoutOutputWritesItsRejectsWhereItRuns() throws Exception {
		Path input = Files.createDirectories(work.resolve("nộp"));
		// one unit of an unknown type: 1 row read, 1 rejected
		Files.writeString(input.resolve("units.csv"), "unit_code,unit_name,unit_type\nSO01,Sở Nội vụ,SOX\n");
		Path here = Files.createDirectories(work.resolve("here"));
		try (ChildJvm check = ChildJvm.start(new ChildJvm.Setting().in(here, work.resolve("home")),
				work.resolve("check.log"), "--check=" + input)) {
			assertThat(check.finished(0).output()).contains("rejects.csv (1 rows): " + here.resolve("rejects.csv"))
				.doesNotContain("internal error");
		}
		assertThat(Files.readAllLines(here.resolve("rejects.csv"))).hasSize(2);
	}

}

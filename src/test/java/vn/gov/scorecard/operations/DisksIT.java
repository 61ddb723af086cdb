package vn.gov.scorecard.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.support.ChildJvm;
import vn.gov.scorecard.support.SystemTools;
import vn.gov.scorecard.support.TestDatabase;
import vn.gov.scorecard.support.TwoDepartments;

/**
 * Output folders on real disks that refuse to be written (issue 24, point 6): a read-only
 * mount is refused before anything is loaded, a full disk is reported as such; each in
 * one line with exit code 8 and no stack trace; and what is published is on disk first.
 * The mounts need root and the last test strace (CI has both); elsewhere the tests are
 * skipped, saying why.
 */
class DisksIT {

	@Test
	void aReadOnlyOutputFolderIsRefusedBeforeTheLoad(@TempDir Path work) throws Exception {
		Path input = TwoDepartments.write(work.resolve("in"));
		Path out = Files.createDirectories(work.resolve("out"));
		mount(out, "--bind", "-o", "ro", out.toString());
		try (TestDatabase database = TestDatabase.create();
				ChildJvm run = ChildJvm.start(work.resolve("run.log"), arguments(database, input, out))) {
			run.finished(8);
			assertThat(run.failureLine()).startsWith("scorecard: the output folder " + out + " cannot be written (");
			assertThat(run.output()).doesNotContain("step load");
			// nothing was loaded: no run, no record
			assertThat(database.jdbc().queryForObject("SELECT count(*) FROM batch_job_instance", Long.class)).isZero();
			assertThat(database.jdbc().queryForObject("SELECT count(*) FROM work_item", Long.class)).isZero();
		}
		finally {
			unmount(out);
		}
	}

	@Test
	void aFullDiskIsReportedAsSuchAndTheRunResumesOnceThereIsRoom(@TempDir Path work) throws Exception {
		Path input = TwoDepartments.write(work.resolve("in"));
		Path out = Files.createDirectories(work.resolve("out"));
		// room for the write test, not for a scorecard with its fonts
		mount(out, "-t", "tmpfs", "-o", "size=64k", "tmpfs");
		try (TestDatabase database = TestDatabase.create()) {
			try (ChildJvm run = ChildJvm.start(work.resolve("run.log"), arguments(database, input, out))) {
				run.finished(8);
				assertThat(run.failureLine())
					.startsWith("scorecard: the disk is full: the output folder " + out + " could not be written (")
					.contains("No space left on device); nothing was published");
			}
			assertThat(out.resolve("2026-09")).doesNotExist();
			unmount(out);
			try (ChildJvm again = ChildJvm.start(work.resolve("again.log"), arguments(database, input, out))) {
				again.finished(0);
				assertThat(again.output()).contains("resuming run 1 of 2026-09");
			}
			assertThat(out.resolve("2026-09/run.json")).exists();
		}
		finally {
			unmount(out);
		}
	}

	/**
	 * What a power cut after publishing finds (issue 24, point 2): every file of the
	 * published run was forced to disk (fsync) before the rename that publishes it, and
	 * the output folder after, as strace sees the process's system calls.
	 */
	@Test
	void everyPublishedFileIsOnDiskBeforeTheRenameThatPublishesIt(@TempDir Path work) throws Exception {
		Path input = TwoDepartments.write(work.resolve("in"));
		Path out = Files.createDirectories(work.resolve("out"));
		Path trace = work.resolve("trace.txt");
		SystemTools.require(new ProcessBuilder("strace", "-V").redirectErrorStream(true).start().waitFor() == 0,
				"skipped: strace is not installed (Debian's strace; .ci/run installs it)");
		try (TestDatabase database = TestDatabase.create();
				ChildJvm run = ChildJvm
					.startUnder(
							List.of("strace", "-f", "-qq", "-y", "-e",
									"trace=fsync,fdatasync,rename,renameat,renameat2", "-o", trace.toString()),
							work.resolve("run.log"), arguments(database, input, out))) {
			run.finished(0);
		}
		List<String> calls = Files.readAllLines(trace);
		Path staged = out.resolve(".work/2026-09/run-1");
		int published = indexOf(calls, line -> line.contains("rename") && line.contains("\"" + staged + "\"")
				&& line.contains("\"" + out.resolve("2026-09") + "\""));
		assertThat(published).as("the rename that publishes run 1").isNotNegative();
		List<Path> files;
		try (var walk = Files.walk(out.resolve("2026-09"))) {
			files = walk.filter(Files::isRegularFile).map(out.resolve("2026-09")::relativize).toList();
		}
		assertThat(files).contains(Path.of("run.json"), Path.of("ranking.pdf"), Path.of("units/SO1.pdf"));
		for (Path file : files) {
			int forced = indexOf(calls,
					line -> line.contains("fsync(") && line.contains("<" + staged.resolve(file) + ">"));
			assertThat(forced).as(file + " forced before it is published").isNotNegative().isLessThan(published);
		}
		assertThat(calls.subList(published, calls.size())).as("the output folder forced after")
			.anyMatch(line -> line.contains("fsync(") && line.contains("<" + out + ">"));
	}

	private static int indexOf(List<String> lines, java.util.function.Predicate<String> match) {
		for (int i = 0; i < lines.size(); i++) {
			if (match.test(lines.get(i))) {
				return i;
			}
		}
		return -1;
	}

	private static String[] arguments(TestDatabase database, Path input, Path out) {
		String[] db = database.springArguments();
		return new String[] { "--input=" + input, "--period=2026-09", "--output=" + out, "--as-of=2026-10-05", db[0],
				db[1] };
	}

	/**
	 * mount [options] SOURCE onto {@code target}; skips the test, saying why, where
	 * mounting is not allowed.
	 */
	private static void mount(Path target, String... options) throws Exception {
		List<String> command = new java.util.ArrayList<>(List.of("mount"));
		command.addAll(List.of(options));
		command.add(target.toString());
		Process mount = new ProcessBuilder(command).redirectErrorStream(true).start();
		String said = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		SystemTools.require(mount.waitFor() == 0, "skipped: this test mounts a file system and cannot here ("
				+ String.join(" ", command) + ": " + said + "); CI runs it as root");
	}

	private static void unmount(Path target) throws Exception {
		new ProcessBuilder("umount", target.toString()).redirectErrorStream(true).start().waitFor();
	}

}

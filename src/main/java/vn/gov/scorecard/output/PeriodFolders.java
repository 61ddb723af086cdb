package vn.gov.scorecard.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.scorecard.period.Period;

/**
 * The folders of one period under the output directory (SPEC §6). A run writes into its
 * own work folder, {@code .work/<period>/run-<id>/}. Only when everything is written does
 * {@link #publish} put it in the period folder's place, in one exchange, and move the run
 * it replaces to {@code archive/<period>/run-<id>/}. So the period folder always holds
 * one complete run, and stale files cannot survive in it. A failed run's rejects go to
 * {@code failed/<period>/run-<id>/}.
 */
public record PeriodFolders(Path output, Period period) {

	private static final Logger log = LoggerFactory.getLogger(PeriodFolders.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** {@code OUTPUT/<period>/}: the last complete run. */
	/**
	 * Creates the output folder if need be and writes and deletes a small file in it, so
	 * that a folder the run cannot write (a read-only mount, another owner, a file in its
	 * place, a full disk) is named before the load, not after the documents are rendered.
	 */
	public static void requireWritable(Path output) {
		try {
			Files.createDirectories(output);
			Path probe = Files.createTempFile(output, ".scorecard-write-test-", "");
			try {
				Files.write(probe, new byte[4096]);
			}
			finally {
				Files.deleteIfExists(probe);
			}
		}
		catch (IOException e) {
			throw new OutputUnwritableException("the output folder " + output.toAbsolutePath() + " cannot be written ("
					+ OutputUnwritableException.reason(e) + "); give the service's user write access to it,"
					+ " or free space on its disk");
		}
	}

	public Path current() {
		return output.resolve(period.toString());
	}

	public Path work(long runId) {
		return output.resolve(".work").resolve(period.toString()).resolve("run-" + runId);
	}

	public Path failed(long runId) {
		return output.resolve("failed").resolve(period.toString()).resolve("run-" + runId);
	}

	private Path archive(String runName) {
		return output.resolve("archive").resolve(period.toString()).resolve(runName);
	}

	/**
	 * The run's work folder, emptied: a step that writes it from the start leaves nothing
	 * of an interrupted try.
	 */
	public Path freshWork(long runId) {
		Path work = work(runId);
		try {
			delete(work);
			return Files.createDirectories(work);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot prepare " + work + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Deletes the work folder of a run that will not be resumed; but when the run was
	 * exchanged into the period folder before its process died, its work folder holds the
	 * run it replaced: that one goes to the archive, where a published run belongs.
	 */
	public void discard(long runId) {
		try {
			Long held = runIdOf(work(runId));
			if (held != null && held != runId) {
				Path archived = archive(work(runId));
				log.warn("run {}'s work folder held run {}, which it had replaced: archived in {}", runId, held,
						archived);
				return;
			}
			delete(work(runId));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot delete " + work(runId) + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Puts the run's work folder in the period folder's place and archives the run it
	 * replaces. Killed at any point, it can be called again and ends in the same state;
	 * the period folder holds one complete run throughout. Returns where the replaced run
	 * went, or {@code null}.
	 */
	public Path publish(long runId, PublishSettings.Swap swap, Checkpoint checkpoint) {
		Path work = work(runId);
		Path current = current();
		try {
			if (!Files.isDirectory(work)) {
				// published before the process died, and the replaced run archived: the
				// period folder is this run's
				if (!Long.valueOf(runId).equals(runIdOf(current))) {
					throw new IllegalStateException("cannot publish run " + runId + ": its work folder " + work
							+ " is gone and " + current + " holds "
							+ (runIdOf(current) == null ? "no finished run" : "run " + runIdOf(current))
							+ "; run the period again");
				}
				return null;
			}
			if (Long.valueOf(runId).equals(runIdOf(current))) {
				// exchanged before the process died: the work folder holds the replaced
				// run
				return archive(work);
			}
			// a power cut after the database says "published" must find every file whole,
			// not empty
			forceToDisk(work);
			if (!Files.exists(current)) {
				Files.move(work, current, StandardCopyOption.ATOMIC_MOVE);
				force(output);
				return null;
			}
			if (swap == PublishSettings.Swap.AUTO && DirectoryExchange.exchange(work, current)) {
				force(output);
				checkpoint.reached("exchanged");
				return archive(work);
			}
			if (swap == PublishSettings.Swap.AUTO) {
				log.warn("this file system cannot exchange folders: {} is replaced in two renames", current);
			}
			Path archived = archive(current);
			checkpoint.reached("archived");
			Files.move(work, current, StandardCopyOption.ATOMIC_MOVE);
			force(output);
			return archived;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot publish " + work + " as " + current + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Deletes the period's archived runs but the newest {@code keep} (by run id; folders
	 * of unfinished runs, which have none, count as oldest); 0 keeps them all. Returns
	 * what it deleted.
	 */
	public List<Path> pruneArchive(int keep) {
		Path periodArchive = output.resolve("archive").resolve(period.toString());
		if (keep == 0 || !Files.isDirectory(periodArchive)) {
			return List.of();
		}
		try (Stream<Path> runs = Files.list(periodArchive)) {
			List<Path> oldestFirst = runs.filter(Files::isDirectory)
				.sorted(Comparator.comparing((Path run) -> runIdOf(run) == null ? Long.MIN_VALUE : runIdOf(run))
					.thenComparing(Path::getFileName))
				.toList();
			List<Path> deleted = oldestFirst.subList(0, Math.max(0, oldestFirst.size() - keep));
			for (Path run : deleted) {
				delete(run);
			}
			return deleted;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot prune " + periodArchive + ": " + e.getMessage(), e);
		}
	}

	/**
	 * The run id in a folder's run.json; {@code null} when it has none (a folder of an
	 * unfinished run).
	 */
	public static Long runIdOf(Path folder) {
		Path runJson = folder.resolve("run.json");
		if (!Files.isRegularFile(runJson)) {
			return null;
		}
		try {
			JsonNode runId = JSON.readTree(runJson.toFile()).get("runId");
			return runId == null ? null : runId.asLong();
		}
		catch (RuntimeException e) {
			return null;
		}
	}

	private Path archive(Path folder) throws IOException {
		Long runId = runIdOf(folder);
		String name = runId != null ? "run-" + runId
				: "incomplete-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
		Path target = archive(name);
		for (int n = 2; Files.exists(target); n++) {
			target = archive(name + "-" + n);
		}
		Files.createDirectories(target.getParent());
		Files.move(folder, target, StandardCopyOption.ATOMIC_MOVE);
		force(target.getParent());
		force(folder.getParent());
		return target;
	}

	/** Forces a folder's files, its sub-folders and itself to disk, deepest first. */
	private static void forceToDisk(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
				force(path);
			}
		}
	}

	/**
	 * fsync of a file, or of a folder (its entries: a rename is durable once its folder
	 * is forced).
	 */
	private static void force(Path path) throws IOException {
		try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
			channel.force(true);
		}
	}

	private static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
				Files.delete(path);
			}
		}
	}
}

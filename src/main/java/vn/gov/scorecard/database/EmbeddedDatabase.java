package vn.gov.scorecard.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL in its data folder, held by one process at a time. A lock file
 * in the folder names the process that holds it, so a second command is refused with a
 * message that says who; the kernel releases the lock when its holder dies, however it
 * dies. A server that a killed process left running is stopped before a new one starts.
 * The server runs with fsync and synchronous commit on (the library's defaults turn both
 * off), so a power cut loses no committed run.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private static final String LOCK_FILE = "scorecard.lock";

	/**
	 * The server's data directory inside the folder (initdb wants it empty: the lock file
	 * stays outside).
	 */
	private static final String DATA = "pgdata";

	private final Path directory;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private final EmbeddedPostgres postgres;

	private EmbeddedDatabase(Path directory, FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
		this.directory = directory;
		this.lockChannel = lockChannel;
		this.lock = lock;
		this.postgres = postgres;
	}

	/**
	 * Takes the folder and starts the server in it.
	 * @param purpose what this process does, e.g. "run of 2026-09", for the message a
	 * second process shows
	 * @throws DatabaseInUseException when another process holds the folder
	 */
	public static EmbeddedDatabase start(Path directory, String purpose) {
		FileChannel channel = null;
		try {
			Files.createDirectories(directory);
			channel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			FileLock lock = channel.tryLock();
			if (lock == null) {
				String holder = Files.readString(directory.resolve(LOCK_FILE), StandardCharsets.UTF_8).strip();
				channel.close();
				throw new DatabaseInUseException(directory, holder, purpose);
			}
			channel.truncate(0)
				.write(ByteBuffer.wrap(("process " + ProcessHandle.current().pid() + ": " + purpose + " since "
						+ LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS))
					.getBytes(StandardCharsets.UTF_8)), 0);
			Path data = directory.resolve(DATA);
			stopLeftOverServer(data);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(data)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setPGStartupWait(Duration.ofMinutes(2))
				.start();
			return new EmbeddedDatabase(directory, channel, lock, postgres);
		}
		catch (IOException e) {
			closeQuietly(channel);
			throw new UncheckedIOException(
					"embedded PostgreSQL cannot start in " + directory.toAbsolutePath() + ": " + e.getMessage(), e);
		}
		catch (RuntimeException e) {
			closeQuietly(channel);
			throw e;
		}
	}

	public String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	public String description() {
		return "embedded PostgreSQL in " + directory.toAbsolutePath() + " (port " + postgres.getPort() + ")";
	}

	@Override
	public void close() throws IOException {
		try {
			postgres.close();
		}
		finally {
			lock.release();
			lockChannel.close();
		}
	}

	/**
	 * We hold the folder's lock, so a server still running in its data belongs to a
	 * process that was killed: stop it (fast shutdown, which rolls back what it was
	 * doing) so that ours can start.
	 */
	private static void stopLeftOverServer(Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		Optional<ProcessHandle> server = lines.isEmpty() ? Optional.empty()
				: ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
					.filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
		if (server.isEmpty()) {
			return;
		}
		log.warn("stopping the embedded PostgreSQL (pid {}) that a killed process left running in {}",
				server.get().pid(), directory.toAbsolutePath());
		try {
			new ProcessBuilder("kill", "-INT", String.valueOf(server.get().pid())).inheritIO().start().waitFor();
			server.get().onExit().get(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while stopping the left-over server", e);
		}
		catch (Exception e) {
			throw new IOException(
					"the left-over server (pid " + server.get().pid() + ") did not stop: " + e.getMessage(), e);
		}
	}

	private static void closeQuietly(FileChannel channel) {
		try {
			if (channel != null) {
				channel.close();
			}
		}
		catch (IOException ignored) {
			// already failing with a better reason
		}
	}

}

package vn.gov.scorecard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import vn.gov.scorecard.ScorecardApplication;

/** The application in a real child JVM, which a test can wait on or kill -9. */
public final class ChildJvm implements AutoCloseable {

	private final Process process;
	private final Path log;

	private ChildJvm(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	/** Starts {@code ScorecardApplication} with the test's classpath; its output goes to {@code log}. */
	public static ChildJvm start(Path log, String... args) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
				ScorecardApplication.class.getName()));
		command.addAll(List.of(args));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			return new ChildJvm(process, log);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public String output() {
		try {
			return Files.readString(log, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Waits for its exit and returns the exit code. */
	public int exitCode(Duration timeout) throws InterruptedException {
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new AssertionError("the child JVM did not exit within " + timeout + "; its output:\n" + output());
		}
		return process.exitValue();
	}

	/** SIGKILL: the JVM gets no chance to clean up, as in a power cut or an OOM kill. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	/** Polls until the condition holds, failing after the timeout (or when the child died first). */
	public void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline || !process.isAlive()) {
				throw new AssertionError("waited in vain for " + what + "; the child's output:\n" + output());
			}
			Thread.sleep(20);
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}
}

package vn.gov.scorecard.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import vn.gov.scorecard.ScorecardApplication;
import vn.gov.scorecard.ScorecardCommand;

/** The application in a real child JVM, which a test can wait on or kill -9. */
public final class ChildJvm implements AutoCloseable {

	private final Process process;

	private final Path log;

	private ChildJvm(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts {@code ScorecardApplication} with the test's classpath; its output goes to
	 * {@code log}.
	 */
	public static ChildJvm start(Path log, String... args) {
		return start(new Setting(), log, args);
	}

	/**
	 * How to start a child beyond its arguments: JVM options
	 * ({@code -Dspring.profiles.active=checkpoints}), its working directory and
	 * environment variables (e.g. another {@code HOME}).
	 */
	public record Setting(List<String> jvmOptions, Path directory, Map<String, String> environment) {

		public Setting() {
			this(List.of(), null, Map.of());
		}

		/**
		 * Lets the test hold the child at the run's checkpoints
		 * ({@link TestDatabase#hold}).
		 */
		public Setting checkpoints() {
			return property("spring.profiles.active", "checkpoints");
		}

		/**
		 * Stops the child for good at a checkpoint, saying "stopped at {@code point}" in
		 * its log.
		 */
		public Setting stopAt(String point) {
			return checkpoints().property("checkpoints.stop-at", point);
		}

		public Setting property(String name, String value) {
			List<String> options = new ArrayList<>(jvmOptions);
			options.add("-D" + name + "=" + value);
			return new Setting(options, directory, environment);
		}

		/**
		 * Runs in {@code directory} with its home folder at {@code home}, as a user in
		 * some folder would.
		 */
		public Setting in(Path directory, Path home) {
			Setting moved = new Setting(jvmOptions, directory, environment);
			return moved.property("user.home", home.toString());
		}
	}

	public static ChildJvm start(Setting setting, Path log, String... args) {
		// C1 only: a child lives seconds, and on two cores C2's compiling took a third of
		// its time
		List<String> command = new ArrayList<>(
				List.of(java(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8"));
		command.addAll(setting.jvmOptions());
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), ScorecardCommand.class.getName()));
		command.addAll(List.of(args));
		return launch(command, setting, log);
	}

	/**
	 * Starts the application as {@link #start(Path, String...)} does, under another
	 * program ({@code strace …}).
	 */
	public static ChildJvm startUnder(List<String> wrapper, Path log, String... args) {
		List<String> command = new ArrayList<>(wrapper);
		command.addAll(List.of(java(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp",
				System.getProperty("java.class.path"), ScorecardCommand.class.getName()));
		command.addAll(List.of(args));
		return launch(command, new Setting(), log);
	}

	/**
	 * Starts {@code java -jar jar args} in {@code directory} with no JVM option, as the
	 * README tells a user to.
	 */
	public static ChildJvm startJar(Path jar, Path directory, Path log, String... args) {
		List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString()));
		command.addAll(List.of(args));
		return launch(command, new Setting(List.of(), directory, Map.of()), log);
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static ChildJvm launch(List<String> command, Setting setting, Path log) {
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
			if (setting.directory() != null) {
				builder.directory(setting.directory().toFile());
			}
			builder.environment().remove("XDG_DATA_HOME");
			builder.environment().putAll(setting.environment());
			return new ChildJvm(builder.start(), log);
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

	/**
	 * The one line a failed child printed for the operator ("scorecard: …"), after
	 * checking that it printed no other and no stack trace, Spring's or ours (issue 24,
	 * point 7).
	 */
	public String failureLine() {
		List<String> lines = output().lines().toList();
		assertThat(lines).as(output())
			.noneMatch(line -> line.matches("\\s+at .*\\(.*\\)"))
			.noneMatch(line -> line.contains("Exception") || line.contains("No appenders"));
		return assertThat(lines.stream().filter(line -> line.startsWith("scorecard: ")).toList()).as(output())
			.singleElement()
			.actual();
	}

	/**
	 * Waits up to 90 s for its exit, asserts the exit code, and returns it for its
	 * output.
	 */
	public ChildJvm finished(int exitCode) throws InterruptedException {
		assertThat(exitCode(Duration.ofSeconds(90))).as(output()).isEqualTo(exitCode);
		return this;
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

	public long pid() {
		return process.pid();
	}

	/** SIGTERM, as systemd stops a service. */
	public void terminate() {
		process.destroy();
	}

	/**
	 * Polls until the condition holds, failing after the timeout (or when the child died
	 * first).
	 */
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

package vn.gov.scorecard.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
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
		List<String> command = jvm(classData());
		command.addAll(setting.jvmOptions());
		command.addAll(List.of("-cp", classPath(), ScorecardCommand.class.getName()));
		command.addAll(List.of(args));
		return launch(command, setting, log);
	}

	/**
	 * The JVM a child runs in. C1 only: a child lives seconds, and on two cores C2's
	 * compiling took a third of its time. With the test JVM's class data archive, which a
	 * child loads instead of reading and verifying its classes again: a one-unit month
	 * then takes 5.2 s instead of 7.4 (the JDK's CDS, as Spring Boot documents it for
	 * start-up).
	 */
	private static List<String> jvm(String classData) {
		return new ArrayList<>(List.of(java(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
				classData, "-Xlog:cds*=off"));
	}

	private static String classDataOption;

	/**
	 * The shipped jar that {@code package} built, and the test classes (a child's test
	 * profile: {@link HeldCheckpoint}) after it: the JVM archives the classes of jars
	 * only, and refuses to dump an archive once it has loaded classes from a folder. The
	 * test JVM's own class path where there is no jar, or an older one than the classes.
	 */
	private static String classPath() {
		Path jar = Path.of("target", "scorecard.jar");
		Path compiled = Path.of("target", "classes", "vn", "gov", "scorecard", "ScorecardCommand.class");
		try {
			if (Files.exists(jar)
					&& Files.getLastModifiedTime(jar).compareTo(Files.getLastModifiedTime(compiled)) >= 0) {
				return jar.toAbsolutePath() + File.pathSeparator + Path.of("target", "test-classes").toAbsolutePath();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return System.getProperty("java.class.path");
	}

	/**
	 * The option that shares the archive of the children's classes, dumped on first use
	 * by a child that runs a one-unit month; none if that child failed (the children then
	 * start as they would without it).
	 */
	private static synchronized String classData() {
		if (classDataOption == null) {
			Path archive = Path.of("target", "child-classes-" + ProcessHandle.current().pid() + ".jsa")
				.toAbsolutePath();
			archive.toFile().deleteOnExit();
			classDataOption = "-Xshare:auto";
			try (TestDatabase database = TestDatabase.create()) {
				Path work = Files.createTempDirectory("child-classes");
				Files.createDirectories(work.resolve("in"));
				Files.writeString(work.resolve("in/units.csv"), "unit_code,unit_name,unit_type\nSO1,Sở Nội vụ,SO\n");
				String[] db = database.springArguments();
				List<String> command = jvm("-XX:ArchiveClassesAtExit=" + archive);
				command.addAll(List.of("-cp", classPath(), ScorecardCommand.class.getName(),
						"--input=" + work.resolve("in"), "--period=2026-09", "--output=" + work.resolve("out"),
						"--as-of=2026-10-05", db[0], db[1]));
				try (ChildJvm training = launch(command, new Setting(), work.resolve("training.log"))) {
					if (training.exitCode(Duration.ofSeconds(120)) == 0 && Files.exists(archive)) {
						classDataOption = "-XX:SharedArchiveFile=" + archive;
					}
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		return classDataOption;
	}

	/**
	 * Starts the application as {@link #start(Path, String...)} does, under another
	 * program ({@code strace …}).
	 */
	public static ChildJvm startUnder(List<String> wrapper, Path log, String... args) {
		List<String> command = new ArrayList<>(wrapper);
		command.addAll(jvm(classData()));
		command.addAll(List.of("-cp", classPath(), ScorecardCommand.class.getName()));
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

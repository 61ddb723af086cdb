package vn.gov.scorecard.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.management.JMException;
import javax.management.ObjectName;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * While open, HotSpot compiles what gets hot with its quick compiler (C1) only, not its optimising
 * one (C2): {@code quick-compiler.json} is added to the JVM's compiler directives, as
 * {@code jcmd PID Compiler.directives_add} would, and removed again on close. The report step
 * renders this way. Jasper's and OpenPDF's code is large and each unit runs a little of much of
 * it: on two cores C2 used 20 of the sample month's 43 CPU seconds, and did not render the
 * national data set any faster once it had (README, How it works; BENCHMARKS.md). The load, count
 * and score steps, whose loops C2 speeds up twofold at scale, keep it; so does code C2 compiled
 * before the step. A method that becomes hot during the step stays with C1 for the rest of the
 * process (HotSpot marks it so), which a scheduled process's next load may feel only for code it
 * shares with rendering and had not yet compiled. {@code scorecard.report.quick-compiler=false}
 * keeps the JVM's defaults, and a JVM without HotSpot's diagnostic commands keeps them too, only
 * slower.
 */
public final class QuickCompiler implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(QuickCompiler.class);
	private static final String DIRECTIVES = "quick-compiler.json";

	private final boolean added;

	private QuickCompiler(boolean added) {
		this.added = added;
	}

	/** Adds the directive when {@code enabled}; a JVM that refuses it is logged and left as it is. */
	public static QuickCompiler open(boolean enabled) {
		if (!enabled) {
			return new QuickCompiler(false);
		}
		Path file = null;
		try (InputStream directives = QuickCompiler.class.getClassLoader().getResourceAsStream(DIRECTIVES)) {
			// the diagnostic command reads a file, not a string
			file = Files.createTempFile("scorecard-quick-compiler-", ".json");
			Files.write(file, directives.readAllBytes());
			String answer = diagnosticCommand("compilerDirectivesAdd", file.toString()).strip();
			if (answer.equals("1 compiler directives added")) {
				return new QuickCompiler(true);
			}
			log.warn("the quick-compiler directive was not added ({}); rendering takes longer", answer);
		}
		catch (IOException | JMException | RuntimeException e) {
			log.warn("the quick-compiler directive was not added ({}); rendering takes longer", e.toString());
		}
		finally {
			if (file != null) {
				file.toFile().delete();
			}
		}
		return new QuickCompiler(false);
	}

	@Override
	public void close() {
		if (added) {
			try {
				diagnosticCommand("compilerDirectivesRemove");
			}
			catch (JMException e) {
				log.warn("the quick-compiler directive could not be removed ({})", e.toString());
			}
		}
	}

	/** Runs one of HotSpot's diagnostic commands (those of {@code jcmd}) and returns its output. */
	static String diagnosticCommand(String operation, String... arguments) throws JMException {
		return (String) ManagementFactory.getPlatformMBeanServer().invoke(
				new ObjectName("com.sun.management:type=DiagnosticCommand"), operation, new Object[] { arguments },
				new String[] { String[].class.getName() });
	}
}

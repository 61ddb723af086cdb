package vn.gov.scorecard;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Adds {@code compiler-directives.json} to the running JVM, as {@code jcmd PID Compiler.directives_add}
 * would. For each method the first directive whose pattern matches decides:
 * <ol>
 * <li>the JDK's class loading (its loaders, module image and the bytecode spun for lambdas) gets
 * the quick compiler (C1) only: it is busy at start-up, then done;</li>
 * <li>the code that works through rows at scale keeps the optimising compiler (C2): ours, the
 * JDK's, Commons CSV, the PostgreSQL driver and POI. The JDK's own code must be among it, because
 * C2 does not inline a method it may not compile. The directive says {@code Exclude: false}
 * outright: HotSpot drops a directive that sets nothing, and the next one would match;</li>
 * <li>everything else (Spring, Jasper, OpenPDF, Thymeleaf, Jackson, picocli) gets C1 only.</li>
 * </ol>
 * On two cores C2 spent half of the sample month's CPU compiling that last code, and the national
 * report step ran no faster for it (README, Performance). {@code java -jar} cannot carry JVM
 * options, so the process adds the directives itself, first thing.
 * {@code -Dscorecard.compiler-directives=false} keeps the JVM's defaults; a JVM without HotSpot's
 * diagnostic commands keeps them too, and is only slower.
 */
final class CompilerDirectives {

	static final String RESOURCE = "compiler-directives.json";

	private CompilerDirectives() {
	}

	/** Adds the directives unless switched off; returns why they were not added, or null. */
	static String add() {
		if (!Boolean.parseBoolean(System.getProperty("scorecard.compiler-directives", "true"))) {
			return null;
		}
		Path file = null;
		try (InputStream directives = CompilerDirectives.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			// the diagnostic command reads a file, not a string
			file = Files.createTempFile("scorecard-compiler-directives-", ".json");
			Files.write(file, directives.readAllBytes());
			String answer = diagnosticCommand("compilerDirectivesAdd", file.toString()).strip();
			return answer.endsWith("compiler directives added") ? null : "compiler directives not added: " + answer;
		}
		catch (IOException | JMException | RuntimeException e) {
			return "compiler directives not added: " + e;
		}
		finally {
			if (file != null) {
				file.toFile().delete();
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

package vn.gov.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.support.ChildJvm;
import vn.gov.scorecard.support.Outputs;
import vn.gov.scorecard.support.PdfText;
import vn.gov.scorecard.support.SmallProvince;
import vn.gov.scorecard.support.TestDatabase;

/**
 * The jar the build ships, run as the README says
 * ({@code java -jar target/scorecard.jar}, no JVM option, the embedded database), writes
 * what the tested classes write. The jar is flattened (pom.xml, maven-shade-plugin): what
 * the flattening could lose — Spring's auto-configuration lists, Jasper's extension files
 * (the fonts among them), the services of POI and the JDBC driver — would show here as a
 * failed run, a missing file or a font not embedded.
 */
class ShippedJarIT {

	private static final Path JAR = Path.of("target", "scorecard.jar");

	private static final Duration PATIENCE = Duration.ofMinutes(3);

	@Test
	void theShippedJarWritesWhatTheTestedClassesWrite(@TempDir Path work) throws Exception {
		Path input = SmallProvince.write(work.resolve("in"), 11);
		Path reference = work.resolve("reference");
		try (TestDatabase database = TestDatabase.create()) {
			String[] db = database.springArguments();
			assertThat(ScorecardCommand.run("--input=" + input, "--period=2026-09", "--output=" + reference,
					"--as-of=2026-11-24", db[0], db[1]))
				.isEqualTo(ExitCode.SUCCESS);
		}
		Path out = work.resolve("out");
		try (ChildJvm jar = ChildJvm.startJar(JAR.toAbsolutePath(), work, work.resolve("jar.log"), "--input=" + input,
				"--period=2026-09", "--output=" + out, "--as-of=2026-11-24",
				"--scorecard.embedded-db.dir=" + work.resolve("db"))) {
			assertThat(jar.exitCode(PATIENCE)).as(jar.output()).isZero();
			assertThat(jar.output()).contains("Scorecard 2026-09 — run 1,");
		}
		Outputs.assertSame(reference.resolve("2026-09"), out.resolve("2026-09"));
		assertThat(out.resolve("2026-09")).isDirectoryContaining("glob:**/scorecard.xlsx")
			.isDirectoryContaining("glob:**/ranking.docx")
			.isDirectoryContaining("glob:**/index.html");
		PdfText ranking = PdfText.read(out.resolve("2026-09/ranking.pdf"));
		// the report's serif comes from the jar's own font extension, appended to the
		// libraries' ones
		assertThat(ranking.fonts()).isNotEmpty().allMatch(font -> font.contains("LiberationSerif"));
		assertThat(ranking.fontsNotEmbedded()).isEmpty();
		assertThat(ranking.text()).contains("Sở");
	}

	@Test
	void theShippedJarPrintsItsHelp(@TempDir Path work) throws Exception {
		try (ChildJvm jar = ChildJvm.startJar(JAR.toAbsolutePath(), work, work.resolve("help.log"), "--help")) {
			assertThat(jar.exitCode(PATIENCE)).as(jar.output()).isZero();
			assertThat(jar.output()).contains("java -jar scorecard.jar --input=DIR --period=P --output=DIR");
		}
	}

}

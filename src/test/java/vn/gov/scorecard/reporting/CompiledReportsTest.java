package vn.gov.scorecard.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The build compiles every report template, and a run loads what it compiled instead of
 * compiling.
 */
class CompiledReportsTest {

	@Test
	void everyTemplateInReportsIsCompiledByTheBuildAndLoads() throws IOException {
		List<String> templates;
		try (Stream<Path> files = Files.list(Path.of("reports"))) {
			templates = files.map(f -> f.getFileName().toString())
				.filter(f -> f.endsWith(".jrxml"))
				.map(f -> f.substring(0, f.length() - ".jrxml".length()))
				.sorted()
				.toList();
		}
		assertThat(templates).containsExactly("ranking", "ranking_appendix", "unit_scorecard");
		for (String name : templates) {
			assertThat(PdfDocuments.load(name).getName()).isEqualTo(name);
		}
	}

}

package vn.gov.scorecard.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares the outputs of two runs of a period: the same files, the same figures, the
 * same text.
 */
public final class Outputs {

	private Outputs() {
	}

	public static void assertSame(Path expected, Path actual) throws IOException {
		for (String csv : List.of("scores.csv", "ranking.csv", "rejects.csv")) {
			assertThat(actual.resolve(csv)).as(csv).hasSameBinaryContentAs(expected.resolve(csv));
		}
		assertThat(pdfs(actual)).isEqualTo(pdfs(expected)).isNotEmpty();
		for (String pdf : pdfs(expected)) {
			assertThat(PdfText.read(actual.resolve(pdf)).text()).as(pdf)
				.isEqualTo(PdfText.read(expected.resolve(pdf)).text());
		}
		assertThat(withoutTimes(actual.resolve("run.json"))).isEqualTo(withoutTimes(expected.resolve("run.json")));
	}

	private static List<String> pdfs(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(f -> f.toString().endsWith(".pdf"))
				.map(f -> directory.relativize(f).toString())
				.sorted()
				.toList();
		}
	}

	private static JsonNode withoutTimes(Path runJson) {
		ObjectNode run = (ObjectNode) JsonMapper.builder().build().readTree(runJson.toFile());
		run.remove("startedAt");
		run.remove("finishedAt");
		if (run.get("changesFromReplaced") instanceof ObjectNode changes) {
			changes.remove("replacedRunFinishedAt");
		}
		return run;
	}

}

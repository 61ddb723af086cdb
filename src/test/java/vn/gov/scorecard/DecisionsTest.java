package vn.gov.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every decision in {@code docs/decisions/} is a record of its own that names the tests
 * holding it (issue 25, point 10), and every test it names exists: a renamed test breaks
 * this, not the record silently.
 */
class DecisionsTest {

	private static final Path DECISIONS = Path.of("docs/decisions");

	private static final Pattern NAMED_TEST = Pattern
		.compile("`([A-Z][A-Za-z]*(?:Test|IT))(?:[.#]([a-z][A-Za-z0-9]*))?`");

	@Test
	void eachDecisionIsARecordThatNamesTheTestsHoldingItAndTheyExist() throws IOException {
		List<Path> records;
		try (Stream<Path> files = Files.list(DECISIONS)) {
			records = files.filter(f -> f.getFileName().toString().matches("\\d\\d-.*\\.md")).sorted().toList();
		}
		// decisions 1 to 88, one file each, in order
		assertThat(records).hasSize(88);
		for (int i = 0; i < records.size(); i++) {
			assertThat(records.get(i).getFileName().toString()).startsWith("%02d-".formatted(i + 1));
		}
		List<String> missing = new ArrayList<>();
		for (Path record : records) {
			String text = Files.readString(record);
			String held = text.lines().filter(line -> line.startsWith("Held by: ")).findFirst().orElse("");
			assertThat(held).as(record + " says what holds it").isNotEmpty();
			Matcher named = NAMED_TEST.matcher(held);
			while (named.find()) {
				String source = testSource(named.group(1));
				if (source == null) {
					missing.add(record.getFileName() + ": " + named.group(1));
				}
				else if (named.group(2) != null && !source.contains(" " + named.group(2) + "(")) {
					missing.add(record.getFileName() + ": " + named.group(1) + "." + named.group(2));
				}
			}
			assertThat(Files.readString(DECISIONS.resolve("README.md"))).contains("](" + record.getFileName() + ")");
		}
		assertThat(missing).isEmpty();
	}

	private static String testSource(String className) throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
			Path file = files.filter(f -> f.getFileName().toString().equals(className + ".java"))
				.findFirst()
				.orElse(null);
			return file == null ? null : Files.readString(file);
		}
	}

}

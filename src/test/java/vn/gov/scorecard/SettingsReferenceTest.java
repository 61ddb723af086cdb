package vn.gov.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.job.RunProperties;
import vn.gov.scorecard.support.Console;

/**
 * Each setting is defined once, as a component of its typed record with its default and
 * its Javadoc (issue 25, point 7); the build's configuration metadata carries them, and
 * the operators' reference, docs/operations/configuration.md, is made from it. This test
 * makes it again and fails, writing the new one to target/, when the file in docs/ is not
 * that; and it checks that {@code --help} names every setting.
 */
class SettingsReferenceTest {

	private static final Path REFERENCE = Path.of("docs/operations/configuration.md");

	/**
	 * Whether a setting is an option of a run ({@code RunProperties}), which the command
	 * line takes as --input, --period, … and lists as such.
	 */
	private static boolean runOption(JsonNode setting) {
		return RunProperties.class.getName().equals(setting.get("sourceType").asString());
	}

	@Test
	void theOperatorsReferenceIsMadeFromTheSettingsRecords() throws IOException {
		String made = reference(settings());
		if (!Files.exists(REFERENCE) || !Files.readString(REFERENCE, StandardCharsets.UTF_8).equals(made)) {
			Path fresh = Path.of("target/configuration.md");
			Files.writeString(fresh, made, StandardCharsets.UTF_8);
			throw new AssertionError(REFERENCE + " is not what the settings records say: copy " + fresh + " over it");
		}
	}

	@Test
	void theHelpNamesEverySetting() {
		String help = Console.run(ExitCode.SUCCESS, "--help");
		for (JsonNode setting : settings()) {
			String name = setting.get("name").asString();
			if (!runOption(setting)) {
				assertThat(help).as("--help names " + name).contains(name);
			}
		}
	}

	private static List<JsonNode> settings() {
		try (InputStream metadata = SettingsReferenceTest.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			List<JsonNode> settings = new ArrayList<>();
			JsonMapper.builder().build().readTree(metadata).get("properties").forEach(settings::add);
			settings.sort((a, b) -> a.get("name").asString().compareTo(b.get("name").asString()));
			return settings;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String reference(List<JsonNode> settings) {
		StringBuilder text = new StringBuilder(
				"""
						# Settings

						<!-- Made from the settings records' Javadoc by SettingsReferenceTest: change the record, not this file. -->

						Every setting can be given as `--name=value` on the command line, in `application.yml` in the
						working directory, or as an environment variable (`scorecard.reject-cap.share` is
						`SCORECARD_REJECTCAP_SHARE`). Besides these, `spring.datasource.url`, `.username` and `.password`
						(`SPRING_DATASOURCE_URL`, …) name a PostgreSQL server to use instead of the embedded one, and
						`spring.datasource.hikari.connection-timeout` (5000 ms) is how long a run waits for a connection.

						| setting | default | what it is |
						|---|---|---|
						""");
		for (JsonNode setting : settings) {
			JsonNode value = setting.get("defaultValue");
			String name = setting.get("name").asString();
			text.append("| `")
				.append(name)
				.append("` | ")
				.append(value == null || value.asString().isEmpty() ? "" : "`" + value.asString() + "`")
				.append(" | ")
				.append(runOption(setting) ? "the command line's `--" + name.substring("scorecard.".length()) + "`: "
						: "")
				.append(markdown(setting.get("description").asString()))
				.append(" |\n");
		}
		return text.toString();
	}

	/**
	 * Javadoc to Markdown: code in backquotes, one line, no table cell broken by a bar.
	 */
	private static String markdown(String javadoc) {
		return javadoc.replaceAll("\\{@code ([^}]*)}", "`$1`")
			.replaceAll("\\{@link ([^}]*)}", "`$1`")
			.replaceAll("\\s+", " ")
			.replace("|", "\\|")
			.strip();
	}

}

package vn.gov.scorecard.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

/**
 * A rule file is checked whole before anything runs, and refused in one line naming file,
 * line and problem (SPEC §5 v3).
 */
class RuleSetReaderTest {

	private static final String BUNDLED = read();

	@TempDir
	Path folder;

	@Test
	void theBundledRuleSetIsKnownByItsNameAndTheSha256OfItsBytes() throws Exception {
		RuleSet rules = RuleSet.load(new ClassPathResource("rules.yml"));
		assertThat(rules.version()).isEqualTo("2026.2");
		byte[] bytes = new ClassPathResource("rules.yml").getInputStream().readAllBytes();
		assertThat(rules.sha256())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
	}

	@Test
	void bandsOutOfOrderAreRefusedOnTheirLine() throws IOException {
		// 90, 45, 50, 0: "Hoàn thành nhiệm vụ" is written below a lower band
		String swapped = BUNDLED.replace("min: 70 }", "min: 45 }");
		assertRefused(swapped, ":38: the bands must be written highest first, each minimum below the one before:"
				+ " 'Hoàn thành nhiệm vụ' (50) follows 'Hoàn thành tốt nhiệm vụ' (45)");
	}

	@Test
	void anUnknownIndicatorIsRefusedOnItsLine() throws IOException {
		assertRefused(BUNDLED.replace("  REPORT_ON_TIME:", "  REPORT_ON_TIME_X:"),
				":19: 'REPORT_ON_TIME_X' is no indicator of the contract (DIGITAL_RATE, DOSSIER_ON_TIME,");
	}

	@Test
	void anIndicatorNamedTwiceIsRefusedWhereTheParserFindsIt() throws IOException {
		assertRefused(
				BUNDLED.replace("  REPORT_ON_TIME:",
						"  DIGITAL_RATE:      { weight: 20, target: \"= 100%\" }\n  REPORT_ON_TIME:"),
				":19: found duplicate key DIGITAL_RATE");
	}

	@Test
	void anUnknownKeyIsRefused() throws IOException {
		assertRefused(BUNDLED.replace("min-weight-to-rank: 50", "min-weight-to-rank: 50\nmin_weight: 40"),
				":32: unknown key 'min_weight'; expected bands, indicators, limits, min-weight-to-rank, version");
	}

	@Test
	void weightsThatDoNotAddUpTo100AndTargetsOutOfTheirFormAreRefused() throws IOException {
		assertRefused(BUNDLED.replace("DIGITAL_RATE:      { weight: 20", "DIGITAL_RATE:      { weight: 25"),
				":8: the weights of SO units sum to 105, not 100");
		assertRefused(BUNDLED.replace("target: \"<= 3\"", "target: \"<= 2.5\""),
				":18: WIDE_CONF_LIMIT: an at-most target is a count, a whole number of 1 or more, without %: <= 2.5");
	}

	@Test
	void aFileThatIsNoYamlIsRefusedOnItsLine() throws IOException {
		// the quote left open on line 3 is found where the parser can tell: at the next
		// key
		assertRefused(BUNDLED.replace("version: \"2026.2\"", "version: \"2026.2"),
				":5: expected <block end>, but found '<scalar>' (while parsing a block mapping)");
	}

	private void assertRefused(String content, String problem) throws IOException {
		Path file = folder.resolve("rules.yml");
		Files.writeString(file, content, StandardCharsets.UTF_8);
		assertThatThrownBy(() -> RuleSet.load(new FileSystemResource(file))).isInstanceOf(InvalidRuleSetException.class)
			.message()
			.startsWith(file + problem)
			.doesNotContain("\n");
	}

	private static String read() {
		try {
			return new String(new ClassPathResource("rules.yml").getInputStream().readAllBytes(),
					StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}

package vn.gov.scorecard.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvOutputTest {

	@Test
	void textCellsThatASpreadsheetWouldRunAreNeutralisedAndNumbersAreNot(@TempDir Path directory) throws IOException {
		Path file = directory.resolve("x.csv");
		try (CsvOutput csv = new CsvOutput(file, List.of("text", "number"), Set.of("text"))) {
			csv.row("=HYPERLINK(\"http://x\")", "-0.2000");
			csv.row("+1", "1");
			csv.row("-1", "2");
			csv.row("@SUM(A1)", "3");
			csv.row("\tx", "4");
			csv.row("Sở Nội vụ", "5");
		}
		assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + """
				text,number\r
				"'=HYPERLINK(""http://x"")",-0.2000\r
				'+1,1\r
				'-1,2\r
				'@SUM(A1),3\r
				'\tx,4\r
				Sở Nội vụ,5\r
				""");
	}

}

package vn.gov.scorecard.ingest.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.ingest.InputKind;
import vn.gov.scorecard.ingest.InputProblemException;

/**
 * A file is parsed from the bytes the scan checked, or not at all (issue 24, point 3):
 * its bytes are hashed as they are parsed and decoded strictly, so a file written again
 * between the scan and the parse fails the run, naming the file, and no replacement
 * character is ever loaded. The file is rewritten here between the two, as a clerk's copy
 * landing mid-run would.
 */
class ChangedFileTest {

	private static final String HEADER = "unit_code,doc_id,issued_on\n";

	@Test
	void aCsvFileWrittenAgainAfterTheScanFailsTheRead(@TempDir Path input) throws IOException {
		Path file = Files.writeString(input.resolve("documents.csv"), HEADER + "SO01,D1,2026-09-01\n",
				StandardCharsets.UTF_8);
		ScannedFile scanned = ScannedFile.scan(InputKind.DOCUMENTS, "documents.csv", file, false);
		Files.writeString(file, HEADER + "SO01,D1,2026-09-02\n", StandardCharsets.UTF_8);
		assertThatThrownBy(() -> records(scanned)).isInstanceOf(InputProblemException.class)
			.hasMessage("documents.csv: " + CsvSource.CHANGED);
	}

	@Test
	void aBadByteWrittenIntoTheMiddleOfALongFileIsNeverReadAsAReplacementCharacter(@TempDir Path input)
			throws IOException {
		StringBuilder text = new StringBuilder(HEADER);
		for (int i = 1; i <= 20_000; i++) {
			text.append("SO01,D").append(i).append(",2026-09-01\n");
		}
		Path file = Files.writeString(input.resolve("documents.csv"), text, StandardCharsets.UTF_8);
		ScannedFile scanned = ScannedFile.scan(InputKind.DOCUMENTS, "documents.csv", file, false);
		// line 10,001 is "SO01,D10000,2026-09-01": its first byte becomes 0xC0, which no
		// UTF-8 text holds
		byte[] bytes = Files.readAllBytes(file);
		int offset = text.indexOf("SO01,D10000,");
		bytes[offset] = (byte) 0xC0;
		Files.write(file, bytes);
		List<String[]> read = new ArrayList<>();
		assertThatThrownBy(() -> {
			try (RecordSource source = RecordSource.open(scanned)) {
				source.forEach((cells, line) -> read.add(cells));
			}
		}).isInstanceOf(InputProblemException.class)
			.hasMessageStartingWith(
					"documents.csv: " + CsvSource.CHANGED + " (it is no longer valid UTF-8 after line ");
		assertThat(read).noneMatch(cells -> String.join(",", cells).contains("\uFFFD"));
	}

	@Test
	void aWorkbookWrittenAgainAfterTheScanFailsTheRead(@TempDir Path input) throws IOException {
		Path file = input.resolve("documents.xlsx");
		Files.copy(Path.of("src/test/resources/intake/sheets/documents.xlsx"), file);
		ScannedFile scanned = ScannedFile.scan(InputKind.DOCUMENTS, "documents.xlsx", file, true)
			.onSheet("Tháng 9", true);
		Files.copy(Path.of("src/test/resources/intake/xlsx/documents.xlsx"), file,
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		assertThatThrownBy(() -> records(scanned)).isInstanceOf(InputProblemException.class)
			.hasMessageEndingWith(CsvSource.CHANGED);
	}

	private static List<String[]> records(ScannedFile scanned) throws IOException {
		List<String[]> read = new ArrayList<>();
		try (RecordSource source = RecordSource.open(scanned)) {
			source.forEach((cells, line) -> read.add(cells));
		}
		return read;
	}

}

package vn.gov.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.support.Console;
import vn.gov.scorecard.support.PdfText;
import vn.gov.scorecard.support.TestDatabase;

/** A cut scored on a unit's nil returns says so on its scorecard (SPEC §4 v3). */
class NilReturnScorecardTest {

	@Test
	void theScorecardSaysTheCutRestsOnTheUnitsDeclaration(@TempDir Path work) throws IOException {
		Path input = Files.createDirectories(work.resolve("input/documents"));
		Files.writeString(work.resolve("input/units.csv"),
				"unit_code,unit_name,unit_type\nXA1,Xã Một,XA\nXA2,Xã Hai,XA\n", StandardCharsets.UTF_8);
		Files.writeString(work.resolve("input/documents.csv"), """
				unit_code,doc_id,issued_on
				XA1,D1,2025-03-02
				XA2,D1,2025-03-02
				XA2,D2,2026-03-02
				""", StandardCharsets.UTF_8);
		for (String quarter : new String[] { "Q1", "Q2", "Q3" }) {
			Files.writeString(input.resolve("XA1_2026-" + quarter + ".csv"), "unit_code,doc_id,issued_on\n",
					StandardCharsets.UTF_8);
		}
		try (TestDatabase database = TestDatabase.create()) {
			String[] db = database.springArguments();
			Console.run(ExitCode.SUCCESS, "--input=" + work.resolve("input"), "--period=2026-09",
					"--output=" + work.resolve("out"), "--as-of=2026-10-05", db[0], db[1]);
		}
		// XA1: 0 documents from January to September, declared quarter by quarter,
		// against 1: a cut of 100%
		assertThat(PdfText.read(work.resolve("out/2026-09/units/XA1.pdf")).flat())
			.contains("Đạt (theo báo cáo không có số liệu của đơn vị)");
		// XA2: 1 against 1, a cut of 0%, not met, and nothing said of a declaration
		assertThat(PdfText.read(work.resolve("out/2026-09/units/XA2.pdf")).flat())
			.doesNotContain("báo cáo không có số liệu");
	}

}

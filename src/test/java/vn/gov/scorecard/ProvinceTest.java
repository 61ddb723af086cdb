package vn.gov.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.support.Console;
import vn.gov.scorecard.support.TestDatabase;

/**
 * One province per database (SPEC §2 v3): a run configured for another province is
 * refused with the database unchanged, and so is a units delivery that looks like another
 * province's.
 */
class ProvinceTest {

	@TempDir
	Path work;

	@Test
	void anotherProvinceIsRefusedUnlessTheProvinceItselfChanged() throws IOException {
		Path input = units("input", "XA", 12, "Xã Tuyên");
		try (TestDatabase database = TestDatabase.create()) {
			Console.run(ExitCode.SUCCESS, run(database, input));
			assertThat(province(database)).containsExactly("TUYEN_QUANG Tuyên Quang");

			String printed = Console.run(ExitCode.INVALID_ARGUMENTS,
					run(database, input, "--scorecard.province.code=HA_GIANG", "--scorecard.province.name=Hà Giang"));
			assertThat(printed)
				.contains("scorecard: this database holds the records of TUYEN_QUANG (Tuyên Quang); the run is"
						+ " configured for HA_GIANG (Hà Giang)");
			assertThat(province(database)).containsExactly("TUYEN_QUANG Tuyên Quang");
			assertThat(runs(database)).isEqualTo(1);

			// the two provinces merged: said once by hand, and the documents are headed
			// by the new one
			Console.run(ExitCode.SUCCESS, run(database, input, "--scorecard.province.code=HA_GIANG",
					"--scorecard.province.name=Hà Giang", "--accept-province-change"));
			assertThat(province(database)).containsExactly("HA_GIANG Hà Giang");
			assertThat(work.resolve("out/2026-09/index.html")).content(StandardCharsets.UTF_8)
				.contains("ỦY BAN NHÂN DÂN TỈNH HÀ GIANG");
		}
	}

	@Test
	void aUnitsDeliveryThatLooksLikeAnotherProvincesFailsTheRunWithExamples() throws IOException {
		try (TestDatabase database = TestDatabase.create()) {
			Console.run(ExitCode.SUCCESS, run(database, units("first", "XA", 12, "Xã Tuyên")));

			// 12 codes this database, which knows 12, has never seen: more than half of
			// the delivery
			String printed = Console.run(ExitCode.INPUT_PROBLEM, run(database, units("other", "HG", 12, "Xã Hà")));
			assertThat(printed)
				.contains("units.csv: the delivery names 12 units of its 12 that this database, which knows 12,"
						+ " has never seen (e.g. HG01 Xã Hà 1; HG02 Xã Hà 2; HG03 Xã Hà 3): it looks like another province's units");
			// 3 of the 12 renamed: more than a fifth (2.4)
			Path renamed = units("renamed", "XA", 12, "Xã Tuyên");
			Files.writeString(renamed.resolve("units.csv"),
					Files.readString(renamed.resolve("units.csv"))
						.replace("Xã Tuyên 1,", "Phường Một,")
						.replace("Xã Tuyên 2,", "Phường Hai,")
						.replace("Xã Tuyên 3,", "Phường Ba,"));
			assertThat(Console.run(ExitCode.INPUT_PROBLEM, run(database, renamed))).contains(
					"units.csv: the delivery renames 3 of the 12 units this database knows (e.g. XA01: Xã Tuyên 1 → Phường Một;"
							+ " XA02: Xã Tuyên 2 → Phường Hai; XA03: Xã Tuyên 3 → Phường Ba)");
			assertThat(
					database.jdbc().queryForList("SELECT unit_name FROM unit WHERE unit_code = 'XA01'", String.class))
				.containsExactly("Xã Tuyên 1");
			assertThat(database.jdbc().queryForObject("SELECT count(*) FROM unit", Long.class)).isEqualTo(12);

			// the operator says the units really changed: they load
			Console.run(ExitCode.SUCCESS, run(database, renamed, "--accept-unit-changes"));
			assertThat(
					database.jdbc().queryForList("SELECT unit_name FROM unit WHERE unit_code = 'XA01'", String.class))
				.containsExactly("Phường Một");
		}
	}

	/**
	 * A folder with a units.csv of {@code count} communes PREFIX01 … named "NAME 1" ….
	 */
	private Path units(String folder, String prefix, int count, String name) throws IOException {
		Path input = Files.createDirectories(work.resolve(folder));
		StringBuilder csv = new StringBuilder("unit_code,unit_name,unit_type\n");
		for (int i = 1; i <= count; i++) {
			csv.append(String.format("%s%02d,%s %d,XA%n", prefix, i, name, i));
		}
		Files.writeString(input.resolve("units.csv"), csv.toString(), StandardCharsets.UTF_8);
		return input;
	}

	private String[] run(TestDatabase database, Path input, String... more) {
		List<String> args = new java.util.ArrayList<>(List.of("--input=" + input, "--period=2026-09",
				"--output=" + work.resolve("out"), "--as-of=2026-11-24"));
		args.addAll(List.of(database.springArguments()));
		args.addAll(List.of(more));
		return args.toArray(String[]::new);
	}

	private static List<String> province(TestDatabase database) {
		return database.jdbc().queryForList("SELECT code || ' ' || name FROM province", String.class);
	}

	private static long runs(TestDatabase database) {
		return database.jdbc().queryForObject("SELECT count(*) FROM batch_job_instance", Long.class);
	}

}

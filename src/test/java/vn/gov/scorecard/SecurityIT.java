package vn.gov.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.support.ChildJvm;
import vn.gov.scorecard.support.TestDatabase;

/**
 * Input values never reach SQL or the file system as anything but data; secrets never
 * leak.
 */
class SecurityIT {

	private static final String INJECTION = "'; DROP TABLE unit; --";

	@Test
	void sqlInInputIsStoredVerbatimAndCodesCannotLeaveTheOutputDirectory(@TempDir Path work) throws IOException {
		Path input = Files.createDirectories(work.resolve("in"));
		// ".", ".." and "-x" are codes the contract allows ([A-Za-z0-9._-]+)
		Files.writeString(input.resolve("units.csv"),
				"unit_code,unit_name,unit_type\n" + "SO1,\"" + INJECTION
						+ "\",SO\n..,Xã hai chấm,XA\n.,Xã một chấm,XA\n-x,=HYPERLINK(\"http://x\"),XA\n",
				StandardCharsets.UTF_8);
		Files.writeString(input.resolve("meetings.csv"),
				"unit_code,meeting_id,held_on,title,category,format,duration_days\n"
						+ "SO1,\"1'); DELETE FROM meeting; --\",2026-09-02,\"Robert'); DROP TABLE meeting;--\",KHAC,TRUC_TUYEN,1\n",
				StandardCharsets.UTF_8);
		Path out = work.resolve("out");
		try (TestDatabase database = TestDatabase.create()) {
			String[] db = database.springArguments();
			assertThat(ScorecardCommand.run("--input=" + input, "--period=2026-09", "--output=" + out,
					"--as-of=2026-10-05", db[0], db[1]))
				.isEqualTo(ExitCode.SUCCESS);
			assertThat(
					database.jdbc().queryForObject("SELECT unit_name FROM unit WHERE unit_code = 'SO1'", String.class))
				.isEqualTo(INJECTION);
			assertThat(database.jdbc().queryForList("SELECT meeting_id || ' | ' || title FROM meeting", String.class))
				.containsExactly("1'); DELETE FROM meeting; -- | Robert'); DROP TABLE meeting;--");
			// the crafted codes each have their scorecard inside units/, and nothing was
			// written elsewhere
			assertThat(out.resolve("2026-09/units")).isDirectoryContaining("glob:**/...pdf")
				.isDirectoryContaining("glob:**/..pdf")
				.isDirectoryContaining("glob:**/-x.pdf");
			try (Stream<Path> files = Files.walk(work)) {
				assertThat(files.filter(Files::isRegularFile)
					.map(work::relativize)
					.map(Path::toString)
					.filter(f -> !f.startsWith("in/") && !f.startsWith("out/2026-09/"))).isEmpty();
			}
			// a formula in a unit's name is neutralised in ranking.csv
			assertThat(Files.readString(out.resolve("2026-09/ranking.csv")))
				.contains("-x,\"'=HYPERLINK(\"\"http://x\"\")\",XA");
			// and in scorecard.xlsx it is a text cell holding the name as it is: no
			// formula anywhere
			try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
					Files.newInputStream(out.resolve("2026-09/scorecard.xlsx")))) {
				List<String> names = new java.util.ArrayList<>();
				for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
					for (org.apache.poi.ss.usermodel.Row row : sheet) {
						for (org.apache.poi.ss.usermodel.Cell cell : row) {
							assertThat(cell.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
							if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
								names.add(cell.getStringCellValue());
							}
						}
					}
				}
				assertThat(names).contains("=HYPERLINK(\"http://x\")", INJECTION);
			}
		}
		// a crafted period is refused before anything is written
		try (TestDatabase database = TestDatabase.create()) {
			String[] db = database.springArguments();
			assertThat(ScorecardCommand.run("--input=" + input, "--period=../../etc/2026-09", "--output=" + out, db[0],
					db[1]))
				.isEqualTo(ExitCode.INVALID_ARGUMENTS);
		}
	}

	@Test
	void outputsAreNotWritableByOthersEvenWhenAFileWasLeftSo(@TempDir Path work) throws IOException {
		Path input = Files.createDirectories(work.resolve("in"));
		Files.writeString(input.resolve("units.csv"), "unit_code,unit_name,unit_type\nSO1,Sở Nội vụ,SO\n",
				StandardCharsets.UTF_8);
		Path period = Files.createDirectories(work.resolve("out/2026-09"));
		// left world-writable by a careless earlier hand: the run must not keep it so
		Files.writeString(period.resolve("scores.csv"), "old");
		Files.setPosixFilePermissions(period.resolve("scores.csv"), PosixFilePermissions.fromString("rw-rw-rw-"));
		Files.setPosixFilePermissions(period, PosixFilePermissions.fromString("rwxrwxrwx"));
		try (TestDatabase database = TestDatabase.create()) {
			String[] db = database.springArguments();
			assertThat(ScorecardCommand.run("--input=" + input, "--period=2026-09", "--output=" + work.resolve("out"),
					"--as-of=2026-10-05", db[0], db[1]))
				.isEqualTo(ExitCode.SUCCESS);
		}
		try (Stream<Path> paths = Files.walk(period)) {
			for (Path path : paths.toList()) {
				assertThat(Files.getPosixFilePermissions(path)).as(path.toString())
					.doesNotContain(PosixFilePermission.OTHERS_WRITE, PosixFilePermission.GROUP_WRITE);
			}
		}
	}

	@Test
	void theDatabasePasswordAppearsInNoLogRunJsonOrMessage(@TempDir Path work) throws Exception {
		String password = "S3cr3t-Mật-khẩu-4711";
		Path good = Files.createDirectories(work.resolve("good"));
		Files.writeString(good.resolve("units.csv"), "unit_code,unit_name,unit_type\nSO1,Sở Nội vụ,SO\n",
				StandardCharsets.UTF_8);
		Path bad = Files.createDirectories(work.resolve("bad"));
		Files.writeString(bad.resolve("meetings.csv"), "unit_code\nSO1\n", StandardCharsets.UTF_8);
		try (TestDatabase database = TestDatabase.create()) {
			String[] db = database.springArguments();
			List<String> common = List.of("--output=" + work.resolve("out"), "--as-of=2026-10-05", "--period=2026-09",
					"--spring.datasource.password=" + password);
			// a run that succeeds, one that fails on its input, and one whose database
			// cannot be reached
			try (ChildJvm ok = ChildJvm.start(work.resolve("ok.log"), args(common, "--input=" + good, db[0], db[1]))) {
				assertThat(ok.exitCode(Duration.ofSeconds(90))).as(ok.output()).isZero();
				assertThat(ok.output()).doesNotContain(password);
			}
			try (ChildJvm failed = ChildJvm.start(work.resolve("bad.log"),
					args(common, "--input=" + bad, db[0], db[1]))) {
				assertThat(failed.exitCode(Duration.ofSeconds(90))).isEqualTo(ExitCode.INPUT_PROBLEM.code());
				assertThat(failed.output()).doesNotContain(password);
			}
			try (ChildJvm down = ChildJvm.start(work.resolve("down.log"),
					args(common, "--input=" + good,
							"--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/x?password=" + password,
							"--spring.datasource.username=postgres"))) {
				assertThat(down.exitCode(Duration.ofSeconds(90))).isEqualTo(ExitCode.DATABASE_UNREACHABLE.code());
				assertThat(down.output()).doesNotContain(password);
			}
		}
		try (Stream<Path> files = Files.walk(work.resolve("out"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".csv"))
				.toList()) {
				assertThat(Files.readString(file)).as(file.toString()).doesNotContain(password);
			}
		}
	}

	private static String[] args(List<String> common, String... more) {
		return Stream.concat(common.stream(), Stream.of(more)).toArray(String[]::new);
	}

}

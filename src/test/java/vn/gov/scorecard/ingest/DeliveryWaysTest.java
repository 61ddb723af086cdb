package vn.gov.scorecard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.scorecard.ScorecardApplication;
import vn.gov.scorecard.ScorecardCommand;
import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.support.PdfText;
import vn.gov.scorecard.support.TestDatabase;

/**
 * One small province (20 departments, 4 communes, two years of records) delivered the
 * three ways SPEC §2 allows, each into its own empty database: one CSV per kind; a CSV
 * per unit in a folder per kind; and .xlsx files that LibreOffice Calc made from the CSV
 * files (see src/test/resources/intake/README.md), with real date cells, numbers and
 * booleans. The scores and the ranking must not depend on the way.
 */
class DeliveryWaysTest {

	private static final Path FIXTURES = Path.of("src/test/resources/intake");

	@TempDir
	static Path work;
	static Map<String, Path> outputs = new LinkedHashMap<>();
	static Map<String, String> summaries = new LinkedHashMap<>();

	@BeforeAll
	static void runTheProvinceDeliveredThreeWays() throws IOException {
		Path perUnit = splitPerUnit(FIXTURES.resolve("csv"), work.resolve("per-unit"));
		Map<String, Path> inputs = Map.of("csv", FIXTURES.resolve("csv"), "per-unit", perUnit, "xlsx",
				FIXTURES.resolve("xlsx"));
		// what a shared folder also holds: a note, and the lock file of a workbook open
		// on a clerk's desk
		Files.writeString(perUnit.resolve("meetings/ghi chú.txt"), "nộp bổ sung sau\n");
		Files.writeString(perUnit.resolve("meetings/~$XA002.xlsx"), "");
		PrintStream console = System.out;
		for (String way : List.of("csv", "per-unit", "xlsx")) {
			ByteArrayOutputStream screen = new ByteArrayOutputStream();
			try (TestDatabase database = TestDatabase.create()) {
				System.setOut(new PrintStream(screen, true, StandardCharsets.UTF_8));
				Path output = work.resolve("out-" + way);
				ExitCode exit = ScorecardCommand
					.run(new String[] { "--input=" + inputs.get(way), "--period=2026-09", "--output=" + output,
							"--as-of=2026-11-24", database.springArguments()[0], database.springArguments()[1] });
				assertThat(exit).as(way).isEqualTo(ExitCode.SUCCESS);
				outputs.put(way, output.resolve("2026-09"));
			}
			finally {
				System.setOut(console);
			}
			summaries.put(way, screen.toString(StandardCharsets.UTF_8));
		}
	}

	@Test
	void whatIsNotAnInputFileIsNamedInAWarningAndALargeDeliveryFitsTheSummary() throws IOException {
		JsonNode perUnit = JsonMapper.shared().readTree(outputs.get("per-unit").resolve("run.json").toFile());
		List<String> warnings = new ArrayList<>();
		perUnit.get("warnings").forEach(warning -> warnings.add(warning.asString()));
		assertThat(warnings).contains(
				"meetings/ghi chú.txt: đã bỏ qua — không phải tệp của bộ dữ liệu (units, meetings, documents, work_items, tasks, reports; .csv hoặc .xlsx)",
				"meetings/~$XA002.xlsx: đã bỏ qua — tệp khóa do Excel hoặc LibreOffice tạo khi một tệp đang mở; đóng tệp đó trước khi chạy");
		// 148 files do not fit a screen: totals per kind, the files with rejects, and
		// where the rest is
		assertThat(summaries.get("per-unit")).contains("meetings (29 files)", "documents/SO99.csv",
				"Every file's figures are in run.json (148 files).");
		assertThat(summaries.get("csv")).contains("documents.csv").doesNotContain("files)");
		// and the ranking report's data-quality section likewise: 29 units' meetings
		// files, 690 rows of which 2 bad
		assertThat(PdfText.read(outputs.get("per-unit").resolve("ranking.pdf")).flat()).contains(
				"Hội nghị (meetings, 29 tệp): đọc 690 dòng, nạp 688, loại 2",
				"Văn bản (documents/SO99.csv): đọc 1 dòng, nạp 0, loại 1", "Cảnh báo: meetings/ghi chú.txt: đã bỏ qua");
	}

	@Test
	void scoresAndRankingAreTheSameWhicheverWayTheRecordsCame() throws IOException {
		byte[] scores = Files.readAllBytes(outputs.get("csv").resolve("scores.csv"));
		byte[] ranking = Files.readAllBytes(outputs.get("csv").resolve("ranking.csv"));
		// 24 units exist in September 2026: 20 departments and 4 communes
		assertThat(records(outputs.get("csv").resolve("ranking.csv"))).hasSize(24);
		for (String way : List.of("per-unit", "xlsx")) {
			assertThat(outputs.get(way).resolve("scores.csv")).as(way).hasBinaryContent(scores);
			assertThat(outputs.get(way).resolve("ranking.csv")).as(way).hasBinaryContent(ranking);
		}
	}

	@Test
	void everyFileIsReportedOnItsOwnAndEveryRowIsAccountedFor() throws IOException {
		JsonNode csv = JsonMapper.shared().readTree(outputs.get("csv").resolve("run.json").toFile());
		JsonNode perUnit = JsonMapper.shared().readTree(outputs.get("per-unit").resolve("run.json").toFile());
		JsonNode xlsx = JsonMapper.shared().readTree(outputs.get("xlsx").resolve("run.json").toFile());
		assertThat(names(csv)).containsExactly("units.csv", "meetings.csv", "documents.csv", "work_items.csv",
				"tasks.csv", "reports.csv");
		assertThat(names(xlsx)).containsExactly("units.xlsx", "meetings.xlsx", "documents.xlsx", "work_items.xlsx",
				"tasks.xlsx", "reports.xlsx");
		// units by type in two files, then every other kind a file per unit code in it,
		// in name order: 29 units
		// have records of each kind, and documents.csv has a row of the unknown unit SO99
		// besides
		assertThat(names(perUnit)).hasSize(2 + 29 + 30 + 29 + 29 + 29)
			.startsWith("units/SO.csv", "units/XA.csv", "meetings/SO01.csv", "meetings/SO02.csv");
		for (JsonNode run : List.of(csv, perUnit, xlsx)) {
			long read = 0;
			for (JsonNode file : run.get("files")) {
				assertThat(file.get("read").asLong())
					.isEqualTo(file.get("loaded").asLong() + file.get("rejected").asLong());
				read += file.get("read").asLong();
			}
			// the fixture's data rows: 29 units + 690 meetings + 1,429 documents + 2,124
			// work items + 688 tasks + 235 reports
			assertThat(read).isEqualTo(29 + 690 + 1429 + 2124 + 688 + 235);
		}
	}

	@Test
	void theSameRowsAreRejectedForTheSameReasons() throws IOException {
		List<List<String>> csv = rejects("csv");
		assertThat(csv).isNotEmpty();
		// a workbook's row numbers are the CSV file's lines: no cell spans lines in the
		// fixture
		assertThat(rejects("xlsx")).containsExactlyElementsOf(csv.stream()
			.map(r -> Stream.concat(Stream.of(r.get(0).replace(".csv", ".xlsx")), r.stream().skip(1)).toList())
			.toList());
		// per unit, files and lines differ; unit, identifier, column and value do not
		assertThat(rejects("per-unit").stream().map(r -> r.subList(2, 6)))
			.containsExactlyInAnyOrderElementsOf(csv.stream().map(r -> r.subList(2, 6)).toList());
	}

	private static List<List<String>> rejects(String way) throws IOException {
		return records(outputs.get(way).resolve("rejects.csv")).stream().map(r -> List.of(r.values())).toList();
	}

	private static List<String> names(JsonNode run) {
		List<String> names = new ArrayList<>();
		run.get("files").forEach(file -> names.add(file.get("name").asString()));
		return names;
	}

	/**
	 * units by unit type into units/SO.csv and units/XA.csv; every other kind into
	 * <kind>/<unit_code>.csv.
	 */
	private static Path splitPerUnit(Path csv, Path target) throws IOException {
		try (Stream<Path> files = Files.list(csv)) {
			for (Path file : files.sorted().toList()) {
				String kind = file.getFileName().toString().replace(".csv", "");
				String column = kind.equals("units") ? "unit_type" : "unit_code";
				Map<String, List<CSVRecord>> parts = new LinkedHashMap<>();
				List<String> header;
				try (Reader reader = Files.newBufferedReader(file);
						CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(reader)) {
					header = parser.getHeaderNames();
					for (CSVRecord record : parser) {
						parts.computeIfAbsent(record.get(column), k -> new ArrayList<>()).add(record);
					}
				}
				for (Map.Entry<String, List<CSVRecord>> part : parts.entrySet()) {
					Path out = Files.createDirectories(target.resolve(kind)).resolve(part.getKey() + ".csv");
					try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
							CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
						printer.printRecord(header);
						for (CSVRecord record : part.getValue()) {
							printer.printRecord(record.values());
						}
					}
				}
			}
		}
		return target;
	}

	private static List<CSVRecord> records(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

}

package vn.gov.scorecard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.scorecard.ingest.load.FileStats;
import vn.gov.scorecard.ingest.templates.Templates;
import vn.gov.scorecard.support.Pipeline;

/** {@code --templates}: what a clerk gets, and what a filled-in template gives a run. */
class TemplatesTest {

	private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

	@TempDir
	Path work;

	@Test
	void eachTemplateHasTheHeaderNotesListsAndFormats() throws IOException {
		Templates.write(work);
		for (InputKind kind : InputKind.ALL) {
			try (XSSFWorkbook workbook = open(work.resolve(kind.name() + ".xlsx"))) {
				assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
					.containsExactly(kind.name(), "Ví dụ", "Hướng dẫn");
				XSSFSheet data = workbook.getSheetAt(0);
				assertThat(data.getLastRowNum()).as("only the header on the sheet a run reads").isZero();
				Map<String, List<String>> lists = new HashMap<>();
				Map<String, Integer> validated = new HashMap<>();
				for (DataValidation validation : data.getDataValidations()) {
					String column = data.getRow(0)
						.getCell(validation.getRegions().getCellRangeAddress(0).getFirstColumn())
						.getStringCellValue();
					validated.put(column, validation.getValidationConstraint().getValidationType());
					if (validation.getValidationConstraint().getExplicitListValues() != null) {
						lists.put(column, List.of(validation.getValidationConstraint().getExplicitListValues()));
					}
				}
				for (int i = 0; i < kind.columns().size(); i++) {
					Column column = kind.columns().get(i);
					Cell name = data.getRow(0).getCell(i);
					assertThat(name.getStringCellValue()).isEqualTo(column.name());
					assertThat(name.getCellComment().getString().getString()).as(column.name())
						.startsWith(column.required() ? "Bắt buộc. " : "Không bắt buộc. ")
						.hasSizeGreaterThan(18);
					switch (column.type()) {
						case ENUM -> assertThat(lists.get(column.name())).as(column.name()).isEqualTo(column.allowed());
						case BOOLEAN ->
							assertThat(lists.get(column.name())).as(column.name()).containsExactly("có", "không");
						case DATE, EVENT_DATE -> {
							assertThat(validated.get(column.name())).as(column.name()).isEqualTo(ValidationType.DATE);
							assertThat(data.getColumnStyle(i).getDataFormatString()).isEqualTo("yyyy-mm-dd");
						}
						default -> assertThat(validated).as(column.name()).doesNotContainKey(column.name());
					}
				}
			}
		}
	}

	/**
	 * Every kind's template filled in as a clerk would (the example row typed into the
	 * first sheet), with the units the examples name delivered beside them: nothing is
	 * rejected.
	 */
	@Test
	void filledInTemplatesLoadWithoutAReject() throws IOException {
		Path templates = Files.createDirectories(work.resolve("templates"));
		Path input = Files.createDirectories(work.resolve("input"));
		Templates.write(templates);
		for (InputKind kind : InputKind.ALL) {
			fillWithExample(templates.resolve(kind.name() + ".xlsx"), input.resolve(kind.name() + ".xlsx"), Map.of());
		}
		// the units the examples refer to: SO01, and the two communes merged into XA017
		Files.writeString(Files.createDirectories(input.resolve("units")).resolve("known.csv"),
				"unit_code,unit_name,unit_type\nSO01,Sở Nội vụ,SO\nXA101,Xã Một,XA\nXA102,Xã Hai,XA\n");
		try (Pipeline pipeline = Pipeline.on(input)) {
			List<FileStats> stats = pipeline.load(AS_OF);
			assertThat(stats).extracting(FileStats::name)
				.containsExactly("units.xlsx", "units/known.csv", "meetings.xlsx", "documents.xlsx", "work_items.xlsx",
						"tasks.xlsx", "reports.xlsx");
			assertThat(stats).allSatisfy(file -> assertThat(file.rejected()).as(file.name()).isZero());
			assertThat(stats.stream().mapToLong(FileStats::loaded).sum()).isEqualTo(1 + 3 + 5);
			assertThat(pipeline.database()
				.jdbc()
				.queryForObject(
						"SELECT held_on || ' ' || duration_days || ' ' || format || ' ' || summons_commune_officials FROM meeting",
						String.class))
				.isEqualTo("2026-03-02 0.5 TRUC_TUYEN false");
		}
	}

	@Test
	void aValueOutsideADropDownListIsRejectedWithTheReason() throws IOException {
		Path templates = Files.createDirectories(work.resolve("templates"));
		Path input = Files.createDirectories(work.resolve("input"));
		Templates.write(templates);
		// Excel refuses a typed value outside the list, but a pasted one gets through
		fillWithExample(templates.resolve("meetings.xlsx"), input.resolve("meetings.xlsx"), Map.of("format", "ONLINE"));
		Files.writeString(input.resolve("units.csv"), "unit_code,unit_name,unit_type\nSO01,Sở Nội vụ,SO\n");
		try (Pipeline pipeline = Pipeline.on(input)) {
			assertThat(pipeline.load(AS_OF, Pipeline.NO_CAP)).extracting(FileStats::rejected).containsExactly(0L, 1L);
			assertThat(pipeline.database()
				.jdbc()
				.queryForObject(
						"SELECT file_name || ':' || line || ' ' || column_name || '=' || value || ': ' || reason FROM run_reject",
						String.class))
				.isEqualTo(
						"meetings.xlsx:2 format=ONLINE: giá trị không hợp lệ; chỉ nhận: TRUC_TIEP, TRUC_TUYEN, KET_HOP");
		}
	}

	/**
	 * Copies the "Ví dụ" sheet's example row into the first sheet's row 2, cell by cell
	 * and type by type.
	 */
	private static void fillWithExample(Path template, Path filled, Map<String, String> replaced) throws IOException {
		try (XSSFWorkbook workbook = open(template)) {
			XSSFSheet data = workbook.getSheetAt(0);
			Row example = workbook.getSheet("Ví dụ").getRow(1);
			Row row = data.createRow(1);
			for (Cell source : example) {
				Cell cell = row.createCell(source.getColumnIndex());
				String column = data.getRow(0).getCell(source.getColumnIndex()).getStringCellValue();
				cell.setCellStyle(source.getCellStyle());
				if (replaced.containsKey(column)) {
					cell.setCellValue(replaced.get(column));
				}
				else {
					switch (source.getCellType()) {
						case NUMERIC -> cell.setCellValue(source.getNumericCellValue());
						case BOOLEAN -> cell.setCellValue(source.getBooleanCellValue());
						default -> cell.setCellValue(source.getStringCellValue());
					}
				}
			}
			try (OutputStream out = Files.newOutputStream(filled)) {
				workbook.write(out);
			}
		}
	}

	private static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

}

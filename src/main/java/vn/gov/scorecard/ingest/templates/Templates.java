package vn.gov.scorecard.ingest.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.core.io.ClassPathResource;
import vn.gov.scorecard.ingest.Column;
import vn.gov.scorecard.ingest.InputKind;

/**
 * {@code --templates=DIR} (SPEC §7): one Excel workbook per kind, {@code <kind>.xlsx},
 * that a clerk fills in and sends as it is. The first sheet, the only one a run reads,
 * has the header row with a Vietnamese note on each column, a drop-down list on every
 * enumerated and boolean column, date cells on date columns and text cells on code
 * columns (so {@code 001} stays {@code 001}). The example row is on a sheet of its own,
 * "Ví dụ", so that an example left in place never becomes a record; "Hướng dẫn" lists
 * every column with its rule. The notes and examples are in
 * {@code templates/columns.csv}.
 */
public final class Templates {

	/** Rows the lists and formats cover: far more than a unit records in a year. */
	private static final int LAST_ROW = 100_000;

	private static final String[] BOOLEANS = { "có", "không" };

	private record ColumnText(String note, String example) {
	}

	private Templates() {
	}

	public static void write(Path directory) {
		Map<String, ColumnText> texts = columnTexts();
		try {
			Files.createDirectories(directory);
			for (InputKind kind : InputKind.ALL) {
				try (XSSFWorkbook workbook = template(kind, texts);
						OutputStream out = Files.newOutputStream(directory.resolve(kind.name() + ".xlsx"))) {
					workbook.write(out);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write the templates into " + directory + ": " + e.getMessage(), e);
		}
	}

	private static XSSFWorkbook template(InputKind kind, Map<String, ColumnText> texts) {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Styles styles = new Styles(workbook);
		XSSFSheet data = workbook.createSheet(kind.name());
		XSSFSheet example = workbook.createSheet("Ví dụ");
		XSSFSheet guide = workbook.createSheet("Hướng dẫn");
		Row header = data.createRow(0);
		Row exampleHeader = example.createRow(0);
		Row exampleRow = example.createRow(1);
		DataValidationHelper validations = data.getDataValidationHelper();
		List<Column> columns = kind.columns();
		for (int i = 0; i < columns.size(); i++) {
			Column column = columns.get(i);
			ColumnText text = texts.get(kind.name() + "." + column.name());
			if (text == null) {
				throw new IllegalStateException(
						"templates/columns.csv has no note for " + kind.name() + "." + column.name());
			}
			XSSFCell name = (XSSFCell) header.createCell(i);
			name.setCellValue(column.name());
			name.setCellStyle(styles.header);
			name.setCellComment(note(data, i, (column.required() ? "Bắt buộc. " : "Không bắt buộc. ") + text.note()));
			exampleHeader.createCell(i).setCellValue(column.name());
			exampleHeader.getCell(i).setCellStyle(styles.header);
			exampleValue(exampleRow, i, column, text.example(), styles);
			data.setDefaultColumnStyle(i,
					isDate(column) ? styles.date : isNumber(column) ? styles.general : styles.text);
			data.setColumnWidth(i, Math.max(14, column.name().length() + 4) * 256);
			example.setColumnWidth(i,
					Math.max(14, Math.min(50, Math.max(column.name().length(), text.example().length()) + 4)) * 256);
			String[] list = column.type() == Column.Type.ENUM ? column.allowed().toArray(String[]::new)
					: column.type() == Column.Type.BOOLEAN ? BOOLEANS : null;
			if (list != null) {
				validate(data, validations, validations.createExplicitListConstraint(list), i, column.name(),
						"Chọn một giá trị trong danh sách: " + String.join(", ", list));
			}
			else if (isDate(column)) {
				validate(data, validations,
						validations.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
								"DATE(2000,1,1)", "DATE(2100,12,31)", "yyyy-mm-dd"),
						i, column.name(), "Nhập ngày từ 2000-01-01 đến 2100-12-31, ví dụ 2026-03-02");
			}
		}
		data.createFreezePane(0, 1);
		writeGuide(guide, kind, texts, styles);
		return workbook;
	}

	private static void validate(XSSFSheet sheet, DataValidationHelper helper, DataValidationConstraint constraint,
			int column, String name, String message) {
		DataValidation validation = helper.createValidation(constraint,
				new CellRangeAddressList(1, LAST_ROW, column, column));
		validation.setShowErrorBox(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.createErrorBox(name, message);
		validation.setShowPromptBox(true);
		validation.createPromptBox(name, message);
		sheet.addValidationData(validation);
	}

	private static Comment note(XSSFSheet sheet, int column, String text) {
		ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
		anchor.setCol1(column);
		anchor.setCol2(column + 4);
		anchor.setRow1(0);
		anchor.setRow2(5);
		Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
		comment.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(text));
		comment.setAuthor("Sở Nội vụ");
		return comment;
	}

	/** The example as the cell a clerk would type: a date cell, a number, or text. */
	private static void exampleValue(Row row, int index, Column column, String example, Styles styles) {
		if (example.isEmpty()) {
			return;
		}
		XSSFCell cell = (XSSFCell) row.createCell(index);
		if (isDate(column)) {
			cell.setCellValue(LocalDate.parse(example));
			cell.setCellStyle(styles.date);
		}
		else if (isNumber(column)) {
			cell.setCellValue(new BigDecimal(example).doubleValue());
		}
		else {
			cell.setCellValue(example);
			cell.setCellStyle(styles.text);
		}
	}

	private static void writeGuide(XSSFSheet guide, InputKind kind, Map<String, ColumnText> texts, Styles styles) {
		String[] headings = { "Cột", "Bắt buộc", "Giá trị nhận", "Ghi chú" };
		Row top = guide.createRow(0);
		top.createCell(0)
			.setCellValue("Tệp " + kind.name()
					+ ": điền từ dòng 2 của trang đầu tiên; giữ nguyên dòng tiêu đề. Lưu thành .xlsx"
					+ " và gửi Sở Nội vụ trong thư mục " + kind.name() + "/, ví dụ " + kind.name() + "/SO01.xlsx.");
		Row head = guide.createRow(2);
		for (int i = 0; i < headings.length; i++) {
			head.createCell(i).setCellValue(headings[i]);
			head.getCell(i).setCellStyle(styles.header);
		}
		int r = 3;
		for (Column column : kind.columns()) {
			Row row = guide.createRow(r++);
			row.createCell(0).setCellValue(column.name());
			row.createCell(1).setCellValue(column.required() ? "có" : "không");
			row.createCell(2).setCellValue(accepted(column));
			row.createCell(3).setCellValue(texts.get(kind.name() + "." + column.name()).note());
		}
		guide.setColumnWidth(0, 28 * 256);
		guide.setColumnWidth(1, 10 * 256);
		guide.setColumnWidth(2, 40 * 256);
		guide.setColumnWidth(3, 90 * 256);
	}

	private static String accepted(Column column) {
		return switch (column.type()) {
			case ENUM -> String.join(", ", column.allowed());
			case BOOLEAN -> "có / không (cũng nhận true/false, 1/0, yes/no)";
			case DATE, EVENT_DATE -> "ngày, dạng yyyy-mm-dd";
			case DURATION -> "số thập phân > 0 và ≤ 30, dấu chấm thập phân";
			case MINUTES -> "số nguyên từ 0 đến 1440";
			case UNIT_CODE, UNIT_REF -> "mã đơn vị";
			case UNIT_CODES -> "các mã đơn vị, cách nhau bằng ;";
			case REPORT_PERIOD -> "2026-Q1, 2026-H1 hoặc 2026";
			case TEXT -> "văn bản";
		};
	}

	private static boolean isDate(Column column) {
		return column.type() == Column.Type.DATE || column.type() == Column.Type.EVENT_DATE;
	}

	private static boolean isNumber(Column column) {
		return column.type() == Column.Type.DURATION || column.type() == Column.Type.MINUTES;
	}

	private static Map<String, ColumnText> columnTexts() {
		Map<String, ColumnText> texts = new HashMap<>();
		try (InputStream in = new ClassPathResource("templates/columns.csv").getInputStream()) {
			for (CSVRecord record : CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				texts.put(record.get("kind") + "." + record.get("column"),
						new ColumnText(record.get("note"), record.get("example")));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return texts;
	}

	/** The cell styles of a template. */
	private static final class Styles {

		final CellStyle header;

		final CellStyle date;

		final CellStyle text;

		final CellStyle general;

		Styles(XSSFWorkbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			header = workbook.createCellStyle();
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			general = workbook.createCellStyle();
		}

	}

}

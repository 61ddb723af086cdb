package vn.gov.scorecard.ingest.files;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;

/**
 * Turns a sheet's cell into the text the contract's parsers read, whatever format the
 * cell is shown in: a date cell becomes {@code 2026-03-01} (with {@code T10:30} when it
 * holds a time), a whole number {@code 2025} (never {@code 2025.0}, so a report period
 * typed as a number is still the year), any other number its shortest decimal
 * ({@code 0.5}), a boolean {@code TRUE} or {@code FALSE} (which the boolean parser
 * accepts), a formula its cached value, an error {@code ERROR:#N/A}. Whether a number is
 * a date depends on its cell style's number format, worked out once per style: POI's test
 * is a regular expression, too slow for every cell.
 */
final class CellText {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final SharedStrings strings;

	private final boolean date1904;

	private final boolean[] dateStyles;

	CellText(SharedStrings strings, StylesTable styles, boolean date1904) {
		this.strings = strings;
		this.date1904 = date1904;
		int count = styles == null ? 0 : styles.getNumCellStyles();
		this.dateStyles = new boolean[count];
		for (int i = 0; i < count; i++) {
			var style = styles.getStyleAt(i);
			dateStyles[i] = style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
		}
	}

	/**
	 * @param type the cell's {@code t} attribute ({@code n} when absent)
	 * @param style the cell's {@code s} attribute (0 when absent)
	 * @param value the text of its {@code <v>}, or of its inline string
	 */
	String of(String type, int style, String value) {
		return switch (type) {
			case "s" -> strings.getItemAt(Integer.parseInt(value.strip())).toString();
			case "inlineStr", "str" -> value;
			case "b" -> "1".equals(value.strip()) || "true".equals(value.strip()) ? "TRUE" : "FALSE";
			case "e" -> "ERROR:" + value;
			case "d" -> value.endsWith("T00:00:00") ? value.substring(0, value.length() - 9) : value;
			default -> number(value, style);
		};
	}

	private String number(String value, int style) {
		if (value.isBlank()) {
			return "";
		}
		double number = Double.parseDouble(value);
		if (style < dateStyles.length && dateStyles[style] && DateUtil.isValidExcelDate(number)) {
			LocalDateTime dateTime = DateUtil.getLocalDateTime(number, date1904, true);
			return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? dateTime.toLocalDate().toString()
					: dateTime.format(DATE_TIME);
		}
		if (number == Math.rint(number) && Math.abs(number) < 1e15) {
			return Long.toString((long) number);
		}
		return new BigDecimal(Double.toString(number)).stripTrailingZeros().toPlainString();
	}

}

package vn.gov.scorecard.ingest;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns a numeric spreadsheet cell into the text the contract's parsers read, whatever format the
 * cell is shown in: a date cell becomes {@code 2026-03-01} (with {@code T10:30} when it holds a
 * time), a whole number {@code 2025} (never {@code 2025.0}, so a report period typed as a number is
 * still the year), any other number its shortest decimal ({@code 0.5}). Text, booleans and the
 * cached values of formulas come through POI's sheet handler unchanged ({@code TRUE}/{@code FALSE}
 * for booleans, which the boolean parser accepts).
 */
final class CellText extends DataFormatter {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final boolean date1904;

	CellText(boolean date1904) {
		this.date1904 = date1904;
	}

	@Override
	public String formatRawCellContents(double value, int formatIndex, String formatString) {
		if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
			LocalDateTime dateTime = DateUtil.getLocalDateTime(value, date1904, true);
			return dateTime.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? dateTime.toLocalDate().toString()
					: dateTime.format(DATE_TIME);
		}
		return number(value);
	}

	static String number(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
	}
}

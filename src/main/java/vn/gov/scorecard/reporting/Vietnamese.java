package vn.gov.scorecard.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import vn.gov.scorecard.scoring.Format;

/**
 * Figures and dates as a Vietnamese document writes them: a decimal comma, and dates as
 * Nghị định 30/2020/NĐ-CP requires. Numbers are first rounded exactly as the CSV outputs
 * round them, then only re-expressed, so a PDF figure is always the CSV figure.
 */
final class Vietnamese {

	private Vietnamese() {
	}

	/** A value of scores.csv (4 decimals) as a percentage: 0.8333 → "83,33%". */
	static String percent(BigDecimal value) {
		return new BigDecimal(Format.fourDecimals(value)).movePointRight(2).toPlainString().replace('.', ',') + "%";
	}

	/** Points as scores.csv writes them (4 decimals), with a decimal comma. */
	static String points(BigDecimal points) {
		return Format.fourDecimals(points).replace('.', ',');
	}

	/** A score as ranking.csv writes it (2 decimals), with a decimal comma. */
	static String score(BigDecimal score) {
		return Format.twoDecimals(score).replace('.', ',');
	}

	/** A weight, a limit or a count: "20", "1,5". */
	static String plain(BigDecimal number) {
		return Format.plain(number).replace('.', ',');
	}

	/** A count with its thousands grouped by dots: 16262 → "16.262". */
	static String count(long count) {
		return String.format(Locale.ROOT, "%,d", count).replace(',', '.');
	}

	static String date(LocalDate date) {
		return twoDigits(date.getDayOfMonth()) + "/" + twoDigits(date.getMonthValue()) + "/" + date.getYear();
	}

	private static String twoDigits(int number) {
		return number < 10 ? "0" + number : String.valueOf(number);
	}

	/**
	 * "Tuyên Quang, ngày 05 tháng 02 năm 2026": days below 10 and the months January and
	 * February are written with a leading zero (Nghị định 30/2020/NĐ-CP, Phụ lục I).
	 */
	static String placeAndDate(String place, LocalDate date) {
		String day = twoDigits(date.getDayOfMonth());
		String month = date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
		return place + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
	}

}

package vn.gov.scorecard.ingest.rows;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import vn.gov.scorecard.ingest.Column;
import vn.gov.scorecard.ingest.InputKind;
import vn.gov.scorecard.ingest.ParsedRow;
import vn.gov.scorecard.ingest.Problem;
import vn.gov.scorecard.ingest.files.Header;
import vn.gov.scorecard.period.Period;

/**
 * Parses the cells of one input file's rows into typed values and finds the first problem
 * of a row, column by column in the contract's order, then across columns. Reasons are in
 * Vietnamese: the clerk who fixes the source data reads them in {@code rejects.csv}.
 */
public final class RowParser {

	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
	static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	static final int MAX_CELL = 1000;

	private static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9._-]{1,32}");

	private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");

	private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d+");

	private static final Pattern WHOLE = Pattern.compile("\\d+");

	private static final String NOT_A_DATE = "ngày không đúng định dạng yyyy-MM-dd";

	private static final String IN_THE_FUTURE = "ngày trong tương lai (sau ngày chạy lần tính): kiểm tra lại ngày";

	private static final BigDecimal MAX_DURATION = BigDecimal.valueOf(30);

	private static final BigDecimal MAX_MINUTES = BigDecimal.valueOf(1440);

	private static final Map<String, Boolean> BOOLEANS = Map.of("true", true, "false", false, "1", true, "0", false,
			"yes", true, "no", false, "có", true, "không", false);

	private final InputKind kind;

	private final int[] sourceIndex;

	private final int headerSize;

	private final LocalDate today;

	private final UnitSuccession units;

	private final int eventColumn;

	private final Map<String, Integer> indexByName = new HashMap<>();

	private LocalDate latestOnOrBeforeToday;

	private LocalDate earliestAfterToday;

	/**
	 * @param today the day the run executes, in Asia/Ho_Chi_Minh: an event after it is a
	 * mistake
	 * @param units the units records may name, and whom their records belong to after a
	 * dissolution; null when they cannot be known (a check of a folder without units),
	 * and then codes are not checked
	 */
	public RowParser(InputKind kind, Header header, LocalDate today, UnitSuccession units) {
		this.kind = kind;
		this.sourceIndex = header.sourceIndex();
		this.headerSize = header.size();
		this.today = today;
		this.units = units;
		List<Column> columns = kind.columns();
		int event = -1;
		for (int i = 0; i < columns.size(); i++) {
			indexByName.put(columns.get(i).name(), i);
			if (event < 0 && columns.get(i).type() == Column.Type.EVENT_DATE) {
				event = i;
			}
		}
		this.eventColumn = event;
	}

	/**
	 * The event dates this parser judged against the day it ran: the latest it let
	 * through and the earliest it rejected as in the future. Another day from the one up
	 * to the day before the other judges every row of the file the same.
	 */
	public record FutureBounds(LocalDate latestOnOrBefore, LocalDate earliestAfter) {

		public static final FutureBounds NONE = new FutureBounds(null, null);

		public boolean judgeAlike(LocalDate today) {
			return (latestOnOrBefore == null || !latestOnOrBefore.isAfter(today))
					&& (earliestAfter == null || earliestAfter.isAfter(today));
		}

		public FutureBounds and(FutureBounds other) {
			return new FutureBounds(later(latestOnOrBefore, other.latestOnOrBefore),
					earlier(earliestAfter, other.earliestAfter));
		}

		private static LocalDate later(LocalDate a, LocalDate b) {
			return a == null ? b : b == null || a.isAfter(b) ? a : b;
		}

		private static LocalDate earlier(LocalDate a, LocalDate b) {
			return a == null ? b : b == null || a.isBefore(b) ? a : b;
		}
	}

	public FutureBounds futureBounds() {
		return new FutureBounds(latestOnOrBeforeToday, earliestAfterToday);
	}

	int columnCount() {
		return kind.columns().size();
	}

	/**
	 * A row whose every cell is empty, as spreadsheets leave behind: not a record (SPEC
	 * §2).
	 */
	static boolean isBlank(String[] cells) {
		for (String cell : cells) {
			if (!cell.isBlank()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Fills {@code values} from the record's cells; returns the first problem, or
	 * {@code null} when the row is good.
	 */
	Problem parse(String[] record, Object[] values) {
		if (record.length != headerSize) {
			return new Problem("", "",
					"số trường (" + record.length + ") khác số cột của dòng tiêu đề (" + headerSize + ")");
		}
		List<Column> columns = kind.columns();
		String[] raw = new String[columns.size()];
		for (int i = 0; i < columns.size(); i++) {
			Column column = columns.get(i);
			String cell = sourceIndex[i] < 0 ? null : record[sourceIndex[i]];
			raw[i] = cell;
			String value = cell == null ? "" : cell.strip();
			if (value.isEmpty()) {
				if (column.required()) {
					return new Problem(column.name(), cell == null ? "" : cell, "thiếu giá trị bắt buộc");
				}
				values[i] = column.defaultValue();
				continue;
			}
			if (value.length() > MAX_CELL) {
				return new Problem(column.name(), value.substring(0, 40) + "…", "dài quá " + MAX_CELL + " ký tự");
			}
			int unprintable = unprintable(value);
			if (unprintable >= 0) {
				return new Problem(column.name(), printable(value), String
					.format("chứa ký tự không in được U+%04X (ký tự điều khiển hoặc BOM giữa dòng)", unprintable));
			}
			try {
				values[i] = parseValue(column, value);
			}
			catch (BadValue bad) {
				return new Problem(column.name(), cell, bad.getMessage());
			}
		}
		Problem orphaned = withoutOwner(values, raw);
		if (orphaned != null) {
			return orphaned;
		}
		return kind.rowCheck().check(new ParsedRow(indexByName, raw, values)).orElse(null);
	}

	/**
	 * A record of a dissolved unit dated on or after its dissolution, and its tasks and
	 * TTHC dossiers falling due then, belong to its successor (SPEC §2 v3, decision 25):
	 * kept under the old code and counted for the successor. Without a successor it
	 * belongs to no one, and is rejected.
	 */
	private Problem withoutOwner(Object[] values, String[] raw) {
		if (eventColumn < 0 || units == null) {
			return null;
		}
		int column = handoverColumn(values);
		LocalDate day = (LocalDate) values[column];
		String code = (String) values[0];
		if (day == null) {
			return null;
		}
		if (units.owner(code, day) == null) {
			return new Problem(kind.columns().get(column).name(), raw[column], "đơn vị đã giải thể từ ngày "
					+ units.dissolvedOn(code) + " và không có đơn vị kế thừa; ghi bản ghi này cho đơn vị đang quản lý");
		}
		return null;
	}

	/**
	 * The date that decides whose a record is: when a task or TTHC dossier falls due,
	 * else its first event date.
	 */
	private int handoverColumn(Object[] values) {
		Integer due = indexByName.get("due_on");
		boolean passesWhenDue = kind == InputKind.TASKS || (kind == InputKind.WORK_ITEMS
				&& "TTHC".equals(values[indexByName.get("kind")]) && values[due] != null);
		return passesWhenDue ? due : eventColumn;
	}

	/**
	 * The first character no one types into a cell: C0 controls but tab and line breaks,
	 * DEL, a BOM.
	 */
	private static int unprintable(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f || c == 0xfeff) {
				return c;
			}
		}
		return -1;
	}

	/** The value as rejects.csv can show it: NUL cannot be stored in PostgreSQL text. */
	static String printable(String value) {
		return value.replaceAll("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f\\ufeff]", "?");
	}

	private Object parseValue(Column column, String value) throws BadValue {
		return switch (column.type()) {
			case TEXT -> Normalizer.normalize(value, Normalizer.Form.NFC);
			case UNIT_CODE -> unitCode(value);
			case UNIT_REF -> {
				if (value.equalsIgnoreCase("NULL")) {
					yield unitCode(value);
				}
				if (units != null && !units.contains(value)) {
					throw new BadValue("mã đơn vị không có trong danh mục đơn vị (units.csv)");
				}
				yield value;
			}
			case UNIT_CODES -> {
				List<String> codes = new ArrayList<>();
				for (String code : value.split(";")) {
					if (!code.isBlank()) {
						codes.add(unitCode(code.strip()));
					}
				}
				yield codes;
			}
			case DATE -> date(value);
			case EVENT_DATE -> {
				LocalDate date = date(value);
				if (date.isAfter(today)) {
					if (earliestAfterToday == null || date.isBefore(earliestAfterToday)) {
						earliestAfterToday = date;
					}
					throw new BadValue(IN_THE_FUTURE);
				}
				if (latestOnOrBeforeToday == null || date.isAfter(latestOnOrBeforeToday)) {
					latestOnOrBeforeToday = date;
				}
				yield date;
			}
			case DURATION -> {
				if (DECIMAL_COMMA.matcher(value).matches()) {
					throw new BadValue("dùng dấu chấm thập phân, không dùng dấu phẩy (ví dụ 0.5)");
				}
				if (!DECIMAL.matcher(value).matches()) {
					throw new BadValue("không phải số ngày (số thập phân, ví dụ 0.5)");
				}
				BigDecimal days = new BigDecimal(value);
				if (days.signum() <= 0 || days.compareTo(MAX_DURATION) > 0) {
					throw new BadValue("số ngày phải lớn hơn 0 và không quá 30");
				}
				// as written: 0.5000000 has 7 decimals too (SPEC §2 v3)
				if (days.scale() > 6) {
					throw new BadValue("quá 6 chữ số thập phân");
				}
				yield days;
			}
			case MINUTES -> {
				if (!WHOLE.matcher(value).matches()) {
					throw new BadValue("không phải số phút (số nguyên không âm, ví dụ 15)");
				}
				if (new BigDecimal(value).compareTo(MAX_MINUTES) > 0) {
					throw new BadValue("quá 1440 phút (một ngày)");
				}
				yield Integer.valueOf(value);
			}
			case BOOLEAN -> {
				Boolean b = BOOLEANS.get(Normalizer.normalize(value, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
				if (b == null) {
					throw new BadValue("không phải giá trị đúng/sai (true/false, 1/0, yes/no, có/không)");
				}
				yield b;
			}
			case ENUM -> {
				if (!column.allowed().contains(value)) {
					throw new BadValue("giá trị không hợp lệ; chỉ nhận: " + String.join(", ", column.allowed()));
				}
				yield value;
			}
			case REPORT_PERIOD -> {
				Period period;
				try {
					period = Period.parse(value);
				}
				catch (IllegalArgumentException e) {
					period = null;
				}
				if (period == null || period.kind() == Period.Kind.MONTH || !period.toString().equals(value)) {
					throw new BadValue("kỳ báo cáo phải là quý, 6 tháng hoặc năm (ví dụ 2026-Q1, 2026-H1, 2026)");
				}
				yield value;
			}
		};
	}

	private static String unitCode(String value) throws BadValue {
		// a database export writes an empty cell as NULL; as a code it would name no
		// unit, and in an
		// array literal PostgreSQL would read it as a missing element
		if (value.equalsIgnoreCase("NULL")) {
			throw new BadValue(
					"NULL không phải là mã đơn vị (phần mềm xuất dữ liệu ghi NULL cho ô trống): để trống ô nếu không"
							+ " có, hoặc ghi mã đúng");
		}
		if (!UNIT_CODE.matcher(value).matches()) {
			throw new BadValue(
					"mã đơn vị chỉ gồm chữ cái không dấu, chữ số, dấu chấm, gạch dưới, gạch ngang; tối đa 32 ký tự");
		}
		return value;
	}

	/**
	 * A date written yyyy-MM-dd in ASCII digits, as {@code LocalDate.parse} reads it,
	 * without its general formatter: reading dates was a tenth of parsing a national
	 * load.
	 */
	private static LocalDate date(String value) throws BadValue {
		if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
			throw new BadValue(NOT_A_DATE);
		}
		int year = digits(value, 0, 4);
		int month = digits(value, 5, 7);
		int day = digits(value, 8, 10);
		if (year < 0 || month < 0 || day < 0) {
			throw new BadValue(NOT_A_DATE);
		}
		LocalDate date;
		try {
			date = LocalDate.of(year, month, day);
		}
		catch (DateTimeException e) {
			throw new BadValue("ngày không có thật (tháng hoặc ngày không tồn tại)");
		}
		if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
			throw new BadValue("ngày ngoài khoảng 2000-01-01 đến 2100-12-31");
		}
		return date;
	}

	/** The number written in ASCII digits from {@code from} to {@code to}, or -1. */
	private static int digits(String value, int from, int to) {
		int number = 0;
		for (int i = from; i < to; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			number = number * 10 + (c - '0');
		}
		return number;
	}

	/** A cell that does not parse; cheap to throw, as many rows of a bad file may. */
	private static final class BadValue extends Exception {

		BadValue(String reason) {
			super(reason, null, false, false);
		}

	}

}

package vn.gov.scorecard.output;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import vn.gov.scorecard.indicators.RunWarnings;
import vn.gov.scorecard.ingest.load.RunFiles;
import vn.gov.scorecard.ingest.load.RunFiles.RunFile;
import vn.gov.scorecard.trend.TrendRepository;
import vn.gov.scorecard.period.Period;
import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.rules.RuleSet;
import vn.gov.scorecard.rules.Target;
import vn.gov.scorecard.rules.UnitType;
import vn.gov.scorecard.scoring.Scoring;

/**
 * {@code scorecard.xlsx} (SPEC §6): the run's results as one workbook for clerks. The
 * ranking of each unit type, the indicator values of every unit coloured by status, the
 * scores of scores.csv, the rejects and the run's run; numbers are numbers (percentages,
 * two or four decimals), dates are dates, headings are Vietnamese, every table has a
 * filter and a frozen heading. Text is only ever written as text, never as a formula.
 * Written with POI's streaming writer, which keeps a window of rows in memory and the
 * rest on disk, so 4,000 units cost no more heap than 40. The same queries as the CSV
 * files feed it ({@link RunOutputs}).
 */
@Component
public class ScorecardWorkbook {

	private static final String NOT_RANKED = "Chưa xếp hạng (thiếu số liệu)";

	private final RunOutputs outputs;

	private final TrendRepository trends;

	private final RunFiles files;

	private final RunWarnings warnings;

	private final RuleSet rules;

	public ScorecardWorkbook(RunOutputs outputs, TrendRepository trends, RunFiles files, RunWarnings warnings,
			RuleSet rules) {
		this.outputs = outputs;
		this.trends = trends;
		this.files = files;
		this.warnings = warnings;
		this.rules = rules;
	}

	public void write(RunJson.Run run, Path file) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(200);
		try {
			Styles styles = new Styles(workbook, rules);
			summary(workbook, styles, run);
			rankings(workbook, styles, run);
			indicatorValues(workbook, styles, run);
			scores(workbook, styles, run);
			rejects(workbook, styles, run);
			watchList(workbook, styles, run);
			trendScores(workbook, styles, run);
			runFacts(workbook, styles, run);
			Files.createDirectories(file.getParent());
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		finally {
			workbook.close();
		}
	}

	/**
	 * The province at a glance, per unit type: units assessed and ranked, the average
	 * score, the units in each band this period and the previous one, the units watched.
	 */
	private void summary(SXSSFWorkbook workbook, Styles styles, RunJson.Run run) {
		Map<UnitType, List<Standing>> now = bands(run.runId(), run.period());
		Map<UnitType, List<Standing>> before = run.period().previous().map(p -> bands(run.runId(), p)).orElse(Map.of());
		String previous = run.period().previous().map(Period::inWords).orElse("kỳ trước");
		List<String> headings = new ArrayList<>(List.of("Mục"));
		for (UnitType type : UnitType.values()) {
			headings.add(capitalised(type.group()) + ": " + run.period().inWords());
			headings.add(capitalised(type.group()) + ": " + previous);
		}
		Table table = new Table(workbook, styles, "Tổng hợp", headings, new int[] { 40, 22, 22, 22, 22 }, 1);
		summaryRow(table, styles, "Số đơn vị được đánh giá", now, before, units -> units.size());
		summaryRow(table, styles, "Số đơn vị được xếp hạng", now, before,
				units -> (int) units.stream().filter(u -> u.score() != null).count());
		SXSSFRow average = table.next();
		table.text(average, 0, "Điểm bình quân");
		int column = 1;
		for (UnitType type : UnitType.values()) {
			for (Map<UnitType, List<Standing>> period : List.of(now, before)) {
				List<BigDecimal> scores = period.getOrDefault(type, List.of())
					.stream()
					.map(Standing::score)
					.filter(score -> score != null)
					.toList();
				table.number(average, column++, scores.isEmpty() ? null : Scoring.averageScore(scores),
						styles.twoDecimals);
			}
		}
		for (RuleSet.Band band : rules.bands()) {
			summaryRow(table, styles, band.name(), now, before,
					units -> (int) units.stream().filter(u -> band.name().equals(u.band())).count());
		}
		summaryRow(table, styles, NOT_RANKED, now, before,
				units -> (int) units.stream().filter(u -> u.score() == null).count());
		List<String> watchedTypes = new ArrayList<>();
		outputs.watchList(run.runId(), run.period(), row -> watchedTypes.add(row.getString(1)));
		SXSSFRow watched = table.next();
		table.text(watched, 0, "Số đơn vị cần theo dõi");
		column = 1;
		for (UnitType type : UnitType.values()) {
			table.number(watched, column, watchedTypes.stream().filter(type.name()::equals).count(), styles.integer);
			column += 2;
		}
		table.finish();
	}

	/** A unit's score (null when unranked) and band, for the summary. */
	private record Standing(BigDecimal score, String band) {
	}

	/** Each unit's standing, by unit type. */
	private Map<UnitType, List<Standing>> bands(long runId, Period period) {
		Map<UnitType, List<Standing>> units = new EnumMap<>(UnitType.class);
		outputs.ranking(runId, period,
				row -> units.computeIfAbsent(UnitType.valueOf(row.getString(3)), t -> new ArrayList<>())
					.add(new Standing(row.getBigDecimal(4), row.getString(5))));
		return units;
	}

	private static void summaryRow(Table table, Styles styles, String name, Map<UnitType, List<Standing>> now,
			Map<UnitType, List<Standing>> before, ToIntFunction<List<Standing>> count) {
		SXSSFRow line = table.next();
		table.text(line, 0, name);
		int column = 1;
		for (UnitType type : UnitType.values()) {
			table.number(line, column++, count.applyAsInt(now.getOrDefault(type, List.of())), styles.integer);
			table.number(line, column++,
					before.isEmpty() ? null : count.applyAsInt(before.getOrDefault(type, List.of())), styles.integer);
		}
	}

	/**
	 * One sheet per unit type: rank, code, name, score, classification in its band's
	 * colour, the previous period's rank and score, and the change.
	 */
	private void rankings(SXSSFWorkbook workbook, Styles styles, RunJson.Run run) {
		Map<UnitType, Table> sheets = new EnumMap<>(UnitType.class);
		for (UnitType type : UnitType.values()) {
			sheets.put(type,
					new Table(
							workbook, styles, "Xếp hạng " + type.group(), List.of("Hạng", "Mã đơn vị", "Tên đơn vị",
									"Điểm", "Xếp loại", "Hạng kỳ trước", "Điểm kỳ trước", "Tăng, giảm"),
							new int[] { 8, 14, 48, 10, 32, 10, 10, 10 }, 3));
		}
		outputs.ranking(run.runId(), run.period(), row -> {
			Table table = sheets.get(UnitType.valueOf(row.getString(3)));
			SXSSFRow line = table.next();
			BigDecimal score = rounded(row.getBigDecimal(4), 2);
			BigDecimal before = rounded(row.getBigDecimal(8), 2);
			table.number(line, 0, (Number) row.getObject(6), styles.integer);
			table.text(line, 1, row.getString(1));
			table.text(line, 2, row.getString(2));
			table.number(line, 3, score, styles.twoDecimals);
			table.text(line, 4, row.getString(5) == null ? NOT_RANKED : row.getString(5));
			line.getCell(4).setCellStyle(styles.band(row.getString(5)));
			table.number(line, 5, (Number) row.getObject(7), styles.integer);
			table.number(line, 6, before, styles.twoDecimals);
			table.number(line, 7, score == null || before == null ? null : score.subtract(before), styles.change);
		});
		sheets.values().forEach(Table::finish);
	}

	/**
	 * One row a unit, one column an indicator: the value, its cell coloured green, red or
	 * grey by status.
	 */
	private void indicatorValues(SXSSFWorkbook workbook, Styles styles, RunJson.Run run) {
		List<String> headings = new ArrayList<>(List.of("Loại", "Mã đơn vị", "Tên đơn vị", "Điểm"));
		int[] widths = new int[4 + Indicator.values().length];
		System.arraycopy(new int[] { 8, 14, 40, 9 }, 0, widths, 0, 4);
		for (Indicator indicator : Indicator.values()) {
			headings.add(indicator.nameVi());
			widths[headings.size() - 1] = 16;
		}
		Table table = new Table(workbook, styles, "Giá trị chỉ tiêu", headings, widths, 3);
		outputs.indicatorValues(run.runId(), run.period(),
				table.perUnit(
						(line, row) -> table.number(line, 3, rounded(row.getBigDecimal(4), 2), styles.twoDecimals),
						(line, row) -> {
							Indicator indicator = Indicator.valueOf(row.getString(5));
							SXSSFCell cell = line.createCell(4 + indicator.ordinal());
							cell.setCellStyle(styles.status(row.getString(7), indicator == Indicator.WIDE_CONF_LIMIT));
							BigDecimal value = rounded(row.getBigDecimal(6), 4);
							if (value != null) {
								cell.setCellValue(value.doubleValue());
							}
						}));
		table.finish();
	}

	/**
	 * The rows of scores.csv for a clerk to pivot: every code beside its words, the
	 * target as a number with its form, numbers as numbers.
	 */
	private void scores(SXSSFWorkbook workbook, Styles styles, RunJson.Run run) {
		Table table = new Table(workbook, styles, "Điểm theo chỉ tiêu",
				List.of("Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Mã loại", "Chỉ tiêu", "Mã chỉ tiêu", "Tử số",
						"Mẫu số", "Giá trị", "Mục tiêu: so sánh", "Mục tiêu", "Đánh giá", "Mã đánh giá", "Điểm",
						"Trọng số", "Lý do"),
				new int[] { 12, 36, 16, 8, 40, 18, 9, 9, 10, 12, 10, 14, 12, 10, 9, 50 }, 2);
		outputs.scores(run.runId(), run.period(), row -> {
			SXSSFRow line = table.next();
			Indicator indicator = Indicator.valueOf(row.getString(3));
			boolean count = indicator == Indicator.WIDE_CONF_LIMIT;
			Target target = rules.rule(indicator).target();
			table.text(line, 0, row.getString(1));
			table.text(line, 1, row.getString(12));
			table.text(line, 2, capitalised(UnitType.valueOf(row.getString(2)).group()));
			table.text(line, 3, row.getString(2));
			table.text(line, 4, indicator.nameVi());
			table.text(line, 5, indicator.name());
			table.number(line, 6, row.getLong(4), styles.integer);
			table.number(line, 7, row.getLong(5), styles.integer);
			table.number(line, 8, rounded(row.getBigDecimal(6), 4), count ? styles.integer : styles.percent);
			table.text(line, 9, switch (target.kind()) {
				case EXACTLY_ALL -> "bằng";
				case AT_LEAST -> "tối thiểu";
				case AT_MOST -> "tối đa";
			});
			table.number(line, 10, target.threshold(), count ? styles.integer : styles.percent);
			table.text(line, 11, switch (row.getString(8)) {
				case "MET" -> "Đạt";
				case "NOT_MET" -> "Không đạt";
				default -> "Không áp dụng";
			});
			table.text(line, 12, row.getString(8));
			table.number(line, 13, rounded(row.getBigDecimal(9), 4), styles.fourDecimals);
			table.number(line, 14, row.getBigDecimal(10), styles.twoDecimals);
			table.text(line, 15, row.getString(11));
		});
		table.finish();
	}

	private void rejects(SXSSFWorkbook workbook, Styles styles, RunJson.Run run) {
		Table table = new Table(workbook, styles, "Dòng bị loại",
				List.of("Tệp", "Dòng", "Mã đơn vị", "Mã bản ghi", "Cột", "Giá trị", "Lý do"),
				new int[] { 24, 8, 14, 18, 18, 24, 60 }, 2);
		outputs.rejects(run.runId(), row -> {
			SXSSFRow line = table.next();
			table.text(line, 0, row.getString(1));
			table.number(line, 1, row.getLong(2), styles.integer);
			for (int i = 3; i <= 7; i++) {
				table.text(line, i - 1, row.getString(i));
			}
		});
		table.finish();
	}

	/**
	 * The watch list of the ranking report's first page, with each unit's rank and score
	 * now.
	 */
	private void watchList(SXSSFWorkbook workbook, Styles styles, RunJson.Run run) {
		Table table = new Table(workbook, styles, "Đơn vị cần theo dõi",
				List.of("Loại", "Mã đơn vị", "Tên đơn vị", "Hạng", "Điểm", "Lý do"),
				new int[] { 8, 14, 40, 8, 10, 120 }, 3);
		outputs.watchList(run.runId(), run.period(), row -> {
			SXSSFRow line = table.next();
			table.text(line, 0, capitalised(UnitType.valueOf(row.getString(1)).group()));
			table.text(line, 1, row.getString(2));
			table.text(line, 2, row.getString(3));
			table.number(line, 3, (Number) row.getObject(4), styles.integer);
			table.number(line, 4, rounded(row.getBigDecimal(5), 2), styles.twoDecimals);
			table.text(line, 5, row.getString(6));
		});
		table.finish();
	}

	/**
	 * Each unit's trend: its score in every period the run counted, oldest first, under
	 * the run's rule set; an empty cell where the unit was not ranked.
	 */
	private void trendScores(SXSSFWorkbook workbook, Styles styles, RunJson.Run run) {
		// a column for every period with a score, none for those before the records begin
		List<String> periods = trends.scoredPeriods(run.runId());
		List<String> headings = new ArrayList<>(List.of("Loại", "Mã đơn vị", "Tên đơn vị"));
		int[] widths = new int[3 + periods.size()];
		System.arraycopy(new int[] { 8, 14, 40 }, 0, widths, 0, 3);
		for (String period : periods) {
			headings.add("Điểm " + Period.parse(period).shortLabel());
			widths[headings.size() - 1] = 12;
		}
		Table table = new Table(workbook, styles, "Diễn biến điểm", headings, widths, 3);
		outputs.trendScores(run.runId(), run.period(), table.perUnit((line, row) -> {
		}, (line, row) -> {
			if (periods.contains(row.getString(4))) {
				table.number(line, 3 + periods.indexOf(row.getString(4)), rounded(row.getBigDecimal(5), 2),
						styles.twoDecimals);
			}
		}));
		table.finish();
	}

	/**
	 * What run.json says, for a clerk: the run, its dates, its files and its warnings.
	 */
	private void runFacts(SXSSFWorkbook workbook, Styles styles, RunJson.Run run) {
		Table table = new Table(workbook, styles, "Thông tin lần tính",
				List.of("Mục", "Giá trị", "Đọc", "Nạp", "Loại", "Dòng trống", "SHA-256"),
				new int[] { 30, 40, 10, 10, 10, 10, 70 }, 1);
		fact(table, "Lần tính số", line -> table.number(line, 1, run.runId(), styles.integer));
		fact(table, "Kỳ", line -> table.text(line, 1, run.period().toString() + " (" + run.period().inWords() + ")"));
		fact(table, "Bộ tiêu chí", line -> table.text(line, 1, rules.version()));
		fact(table, "Số liệu đến ngày", line -> table.date(line, 1, run.asOf().atStartOfDay(), styles.date));
		fact(table, "Tạm tính", line -> table.text(line, 1, run.provisional() ? "có" : "không"));
		fact(table, "Bắt đầu", line -> table.date(line, 1, run.startedAt(), styles.dateTime));
		fact(table, "Kết thúc", line -> table.date(line, 1, run.finishedAt(), styles.dateTime));
		if (run.replacesRunId() != null) {
			fact(table, "Thay cho lần tính", line -> table.number(line, 1, run.replacesRunId(), styles.integer));
		}
		if (run.changesFromReplaced() != null) {
			fact(table, "Số đơn vị thay đổi so với lần đó",
					line -> table.number(line, 1, run.changesFromReplaced().unitsChanged(), styles.integer));
		}
		for (RunFile file : files.files(run.runId())) {
			SXSSFRow line = table.next();
			table.text(line, 0, "Tệp");
			table.text(line, 1, file.name());
			table.number(line, 2, file.read(), styles.integer);
			table.number(line, 3, file.loaded(), styles.integer);
			table.number(line, 4, file.rejected(), styles.integer);
			table.number(line, 5, file.blank(), styles.integer);
			table.text(line, 6, file.sha256());
		}
		warnings.of(run.runId()).forEach(warning -> fact(table, "Cảnh báo", line -> table.text(line, 1, warning)));
		table.finish();
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static void fact(Table table, String name, Consumer<SXSSFRow> value) {
		SXSSFRow line = table.next();
		table.text(line, 0, name);
		value.accept(line);
	}

	/**
	 * As the CSV files show it, so that the workbook and the CSV files agree to the last
	 * digit.
	 */
	private static BigDecimal rounded(BigDecimal value, int decimals) {
		return value == null ? null : value.setScale(decimals, RoundingMode.HALF_UP);
	}

	/** A sheet holding one table: a bold, frozen heading row with a filter, then rows. */
	private static final class Table {

		private final SXSSFSheet sheet;

		private final Styles styles;

		private final int columns;

		private int rows;

		/**
		 * @param frozen the columns that name a row (a unit's code and name), kept in
		 * view with the heading row
		 */
		Table(SXSSFWorkbook workbook, Styles styles, String name, List<String> headings, int[] widths, int frozen) {
			this.sheet = workbook.createSheet(name);
			this.styles = styles;
			this.columns = headings.size();
			SXSSFRow heading = sheet.createRow(rows++);
			heading.setHeightInPoints(45); // three lines of a wrapped indicator name
			for (int i = 0; i < headings.size(); i++) {
				SXSSFCell cell = heading.createCell(i);
				cell.setCellValue(headings.get(i));
				cell.setCellStyle(styles.heading);
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			sheet.createFreezePane(frozen, 1);
			// printed as a clerk would set it: A4 landscape, as wide as one page, the
			// heading row on every page
			PrintSetup print = sheet.getPrintSetup();
			print.setPaperSize(PrintSetup.A4_PAPERSIZE);
			print.setLandscape(true);
			print.setFitWidth((short) 1);
			print.setFitHeight((short) 0);
			sheet.setFitToPage(true);
			sheet.setAutobreaks(true);
			sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
		}

		SXSSFRow next() {
			return sheet.createRow(rows++);
		}

		/** Writes cells of a line from a result row. */
		@FunctionalInterface
		interface RowWriter {

			void write(SXSSFRow line, ResultSet row) throws SQLException;

		}

		/**
		 * Rows of a query ordered by unit, whose first three columns are the unit's type,
		 * code and name: one line per unit, begun with those and with {@code opening};
		 * {@code each} writes every row's cells into its unit's line.
		 */
		RowCallbackHandler perUnit(RowWriter opening, RowWriter each) {
			return new RowCallbackHandler() {
				private String unit;

				private SXSSFRow line;

				@Override
				public void processRow(ResultSet row) throws SQLException {
					if (!row.getString(2).equals(unit)) {
						unit = row.getString(2);
						line = next();
						text(line, 0, capitalised(UnitType.valueOf(row.getString(1)).group()));
						text(line, 1, unit);
						text(line, 2, row.getString(3));
						opening.write(line, row);
					}
					each.write(line, row);
				}
			};
		}

		void text(SXSSFRow line, int column, String value) {
			if (value != null) {
				SXSSFCell cell = line.createCell(column);
				cell.setCellValue(value);
				cell.setCellStyle(styles.text);
			}
		}

		void number(SXSSFRow line, int column, Number value, CellStyle style) {
			if (value != null) {
				SXSSFCell cell = line.createCell(column);
				cell.setCellValue(value.doubleValue());
				cell.setCellStyle(style);
			}
		}

		void date(SXSSFRow line, int column, LocalDateTime value, CellStyle style) {
			SXSSFCell cell = line.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(style);
		}

		void finish() {
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
		}

	}

	/** The workbook's cell styles, made once: a workbook has a limited number of them. */
	private static final class Styles {

		final CellStyle heading;

		final CellStyle text;

		final CellStyle integer;

		final CellStyle twoDecimals;

		final CellStyle fourDecimals;

		final CellStyle percent;

		final CellStyle date;

		final CellStyle dateTime;

		final CellStyle change;

		private final Map<String, CellStyle> statuses = new HashMap<>();

		private final Map<String, CellStyle> bands = new HashMap<>();

		/** The site's band colours, best band first; grey for the unranked. */
		private static final List<String> BAND_COLOURS = List.of("B9DFBB", "DCEDC8", "FFE9A3", "F6C1BB");

		Styles(SXSSFWorkbook workbook, RuleSet rules) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			heading = workbook.createCellStyle();
			heading.setFont(bold);
			heading.setWrapText(true);
			heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			text = format(workbook, "@");
			integer = format(workbook, "0");
			twoDecimals = format(workbook, "0.00");
			fourDecimals = format(workbook, "0.0000");
			percent = format(workbook, "0.00%");
			date = format(workbook, "dd/mm/yyyy");
			dateTime = format(workbook, "dd/mm/yyyy hh:mm:ss");
			change = format(workbook, "+0.00;−0.00;0.00");
			List<RuleSet.Band> ranked = rules.bands();
			for (int i = 0; i < ranked.size(); i++) {
				bands.put(ranked.get(i).name(), filled(workbook, text, BAND_COLOURS.get(Math.min(i, 3))));
			}
			bands.put(null, filled(workbook, text, "E2E2E2"));
			// the ranking report's colours: green met, red not met, grey not applicable
			for (String[] status : new String[][] { { "MET", "C6EFCE" }, { "NOT_MET", "FFC7CE" },
					{ "NA", "E7E6E6" } }) {
				for (boolean count : new boolean[] { false, true }) {
					statuses.put(status[0] + count, filled(workbook, count ? integer : percent, status[1]));
				}
			}
		}

		CellStyle status(String status, boolean count) {
			return statuses.get(status + count);
		}

		/** A classification's cell, in its band's colour. */
		CellStyle band(String classification) {
			return bands.get(classification);
		}

		private static CellStyle filled(SXSSFWorkbook workbook, CellStyle base, String colour) {
			XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
			style.cloneStyleFrom(base);
			style.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(colour)));
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			return style;
		}

		private static CellStyle format(SXSSFWorkbook workbook, String format) {
			CellStyle style = workbook.createCellStyle();
			style.setDataFormat(workbook.createDataFormat().getFormat(format));
			return style;
		}

	}

}

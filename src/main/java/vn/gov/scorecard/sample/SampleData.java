package vn.gov.scorecard.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes realistic input files: provinces of departments (the 17 after the reorganisation
 * of 1 March 2025, six of which absorbed another department that day) and communes (some
 * formed on 2025-07-01 by merging others), their meetings, documents, dossiers, tasks and
 * reports from January 2025 to October 2026, with Vietnamese names and a few bad rows per
 * province. The same seed and size write the same files. Each unit has its own habits
 * (how digital, how punctual, how much it cut), so the scores spread.
 */
public final class SampleData {

	/** The last day with records: the sample can be run for any period up to 2026-10. */
	public static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);

	private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);

	private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

	/** The day the provincial departments were reorganised (2025). */
	private static final LocalDate DEPARTMENT_MERGER = LocalDate.of(2025, 3, 1);

	/**
	 * A department of 2026 and the one merged into it on 1 March 2025, if any; a
	 * department {@code established} that day is a new unit, the others carry on under
	 * their code.
	 */
	private record Department(String name, String merged, boolean established) {
	}

	/**
	 * The departments and agencies of a province after the reorganisation of 1 March
	 * 2025, with the departments it merged into them.
	 */
	private static final List<Department> DEPARTMENTS = List.of(
			new Department("Sở Nội vụ", "Sở Lao động - Thương binh và Xã hội", false),
			new Department("Sở Tài chính", "Sở Kế hoạch và Đầu tư", false), new Department("Sở Tư pháp", null, false),
			new Department("Sở Xây dựng", "Sở Giao thông vận tải", false),
			new Department("Sở Công Thương", null, false),
			new Department("Sở Nông nghiệp và Môi trường", "Sở Tài nguyên và Môi trường", false),
			new Department("Sở Y tế", null, false), new Department("Sở Giáo dục và Đào tạo", null, false),
			new Department("Sở Văn hóa, Thể thao và Du lịch", null, false),
			new Department("Sở Khoa học và Công nghệ", "Sở Thông tin và Truyền thông", false),
			new Department("Sở Dân tộc và Tôn giáo", "Ban Dân tộc tỉnh", true),
			new Department("Sở Ngoại vụ", null, false), new Department("Thanh tra tỉnh", null, false),
			new Department("Văn phòng Ủy ban nhân dân tỉnh", null, false),
			new Department("Ban Quản lý các khu công nghiệp tỉnh", null, false),
			new Department("Báo và Phát thanh, Truyền hình tỉnh", null, false),
			new Department("Trung tâm Phục vụ hành chính công tỉnh", null, false));

	private static final String[] FIRST = { "Hồng", "Minh", "Lâm", "Yên", "Bạch", "Phù", "Tân", "Kim", "Vinh", "Thượng",
			"Khuôn", "Hùng", "Trung", "Đà", "Sơn", "Thanh", "Năng", "Côn", "Xuân", "Bình", "Hòa", "Phúc", "Đông",
			"Ngọc", "Quảng", "Thái", "Mỹ", "Đức", "Lũng", "Bắc" };

	private static final String[] SECOND = { "Thái", "Quang", "Bình", "Thuận", "Xa", "Lưu", "Trào", "Hà", "Lợi", "Sơn",
			"Thanh", "Vị", "Phú", "Tương", "Khả", "Lôn", "Hoa", "Tinh", "Yên", "Lập", "An", "Tiến", "Hưng", "Đường",
			"Cú", "Mậu", "Nhân", "Xuyên", "Chiêm", "Lộc" };

	private static final String[] CATEGORIES = { "QUAN_TRIET", "CHUYEN_MON", "QUAN_TRONG", "KHAC" };

	private static final double[] DAY_LIMITS = { 0.5, 1, 1.5, 3 };

	private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

	/** A unit and its habits: the chance that it does each thing right. */
	private record Unit(String code, String name, String type, String predecessors, LocalDate established,
			LocalDate dissolved, double digital, double punctual, double online, double disciplined, double cut,
			double size) {

		boolean existsOn(LocalDate day) {
			return (established == null || !day.isBefore(established))
					&& (dissolved == null || day.isBefore(dissolved));
		}
	}

	/**
	 * How much to write: how many provinces, communes per province, and the typical
	 * records per unit and month (a department makes half as many again, a commune
	 * between 0.6 and 1.4 times).
	 */
	public record Size(int provinces, int communesPerProvince, int meetings, int documents, int workItems, int tasks) {

		/**
		 * One province of 17 departments (23 before March 2025) and 120 communes: the
		 * bundled sample.
		 */
		public static final Size PROVINCE = new Size(1, 120, 3, 14, 20, 3);

	}

	private final Random random;

	private final Size size;

	private final List<Unit> units = new ArrayList<>();

	private final List<String> prefixes = new ArrayList<>();

	private SampleData(long seed, Size size) {
		this.random = new Random(seed);
		this.size = size;
	}

	/**
	 * Writes the six files of the bundled sample province (17 departments, 120 communes)
	 * into {@code directory}.
	 */
	public static void write(Path directory, long seed) {
		write(directory, seed, Size.PROVINCE);
	}

	public static void write(Path directory, long seed, Size size) {
		SampleData province = new SampleData(seed, size);
		for (int p = 1; p <= size.provinces(); p++) {
			province.createUnits(size.provinces() == 1 ? "" : String.format("T%02d.", p), size.communesPerProvince());
		}
		try {
			Files.createDirectories(directory);
			province.writeUnits(directory.resolve("units.csv"));
			province.writeMeetings(directory.resolve("meetings.csv"));
			province.writeDocuments(directory.resolve("documents.csv"));
			province.writeWorkItems(directory.resolve("work_items.csv"));
			province.writeTasks(directory.resolve("tasks.csv"));
			province.writeReports(directory.resolve("reports.csv"));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * One province's units; {@code prefix} keeps codes unique across provinces ("T07.").
	 */
	private void createUnits(String prefix, int communes) {
		prefixes.add(prefix);
		int merged = DEPARTMENTS.size();
		for (int i = 0; i < DEPARTMENTS.size(); i++) {
			Department department = DEPARTMENTS.get(i);
			String code = prefix + String.format("SO%02d", i + 1);
			if (department.merged() == null) {
				units.add(unit(code, department.name(), "SO", null, null, null));
				continue;
			}
			// the department merged into it ceased to exist on 1 March 2025; its records
			// count in its successor's baseline
			String predecessor = prefix + String.format("SO%02d", ++merged);
			units.add(unit(predecessor, department.merged(), "SO", null, null, DEPARTMENT_MERGER));
			units.add(unit(code, department.name(), "SO", predecessor,
					department.established() ? DEPARTMENT_MERGER : null, null));
		}
		Set<String> names = new LinkedHashSet<>();
		while (names.size() < communes * 2 + 10) {
			names.add(FIRST[random.nextInt(FIRST.length)] + " " + SECOND[random.nextInt(SECOND.length)]);
		}
		List<String> pool = new ArrayList<>(names);
		int next = 0;
		for (int i = 0; i < communes; i++) {
			String kind = i % 12 == 0 ? "phường" : "xã";
			String code = prefix + String.format("XA%03d", i + 1);
			String name = "Ủy ban nhân dân " + kind + " " + pool.get(next++);
			if (i % 3 == 0) {
				// formed on 2025-07-01 from two or three communes, which ceased to exist
				// that day
				int count = 2 + random.nextInt(2);
				List<String> predecessors = new ArrayList<>();
				for (int p = 0; p < count; p++) {
					String predecessor = code + "_" + (char) ('A' + p);
					units.add(unit(predecessor, "Ủy ban nhân dân xã " + pool.get(next++), "XA", null, null, MERGER));
					predecessors.add(predecessor);
				}
				units.add(unit(code, name, "XA", String.join(";", predecessors), MERGER, null));
			}
			else {
				units.add(unit(code, name, "XA", null, null, null));
			}
		}
	}

	private Unit unit(String code, String name, String type, String predecessors, LocalDate established,
			LocalDate dissolved) {
		// about one unit in eight struggles with everything
		double habit = random.nextDouble() < 0.12 ? 0.5 : 1;
		return new Unit(code, name, type, predecessors, established, dissolved,
				habit * (0.85 + 0.15 * random.nextDouble()), habit * (0.7 + 0.3 * random.nextDouble()),
				habit * (0.3 + 0.6 * random.nextDouble()), habit * (0.75 + 0.25 * random.nextDouble()),
				habit * (0.05 + 0.25 * random.nextDouble()) - (1 - habit) * 0.2,
				"SO".equals(type) ? 1.5 : 0.6 + 0.8 * random.nextDouble());
	}

	private void writeUnits(Path file) throws IOException {
		try (CSVPrinter csv = printer(file, "unit_code", "unit_name", "unit_type", "parent_code", "predecessor_codes",
				"established_on", "dissolved_on")) {
			for (Unit u : units) {
				csv.printRecord(u.code, u.name, u.type, "SO".equals(u.type) ? "UBND_TINH" : "", text(u.predecessors),
						text(u.established), text(u.dissolved));
			}
		}
	}

	private void writeMeetings(Path file) throws IOException {
		try (CSVPrinter csv = printer(file, "unit_code", "meeting_id", "held_on", "title", "category", "format",
				"duration_days", "opening_speech_min", "closing_remarks_min", "max_presentation_min",
				"summons_commune_officials", "state_secret", "scale")) {
			forEachRecordDay(size.meetings(), (u, month, n, i, day) -> {
				int category = random.nextInt(4);
				boolean over = random.nextDouble() > u.disciplined;
				double days = over ? DAY_LIMITS[category] + 0.5
						: DAY_LIMITS[category] - (category > 0 && random.nextBoolean() ? 0.5 : 0);
				String format = random.nextDouble() < u.online ? (random.nextInt(4) == 0 ? "KET_HOP" : "TRUC_TUYEN")
						: "TRUC_TIEP";
				boolean speeches = random.nextDouble() < 0.7;
				String scale = "XA".equals(u.type) && random.nextDouble() < 0.06 ? "TOAN_XA"
						: "SO".equals(u.type) && random.nextDouble() < 0.004 ? "TOAN_TINH" : "";
				csv.printRecord(u.code, "HN-" + month + "-" + i, day,
						"Hội nghị " + (i + 1) + " tháng " + month.getMonthValue(), CATEGORIES[category], format, days,
						speeches ? minutes(u, 10) : "", speeches ? minutes(u, 50) : "", speeches ? minutes(u, 10) : "",
						"SO".equals(u.type) && "TRUC_TIEP".equals(format) && random.nextDouble() > u.disciplined,
						random.nextDouble() < 0.02, scale);
			});
			// a date written the way a spreadsheet shows it, and a lower-case category
			for (String p : prefixes) {
				csv.printRecord(p + "SO03", "HN-loi-1", "31/12/2025", "Họp giao ban", "KHAC", "TRUC_TIEP", "0.5", "",
						"", "", "", "", "");
				csv.printRecord(p + "XA002", "HN-loi-2", "2026-02-03", "Họp dân", "chuyen_mon", "TRUC_TIEP", "1", "",
						"", "", "", "", "");
			}
		}
	}

	private void writeDocuments(Path file) throws IOException {
		try (CSVPrinter csv = printer(file, "unit_code", "doc_id", "issued_on", "doc_number", "doc_type",
				"signed_digitally")) {
			String[] types = { "CONG_VAN", "QUYET_DINH", "KE_HOACH", "BAO_CAO", "THONG_BAO" };
			forEachRecordDay(size.documents(), (u, month, n, i, day) -> {
				String type = types[random.nextInt(types.length)];
				csv.printRecord(u.code, "VB-" + month + "-" + i, day, (n * 40 + i + 1) + "/" + u.code + "-VP", type,
						random.nextDouble() < u.digital);
			});
			// a document of a unit that is not in units.csv
			for (String p : prefixes) {
				csv.printRecord(p + "SO99", "VB-loi-1", "2026-03-02", "1/SO99", "CONG_VAN", "true");
			}
		}
	}

	private void writeWorkItems(Path file) throws IOException {
		try (CSVPrinter csv = printer(file, "unit_code", "item_id", "kind", "received_on", "due_on", "completed_on",
				"processed_digitally", "state_secret")) {
			forEachRecordDay(size.workItems(), (u, month, n, i, received) -> {
				boolean dossier = random.nextDouble() < 0.6;
				LocalDate due = received.plusDays(5 + random.nextInt(16));
				LocalDate completed = random.nextDouble() < u.punctual
						? received.plusDays(random.nextInt((int) (due.toEpochDay() - received.toEpochDay()) + 1))
						: due.plusDays(1 + random.nextInt(20));
				csv.printRecord(u.code, "HS-" + month + "-" + i, dossier ? "TTHC" : "CONG_VIEC", received,
						dossier || random.nextBoolean() ? due : "", completed.isAfter(LAST_DAY) ? "" : completed,
						random.nextDouble() < u.digital ? "true" : "false",
						random.nextDouble() < 0.01 ? "có" : "không");
			});
			// completed before it was received
			for (String p : prefixes) {
				csv.printRecord(p + "XA004", "HS-loi-1", "TTHC", "2026-05-10", "2026-05-20", "2026-05-01", "true", "");
			}
		}
	}

	private void writeTasks(Path file) throws IOException {
		try (CSVPrinter csv = printer(file, "unit_code", "task_id", "source_doc", "assigned_on", "due_on",
				"completed_on")) {
			forEachRecordDay(size.tasks(), (u, month, n, i, assigned) -> {
				LocalDate due = assigned.plusDays(10 + random.nextInt(36));
				LocalDate completed = random.nextDouble() < u.punctual
						? assigned.plusDays(random.nextInt((int) (due.toEpochDay() - assigned.toEpochDay()) + 1))
						: due.plusDays(1 + random.nextInt(30));
				csv.printRecord(u.code, "NV-" + month + "-" + i, (100 + n) + "/UBND-NC", assigned, due,
						completed.isAfter(LAST_DAY) ? "" : completed);
			});
		}
	}

	private void writeReports(Path file) throws IOException {
		try (CSVPrinter csv = printer(file, "unit_code", "report_period", "submitted_on")) {
			String[] periods = { "2025-Q1", "2025-Q2", "2025-H1", "2025-Q3", "2025-Q4", "2025", "2026-Q1", "2026-Q2",
					"2026-H1", "2026-Q3" };
			int[] lastMonths = { 3, 6, 6, 9, 12, 12, 3, 6, 6, 9 };
			for (Unit u : units) {
				for (int i = 0; i < periods.length; i++) {
					LocalDate deadline = LocalDate.of(Integer.parseInt(periods[i].substring(0, 4)), lastMonths[i], 14);
					if (u.existsOn(deadline) && random.nextDouble() < 0.95) {
						LocalDate submitted = deadline
							.plusDays(random.nextDouble() < u.punctual ? -random.nextInt(10) : 1 + random.nextInt(10));
						csv.printRecord(u.code, periods[i], submitted);
					}
				}
			}
			// a report for a month: reports are quarterly, half-yearly or yearly
			for (String p : prefixes) {
				csv.printRecord(p + "SO01", "2026-02", "2026-02-10");
			}
		}
	}

	@FunctionalInterface
	private interface UnitMonth {

		void accept(Unit unit, LocalDate month, int monthNumber) throws IOException;

	}

	@FunctionalInterface
	private interface RecordDay {

		void accept(Unit unit, LocalDate month, int monthNumber, int index, LocalDate day) throws IOException;

	}

	/**
	 * For every unit and month, about {@code typical} records, each on a random day the
	 * unit exists.
	 */
	private void forEachRecordDay(int typical, RecordDay action) throws IOException {
		forEachUnitMonth((u, month, n) -> {
			int count = count(u, month, typical);
			for (int i = 0; i < count; i++) {
				LocalDate day = dayIn(u, month);
				if (day != null) {
					action.accept(u, month, n, i, day);
				}
			}
		});
	}

	/** Every unit for every month from January 2025 to October 2026. */
	private void forEachUnitMonth(UnitMonth action) throws IOException {
		for (Unit u : units) {
			int n = 0;
			for (LocalDate month = FIRST_DAY; !month.isAfter(LAST_DAY); month = month.plusMonths(1)) {
				action.accept(u, month, n++);
			}
		}
	}

	/**
	 * How many records a unit makes in a month: fewer in 2026 by its own cut, with noise.
	 */
	private int count(Unit u, LocalDate month, int typical) {
		double mean = typical * u.size * (month.getYear() == 2026 ? 1 - u.cut : 1);
		return Math.max(0, (int) Math.round(mean * (0.7 + 0.6 * random.nextDouble())));
	}

	/** A random day of the month on which the unit exists, or null. */
	private LocalDate dayIn(Unit u, LocalDate month) {
		LocalDate day = month.withDayOfMonth(1 + random.nextInt(month.lengthOfMonth()));
		return u.existsOn(day) ? day : null;
	}

	private Object minutes(Unit u, int limit) {
		return random.nextDouble() < u.disciplined ? limit - random.nextInt(limit / 2) : limit + 1 + random.nextInt(10);
	}

	private static Object text(Object value) {
		return value == null ? "" : value;
	}

	private static CSVPrinter printer(Path file, String... header) throws IOException {
		Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		return new CSVPrinter(writer, CSV.builder().setHeader(header).get());
	}

}

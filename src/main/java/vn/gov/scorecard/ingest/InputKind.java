package vn.gov.scorecard.ingest;

import static vn.gov.scorecard.ingest.Column.Type.*;
import static vn.gov.scorecard.ingest.Column.optional;
import static vn.gov.scorecard.ingest.Column.optionalEnum;
import static vn.gov.scorecard.ingest.Column.required;
import static vn.gov.scorecard.ingest.Column.requiredEnum;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.gov.scorecard.period.Period;

/**
 * The six kinds of records of the data contract (SPEC §2), in the order they are loaded:
 * units first, because every other kind refers to them. A kind arrives as
 * {@code <name>.csv} or {@code <name>.xlsx} and/or as any number of files in the folder
 * {@code <name>/}.
 *
 * @param name the kind's name: of its single file without extension, and of its folder
 * @param table the table its rows are upserted into
 * @param columns the contract's columns, in the table's column order
 * @param key the columns of a record's key
 * @param rowCheck checks across columns of one parsed row
 */
public record InputKind(String name, String table, List<Column> columns, List<String> key, RowCheck rowCheck) {

	/** A check across the columns of one row, run after every column parsed. */
	@FunctionalInterface
	public interface RowCheck {

		Optional<Problem> check(ParsedRow row);

	}

	public static final InputKind UNITS = new InputKind("units", "unit",
			List.of(required("unit_code", UNIT_CODE), required("unit_name", TEXT),
					requiredEnum("unit_type", "SO", "XA"), optional("parent_code", TEXT),
					optional("predecessor_codes", UNIT_CODES), optional("established_on", DATE),
					optional("dissolved_on", DATE)),
			List.of("unit_code"), row -> notAfter(row, "established_on", "dissolved_on", true,
					"ngày giải thể (dissolved_on) phải sau ngày thành lập"));

	public static final InputKind MEETINGS = new InputKind("meetings", "meeting",
			List.of(required("unit_code", UNIT_REF), required("meeting_id", TEXT), required("held_on", EVENT_DATE),
					optional("title", TEXT), requiredEnum("category", "QUAN_TRIET", "CHUYEN_MON", "QUAN_TRONG", "KHAC"),
					requiredEnum("format", "TRUC_TIEP", "TRUC_TUYEN", "KET_HOP"), required("duration_days", DURATION),
					optional("opening_speech_min", MINUTES), optional("closing_remarks_min", MINUTES),
					optional("max_presentation_min", MINUTES), optional("summons_commune_officials", BOOLEAN, false),
					optional("state_secret", BOOLEAN, false), optionalEnum("scale", "TOAN_TINH", "TOAN_XA")),
			List.of("unit_code", "meeting_id"), row -> Optional.empty());

	public static final InputKind DOCUMENTS = new InputKind("documents", "document",
			List.of(required("unit_code", UNIT_REF), required("doc_id", TEXT), required("issued_on", EVENT_DATE),
					optional("doc_number", TEXT), optional("doc_type", TEXT), optional("signed_digitally", BOOLEAN)),
			List.of("unit_code", "doc_id"), row -> Optional.empty());

	public static final InputKind WORK_ITEMS = new InputKind("work_items", "work_item",
			List.of(required("unit_code", UNIT_REF), required("item_id", TEXT),
					requiredEnum("kind", "TTHC", "CONG_VIEC"), required("received_on", EVENT_DATE),
					optional("due_on", DATE), optional("completed_on", EVENT_DATE),
					required("processed_digitally", BOOLEAN), optional("state_secret", BOOLEAN, false)),
			List.of("unit_code", "item_id"), row -> {
				if ("TTHC".equals(row.get("kind")) && row.get("due_on") == null) {
					return Optional.of(new Problem("due_on", "", "hồ sơ TTHC phải có hạn giải quyết (due_on)"));
				}
				return notAfter(row, "received_on", "due_on", false, "hạn giải quyết (due_on) trước ngày tiếp nhận")
					.or(() -> notAfter(row, "received_on", "completed_on", false,
							"ngày hoàn thành (completed_on) trước ngày tiếp nhận"));
			});

	public static final InputKind TASKS = new InputKind("tasks", "task",
			List.of(required("unit_code", UNIT_REF), required("task_id", TEXT), optional("source_doc", TEXT),
					required("assigned_on",
							EVENT_DATE),
					required("due_on", DATE), optional("completed_on", EVENT_DATE)),
			List.of("unit_code", "task_id"),
			row -> notAfter(row, "assigned_on", "due_on", false, "hạn hoàn thành (due_on) trước ngày giao")
				.or(() -> notAfter(row, "assigned_on", "completed_on", false,
						"ngày hoàn thành (completed_on) trước ngày giao")));

	public static final InputKind REPORTS = new InputKind("reports", "report", List.of(required("unit_code", UNIT_REF),
			required("report_period", REPORT_PERIOD), required("submitted_on", EVENT_DATE)),
			List.of("unit_code", "report_period"), row -> {
				// a report on a period sent before that period began is a wrong period or
				// a wrong date (SPEC §2 v3)
				Period period = Period.parse((String) row.get("report_period"));
				LocalDate submitted = (LocalDate) row.get("submitted_on");
				return submitted
					.isBefore(period.firstDay())
							? Optional.of(
									new Problem("submitted_on", row.raw("submitted_on"),
											"ngày nộp trước ngày đầu của kỳ báo cáo " + period + " ("
													+ period.firstDay() + "): kiểm tra kỳ báo cáo hoặc ngày nộp"))
							: Optional.empty();
			});

	public static final List<InputKind> ALL = List.of(UNITS, MEETINGS, DOCUMENTS, WORK_ITEMS, TASKS, REPORTS);

	/**
	 * A problem on {@code later} when it lies before {@code earlier} (or on the same day,
	 * when {@code strictly}); no problem when either is empty.
	 */
	private static Optional<Problem> notAfter(ParsedRow row, String earlier, String later, boolean strictly,
			String reason) {
		LocalDate first = (LocalDate) row.get(earlier);
		LocalDate second = (LocalDate) row.get(later);
		if (first == null || second == null) {
			return Optional.empty();
		}
		boolean wrong = strictly ? !second.isAfter(first) : second.isBefore(first);
		return wrong ? Optional.of(new Problem(later, row.raw(later), reason + " (" + first + ")")) : Optional.empty();
	}

	/** The kind's single CSV file, as messages name the kind ("units.csv"). */
	public String fileName() {
		return name + ".csv";
	}

	/**
	 * The record's first event date ({@code held_on}, {@code issued_on},
	 * {@code received_on}, {@code assigned_on}, {@code submitted_on}): the months a
	 * delivery covers are those of its records' first event dates (SPEC §2 v3). None for
	 * units.
	 */
	public Optional<String> firstEventColumn() {
		return columns.stream().filter(column -> column.type() == EVENT_DATE).map(Column::name).findFirst();
	}

	public List<String> columnNames() {
		return columns.stream().map(Column::name).toList();
	}
}

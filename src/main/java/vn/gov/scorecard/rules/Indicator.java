package vn.gov.scorecard.rules;

import java.util.Arrays;
import java.util.List;

/**
 * The indicators of SPEC §4, in the order the scorecard lists them. Each one's formula is the SQL
 * file of the same name: in {@code sql/indicators/records/} when it is a share of records that
 * pass a test (the file lists the population, each record with its {@code ok} flag, so that the
 * scorecard's annex can list exactly the records that failed), otherwise in
 * {@code sql/indicators/counts/} (one numerator and denominator per unit).
 */
public enum Indicator {

	DIGITAL_RATE("Tỷ lệ hồ sơ, công việc xử lý trên môi trường số", Value.SHARE_OF_RECORDS, UnitTypes.BOTH,
			"không có hồ sơ, công việc tiếp nhận trong kỳ"),
	DOSSIER_ON_TIME("Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", Value.SHARE_OF_RECORDS, UnitTypes.BOTH,
			"không có hồ sơ TTHC giải quyết trong kỳ"),
	TASK_ON_TIME("Tỷ lệ nhiệm vụ hoàn thành đúng hạn", Value.SHARE_OF_RECORDS, UnitTypes.BOTH,
			"không có nhiệm vụ đến hạn trong kỳ"),
	DOC_REDUCTION("Tỷ lệ cắt giảm văn bản hành chính", Value.REDUCTION, UnitTypes.BOTH,
			"không có số liệu văn bản cùng kỳ năm trước để so sánh"),
	MEETING_REDUCTION("Tỷ lệ cắt giảm hội nghị", Value.REDUCTION, UnitTypes.BOTH,
			"không có số liệu hội nghị cùng kỳ năm trước để so sánh"),
	ONLINE_SHARE("Tỷ lệ hội nghị trực tuyến", Value.SHARE_OF_RECORDS, UnitTypes.BOTH,
			"không có hội nghị từ đầu năm đến hết kỳ"),
	DURATION_OK("Tỷ lệ hội nghị đúng thời lượng", Value.SHARE_OF_RECORDS, UnitTypes.BOTH,
			"không có hội nghị (trừ loại khác) trong kỳ"),
	SPEECH_OK("Tỷ lệ hội nghị đúng thời gian phát biểu", Value.SHARE_OF_RECORDS, UnitTypes.BOTH,
			"không có hội nghị ghi thời gian phát biểu trong kỳ"),
	WIDE_CONF_LIMIT("Số hội nghị quy mô toàn xã", Value.COUNT, UnitTypes.XA,
			"không áp dụng"),
	NO_SUMMONS("Không triệu tập cán bộ cấp xã họp trực tiếp", Value.SHARE_OF_RECORDS, UnitTypes.SO,
			"không có hội nghị trực tiếp trong kỳ"),
	REPORT_ON_TIME("Báo cáo định kỳ đúng hạn", Value.RATIO, UnitTypes.BOTH,
			"kỳ này không có báo cáo định kỳ đến hạn");

	/** How the value follows from numerator and denominator. */
	public enum Value {
		/** numerator / denominator, both counted by sql/indicators/counts */
		RATIO,
		/** numerator / denominator: records that pass / records of the population (sql/indicators/records) */
		SHARE_OF_RECORDS,
		/** 1 − numerator / denominator (a cut against the previous year; may be negative) */
		REDUCTION,
		/** the numerator itself; the denominator is the limit */
		COUNT
	}

	private enum UnitTypes { BOTH, SO, XA }

	private final String nameVi;
	private final Value value;
	private final UnitTypes unitTypes;
	private final String notApplicableReason;

	Indicator(String nameVi, Value value, UnitTypes unitTypes, String notApplicableReason) {
		this.nameVi = nameVi;
		this.value = value;
		this.unitTypes = unitTypes;
		this.notApplicableReason = notApplicableReason;
	}

	public String nameVi() {
		return nameVi;
	}

	public Value value() {
		return value;
	}

	/** Whether the formula lists the population's records (and so the records that failed). */
	public boolean countsRecords() {
		return value == Value.SHARE_OF_RECORDS;
	}

	/** The unit types it applies to: SO, XA or both. */
	public List<String> unitTypes() {
		return unitTypes == UnitTypes.BOTH ? List.of("SO", "XA") : List.of(unitTypes.name());
	}

	/** Why the indicator is NA when its denominator is 0. */
	public String notApplicableReason() {
		return notApplicableReason;
	}

	public boolean appliesTo(String unitType) {
		return unitTypes == UnitTypes.BOTH || unitTypes.name().equals(unitType);
	}

	public static List<Indicator> forUnitType(String unitType) {
		return Arrays.stream(values()).filter(i -> i.appliesTo(unitType)).toList();
	}
}

package vn.gov.scorecard.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The indicators of SPEC §4, in the order the scorecard lists them. Each one's formula is
 * the SQL file of the same name: in {@code sql/indicators/records/} when it is a share of
 * records that pass a test (the file lists the population, each record with its
 * {@code ok} flag, so that the scorecard's annex can list exactly the records that
 * failed), otherwise in {@code sql/indicators/counts/} (one numerator and denominator per
 * unit).
 */
public enum Indicator {

	DIGITAL_RATE("Tỷ lệ hồ sơ, công việc xử lý trên môi trường số", Formula.SHARE_OF_RECORDS, UnitType.BOTH,
			"không có hồ sơ, công việc tiếp nhận trong kỳ"),
	DOSSIER_ON_TIME("Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", Formula.SHARE_OF_RECORDS, UnitType.BOTH,
			"không có hồ sơ TTHC giải quyết trong kỳ"),
	TASK_ON_TIME("Tỷ lệ nhiệm vụ hoàn thành đúng hạn", Formula.SHARE_OF_RECORDS, UnitType.BOTH,
			"không có nhiệm vụ đến hạn trong kỳ"),
	DOC_REDUCTION("Tỷ lệ cắt giảm văn bản hành chính", Formula.REDUCTION, UnitType.BOTH,
			"không có số liệu văn bản cùng kỳ năm trước để so sánh"),
	MEETING_REDUCTION("Tỷ lệ cắt giảm hội nghị", Formula.REDUCTION, UnitType.BOTH,
			"không có số liệu hội nghị cùng kỳ năm trước để so sánh"),
	ONLINE_SHARE("Tỷ lệ hội nghị trực tuyến", Formula.SHARE_OF_RECORDS, UnitType.BOTH,
			"không có hội nghị từ đầu năm đến hết kỳ"),
	DURATION_OK("Tỷ lệ hội nghị đúng thời lượng", Formula.SHARE_OF_RECORDS, UnitType.BOTH,
			"không có hội nghị (trừ loại khác) trong kỳ"),
	SPEECH_OK("Tỷ lệ hội nghị đúng thời gian phát biểu", Formula.SHARE_OF_RECORDS, UnitType.BOTH,
			"không có hội nghị ghi thời gian phát biểu trong kỳ"),
	WIDE_CONF_LIMIT("Số hội nghị quy mô toàn xã", Formula.COUNT, Set.of(UnitType.XA), "không áp dụng"),
	NO_SUMMONS("Không triệu tập cán bộ cấp xã họp trực tiếp", Formula.SHARE_OF_RECORDS, Set.of(UnitType.SO),
			"không có hội nghị trực tiếp trong kỳ"),
	REPORT_ON_TIME("Báo cáo định kỳ đúng hạn", Formula.RATIO, UnitType.BOTH, "kỳ này không có báo cáo định kỳ đến hạn");

	/** How the value follows from numerator and denominator. */
	public enum Formula {

		/** numerator / denominator, both counted by sql/indicators/counts */
		RATIO,
		/**
		 * numerator / denominator: records that pass / records of the population
		 * (sql/indicators/records)
		 */
		SHARE_OF_RECORDS,
		/**
		 * 1 − numerator / denominator (a cut against the previous year; may be negative)
		 */
		REDUCTION,
		/** the numerator itself; the denominator is the limit */
		COUNT

	}

	private final String nameVi;

	private final Formula formula;

	private final Set<UnitType> unitTypes;

	private final String notApplicableReason;

	Indicator(String nameVi, Formula formula, Set<UnitType> unitTypes, String notApplicableReason) {
		this.nameVi = nameVi;
		this.formula = formula;
		this.unitTypes = unitTypes;
		this.notApplicableReason = notApplicableReason;
	}

	/**
	 * The column heading of a ranking table, as ranking.pdf prints it: "Xử lý trên môi
	 * trường số" (not "Số hóa hồ sơ", which names another group of indicators of Quyết
	 * định 766).
	 */
	public String shortNameVi() {
		return switch (this) {
			case DIGITAL_RATE -> "Xử lý trên môi trường số";
			case DOSSIER_ON_TIME -> "TTHC đúng hạn";
			case TASK_ON_TIME -> "Nhiệm vụ đúng hạn";
			case DOC_REDUCTION -> "Giảm văn bản";
			case MEETING_REDUCTION -> "Giảm hội nghị";
			case ONLINE_SHARE -> "Họp trực tuyến";
			case DURATION_OK -> "Thời lượng họp";
			case SPEECH_OK -> "Phát biểu đúng giờ";
			case WIDE_CONF_LIMIT -> "Hội nghị toàn xã";
			case NO_SUMMONS -> "Không triệu tập xã";
			case REPORT_ON_TIME -> "Báo cáo đúng hạn";
		};
	}

	public String nameVi() {
		return nameVi;
	}

	public Formula formula() {
		return formula;
	}

	/**
	 * Whether the formula lists the population's records (and so the records that
	 * failed).
	 */
	public boolean countsRecords() {
		return formula == Formula.SHARE_OF_RECORDS;
	}

	/**
	 * The names of the unit types it applies to (SO, XA or both), as SQL compares them.
	 */
	public List<String> unitTypeNames() {
		return unitTypes.stream().map(Enum::name).sorted().toList();
	}

	/** Why the indicator is NA when its denominator is 0. */
	public String notApplicableReason() {
		return notApplicableReason;
	}

	public boolean appliesTo(UnitType unitType) {
		return unitTypes.contains(unitType);
	}

	public static List<Indicator> forUnitType(UnitType unitType) {
		return Arrays.stream(values()).filter(i -> i.appliesTo(unitType)).toList();
	}

}

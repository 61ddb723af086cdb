package vn.gov.scorecard.reporting;

import java.util.Arrays;
import java.util.List;

import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.rules.RuleSet;
import vn.gov.scorecard.rules.UnitType;

/**
 * What each indicator counts, its target and weight under the run's rule set, the units
 * it applies to and the directive it comes from (SPEC §1, §4), in words a reader of the
 * site understands.
 */
final class IndicatorGuide {

	record Entry(String name, String definition, String target, String weight, String appliesTo, String source) {
	}

	private IndicatorGuide() {
	}

	static List<Entry> of(RuleSet rules) {
		return Arrays.stream(Indicator.values())
			.map(indicator -> new Entry(indicator.nameVi(), definition(indicator),
					rules.rule(indicator).target().label(), Vietnamese.plain(rules.rule(indicator).weight()),
					appliesTo(indicator), source(indicator)))
			.toList();
	}

	private static String appliesTo(Indicator indicator) {
		List<UnitType> types = Arrays.stream(UnitType.values()).filter(indicator::appliesTo).toList();
		return types.size() == UnitType.values().length ? "Sở, ban, ngành và xã, phường"
				: "Chỉ " + types.get(0).group();
	}

	/** SPEC §4's population and numerator, as a clerk would say them. */
	private static String definition(Indicator indicator) {
		return switch (indicator) {
			case DIGITAL_RATE -> "Số hồ sơ, công việc tiếp nhận trong kỳ được xử lý trên môi trường số, trên tổng số hồ"
					+ " sơ, công việc tiếp nhận trong kỳ (không tính hồ sơ mật).";
			case DOSSIER_ON_TIME -> "Số hồ sơ thủ tục hành chính giải quyết đúng hạn, trên số hồ sơ đã giải quyết"
					+ " trong kỳ hoặc còn đang giải quyết khi hết kỳ (hồ sơ chưa giải quyết mà đã quá hạn tính là trễ"
					+ " hạn).";
			case TASK_ON_TIME -> "Số nhiệm vụ được giao hoàn thành đúng hạn, trên số nhiệm vụ đến hạn trong kỳ và"
					+ " các nhiệm vụ đến hạn trước đó còn chưa hoàn thành.";
			case DOC_REDUCTION -> "Mức giảm số văn bản hành chính ban hành từ đầu năm đến hết kỳ so với cùng kỳ năm"
					+ " trước (tính cả các đơn vị tiền thân nếu có).";
			case MEETING_REDUCTION -> "Mức giảm số hội nghị tổ chức từ đầu năm đến hết kỳ so với cùng kỳ năm trước"
					+ " (tính cả các đơn vị tiền thân nếu có).";
			case ONLINE_SHARE ->
				"Số hội nghị không họp trực tiếp, trên tổng số hội nghị tổ chức từ đầu năm đến hết kỳ.";
			case DURATION_OK -> "Số hội nghị trong kỳ không vượt thời lượng tối đa (quán triệt ½ ngày, chuyên môn 1"
					+ " ngày, hội nghị quan trọng 1,5 ngày), trên số hội nghị trong kỳ (trừ loại khác).";
			case SPEECH_OK -> "Số hội nghị trong kỳ mà phát biểu khai mạc, kết luận và tham luận không vượt thời gian"
					+ " tối đa (10, 50 và 10 phút), trên số hội nghị có ghi thời gian phát biểu.";
			case WIDE_CONF_LIMIT -> "Số hội nghị quy mô toàn xã tổ chức từ đầu năm đến hết kỳ.";
			case NO_SUMMONS -> "Số hội nghị họp trực tiếp trong kỳ không triệu tập cán bộ cấp xã (trừ nội dung mật),"
					+ " trên số hội nghị họp trực tiếp trong kỳ.";
			case REPORT_ON_TIME -> "Báo cáo định kỳ (quý, 6 tháng, năm) gửi Sở Nội vụ trước ngày 15 của tháng cuối kỳ;"
					+ " tính ở kỳ có báo cáo đến hạn.";
		};
	}

	/**
	 * SPEC §1's sources (the commune-wide cap is R3's, as its formula's file says).
	 */
	private static String source(Indicator indicator) {
		return switch (indicator) {
			case DIGITAL_RATE -> "Kết luận số 226-KL/TW; Văn bản số 7176/UBND-NC, mục 4";
			case DOC_REDUCTION -> "Kết luận số 226-KL/TW; Văn bản số 7176/UBND-NC, mục 2";
			case MEETING_REDUCTION, ONLINE_SHARE, DURATION_OK, SPEECH_OK -> "Văn bản số 7176/UBND-NC, mục 3";
			case WIDE_CONF_LIMIT -> "Kết luận số 226-KL/TW; Văn bản số 7176/UBND-NC, mục 3";
			case TASK_ON_TIME -> "Văn bản số 7176/UBND-NC, mục 3–5";
			case DOSSIER_ON_TIME -> "Văn bản số 7176/UBND-NC; chỉ thị của Ủy ban nhân dân tỉnh năm 2025, mục 1";
			case NO_SUMMONS -> "Chỉ thị của Ủy ban nhân dân tỉnh năm 2026, mục 1";
			case REPORT_ON_TIME -> "Văn bản triển khai Kết luận số 226-KL/TW, mục 6";
		};
	}

}

package vn.gov.scorecard.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.gov.scorecard.rules.Indicator;
import vn.gov.scorecard.period.CountingWindows;

/**
 * What the province's records say about delivery (SPEC §3, §4): four indicators read the
 * absence of records as a result, so when no unit has a record of that kind in the
 * window, the file was not delivered and those indicators are NA for every unit; and a
 * report not yet due is not judged. Kinds with no record in the period's window are named
 * in a warning.
 *
 * @param notApplicable the indicators that are NA for every unit, with the reason
 * @param warnings the kinds with no record in the period's window, for the summary,
 * run.json and the ranking report
 */
public record ProvinceCoverage(Map<Indicator, String> notApplicable, List<String> warnings) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** The coverage that {@code indicators/coverage.sql} found in the windows. */
	static ProvinceCoverage of(ResultSet row, CountingWindows windows) throws SQLException {
		Map<Indicator, String> notApplicable = new EnumMap<>(Indicator.class);
		String ytd = span(windows.ytdStart(), windows.end());
		if (!row.getBoolean("documents_ytd")) {
			notApplicable.put(Indicator.DOC_REDUCTION, undelivered("văn bản", ytd, "documents"));
		}
		if (!row.getBoolean("meetings_ytd")) {
			notApplicable.put(Indicator.MEETING_REDUCTION, undelivered("hội nghị", ytd, "meetings"));
			notApplicable.put(Indicator.WIDE_CONF_LIMIT, undelivered("hội nghị", ytd, "meetings"));
		}
		boolean reportJudged = windows.reportPeriod() != null && !windows.reportNotYetDue();
		if (windows.reportPeriod() != null && windows.reportNotYetDue()) {
			notApplicable.put(Indicator.REPORT_ON_TIME,
					"chưa đến hạn (hạn nộp báo cáo " + windows.reportPeriod().inWords() + " là ngày "
							+ DAY.format(windows.reportPeriod().reportDeadline()) + ")");
		}
		else if (reportJudged && !row.getBoolean("reports_judged")) {
			notApplicable.put(Indicator.REPORT_ON_TIME,
					undelivered("báo cáo " + windows.reportPeriod().inWords(), "", "reports"));
		}
		List<String> warnings = new ArrayList<>();
		String window = span(windows.start(), windows.end());
		for (String[] kind : new String[][] { { "meetings", "hội nghị" }, { "documents", "văn bản" },
				{ "work_items", "hồ sơ, công việc" }, { "tasks", "nhiệm vụ" } }) {
			if (!row.getBoolean(kind[0])) {
				warnings.add(undelivered(kind[1], window, kind[0]));
			}
		}
		if (reportJudged && !row.getBoolean("reports_judged")) {
			warnings.add(undelivered("báo cáo " + windows.reportPeriod().inWords(), "", "reports"));
		}
		return new ProvinceCoverage(notApplicable, warnings);
	}

	/**
	 * "no <kind> records for <window> in the province: was the file delivered?", in
	 * Vietnamese.
	 */
	private static String undelivered(String kind, String window, String file) {
		return "không có " + kind + " nào" + window + " trong toàn tỉnh: tệp " + file + " đã được nộp chưa?";
	}

	private static String span(LocalDate from, LocalDate to) {
		return " từ " + DAY.format(from) + " đến " + DAY.format(to);
	}
}

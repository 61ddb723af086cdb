-- REPORT_ON_TIME (R10) Báo cáo định kỳ đúng hạn
-- applies when a report is due for the run's period (:report_period is null otherwise: 0/0)
-- numerator:   1 when the report for :report_period was submitted on or before :report_deadline
--              (day 14 of the period's last month); no report = 0
SELECT u.unit_code,
       CASE WHEN r.submitted_on <= CAST(:report_deadline AS date) THEN 1 ELSE 0 END AS numerator,
       CASE WHEN CAST(:report_period AS text) IS NULL THEN 0 ELSE 1 END AS denominator
FROM scored_unit(:window_start, :window_end) u
LEFT JOIN report r ON r.unit_code = u.unit_code AND r.report_period = CAST(:report_period AS text)

-- REPORT_ON_TIME (R10) Báo cáo định kỳ đúng hạn
-- applies when a report is due for the run's period (report_period is null otherwise: 0/0)
-- numerator:   1 when the report for report_period was submitted on or before report_deadline
--              (day 14 of the period's last month); no report = 0
CREATE OR REPLACE FUNCTION report_on_time_counts(w indicator_window)
RETURNS TABLE (unit_code text, numerator bigint, denominator bigint)
LANGUAGE sql STABLE AS $$
SELECT u.unit_code,
       CASE WHEN r.submitted_on <= w.report_deadline THEN 1 ELSE 0 END::bigint AS numerator,
       CASE WHEN w.report_period IS NULL THEN 0 ELSE 1 END::bigint AS denominator
FROM scored_unit(w.window_start, w.window_end) u
LEFT JOIN report r ON r.unit_code = u.unit_code AND r.report_period = w.report_period
$$;

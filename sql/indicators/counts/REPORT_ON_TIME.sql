-- REPORT_ON_TIME (R10) Báo cáo định kỳ đúng hạn
-- applies when a report is due for the run's period (report_period is null otherwise: 0/0)
-- numerator:   1 when the report for report_period was submitted on or before report_deadline
--              (day 14 of the period's last month); no report = 0. A dissolved unit's report sent
--              after its dissolution is its successor's: the earliest of the successor's counts.
-- not_applicable: a unit is judged only on what fell due while it existed (SPEC §4 v3): one
--              established after the deadline, or dissolved on or before it, has the count written
--              but is not judged on it.
CREATE OR REPLACE FUNCTION report_on_time_counts(w indicator_window)
RETURNS TABLE (unit_code text, numerator bigint, denominator bigint, not_applicable text)
LANGUAGE sql STABLE AS $$
SELECT u.unit_code,
       CASE WHEN r.submitted_on <= w.report_deadline THEN 1 ELSE 0 END::bigint AS numerator,
       CASE WHEN w.report_period IS NULL THEN 0 ELSE 1 END::bigint AS denominator,
       CASE WHEN w.report_period IS NULL THEN NULL
            WHEN x.established_on > w.report_deadline
            THEN format('đơn vị thành lập ngày %s, sau hạn nộp báo cáo kỳ %s (%s): không đánh giá',
                        to_char(x.established_on, 'DD/MM/YYYY'), w.report_period, to_char(w.report_deadline, 'DD/MM/YYYY'))
            WHEN x.dissolved_on <= w.report_deadline
            THEN format('đơn vị đã giải thể ngày %s, trước hạn nộp báo cáo kỳ %s (%s): không đánh giá',
                        to_char(x.dissolved_on, 'DD/MM/YYYY'), w.report_period, to_char(w.report_deadline, 'DD/MM/YYYY'))
       END AS not_applicable
FROM scored_unit(w.window_start, w.window_end) u
JOIN unit x ON x.unit_code = u.unit_code
LEFT JOIN (
    SELECT unit_code, min(submitted_on) AS submitted_on
    FROM report_as_of(w.as_of)
    WHERE report_period = w.report_period
    GROUP BY unit_code
) r ON r.unit_code = u.unit_code
$$;

-- TASK_ON_TIME (R8) Tỷ lệ nhiệm vụ hoàn thành đúng hạn
-- population:  tasks with due_on in the window, plus tasks due earlier and still open at the
--              window start (not completed, or completed on or after the window's first day)
-- numerator:   completed with completed_on <= due_on
SELECT u.unit_code, coalesce(c.numerator, 0) AS numerator, coalesce(c.denominator, 0) AS denominator
FROM scored_unit(:window_start, :window_end) u
LEFT JOIN (
    SELECT unit_code,
           count(*) FILTER (WHERE completed_on <= due_on) AS numerator,
           count(*) AS denominator
    FROM task
    WHERE due_on BETWEEN :window_start AND :window_end
       OR (due_on < :window_start AND (completed_on IS NULL OR completed_on >= :window_start))
    GROUP BY unit_code
) c ON c.unit_code = u.unit_code

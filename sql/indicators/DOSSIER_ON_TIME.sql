-- DOSSIER_ON_TIME (R9) Tỷ lệ hồ sơ TTHC giải quyết đúng hạn
-- population:  TTHC items completed in the window, or received by the window end and still open
--              at the window end (not completed, or completed after it)
-- numerator:   completed with completed_on <= due_on, or open with due_on >= window end
--              (an open dossier is judged at the window's last day, as in the national index)
SELECT u.unit_code, coalesce(c.numerator, 0) AS numerator, coalesce(c.denominator, 0) AS denominator
FROM scored_unit(:window_start, :window_end) u
LEFT JOIN (
    SELECT unit_code,
           count(*) FILTER (WHERE CASE WHEN completed_on <= :window_end THEN completed_on <= due_on
                                       ELSE due_on >= :window_end END) AS numerator,
           count(*) AS denominator
    FROM work_item
    WHERE kind = 'TTHC'
      AND (completed_on BETWEEN :window_start AND :window_end
           OR (received_on <= :window_end AND (completed_on IS NULL OR completed_on > :window_end)))
    GROUP BY unit_code
) c ON c.unit_code = u.unit_code

-- DIGITAL_RATE (R1) Tỷ lệ hồ sơ, công việc xử lý trên môi trường số
-- population:  work items with received_on in the window and not state_secret
-- numerator:   those with processed_digitally
SELECT u.unit_code, coalesce(c.numerator, 0) AS numerator, coalesce(c.denominator, 0) AS denominator
FROM scored_unit(:window_start, :window_end) u
LEFT JOIN (
    SELECT unit_code,
           count(*) FILTER (WHERE processed_digitally) AS numerator,
           count(*) AS denominator
    FROM work_item
    WHERE received_on BETWEEN :window_start AND :window_end
      AND NOT state_secret
    GROUP BY unit_code
) c ON c.unit_code = u.unit_code

-- WIDE_CONF_LIMIT (R3, Kết luận 226) Số hội nghị quy mô toàn xã — XA units only
-- numerator:   meetings held in the YTD with scale = TOAN_XA (the count is the value)
-- denominator: the yearly limit
SELECT u.unit_code, coalesce(c.numerator, 0) AS numerator, :max_commune_wide_conferences AS denominator
FROM scored_unit(:window_start, :window_end) u
LEFT JOIN (
    SELECT unit_code, count(*) AS numerator
    FROM meeting
    WHERE held_on BETWEEN :ytd_start AND :window_end
      AND scale = 'TOAN_XA'
    GROUP BY unit_code
) c ON c.unit_code = u.unit_code
WHERE u.unit_type = 'XA'

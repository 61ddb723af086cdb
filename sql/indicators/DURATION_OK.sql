-- DURATION_OK (R5) Tỷ lệ hội nghị đúng thời lượng
-- population:  meetings held in the window with category <> KHAC
-- numerator:   within the limit of its category (QUAN_TRIET 0.5, CHUYEN_MON 1, QUAN_TRONG 1.5 days)
SELECT u.unit_code, coalesce(c.numerator, 0) AS numerator, coalesce(c.denominator, 0) AS denominator
FROM scored_unit(:window_start, :window_end) u
LEFT JOIN (
    SELECT unit_code,
           count(*) FILTER (WHERE duration_days <= CASE category
                                                      WHEN 'QUAN_TRIET' THEN :max_days_quan_triet
                                                      WHEN 'CHUYEN_MON' THEN :max_days_chuyen_mon
                                                      WHEN 'QUAN_TRONG' THEN :max_days_quan_trong
                                                  END) AS numerator,
           count(*) AS denominator
    FROM meeting
    WHERE held_on BETWEEN :window_start AND :window_end
      AND category <> 'KHAC'
    GROUP BY unit_code
) c ON c.unit_code = u.unit_code

-- DURATION_OK (R5) Tỷ lệ hội nghị đúng thời lượng
-- population:  meetings held in the window with category <> KHAC
-- ok:          within the limit of its category (QUAN_TRIET 0.5, CHUYEN_MON 1, QUAN_TRONG 1.5 days)
-- severity:    days over the limit
SELECT unit_code,
       duration_days <= day_limit AS ok,
       duration_days - day_limit AS severity,
       held_on AS sort_date,
       meeting_id AS record_id,
       format('Hội nghị %s ngày %s%s: %s ngày, vượt thời lượng tối đa %s ngày',
              meeting_id, to_char(held_on, 'DD/MM/YYYY'), coalesce(' (' || title || ')', ''),
              replace(trim_scale(duration_days)::text, '.', ','), replace(trim_scale(day_limit)::text, '.', ',')) AS item
FROM (
    SELECT m.*,
           CASE category WHEN 'QUAN_TRIET' THEN CAST(:max_days_quan_triet AS numeric)
                         WHEN 'CHUYEN_MON' THEN CAST(:max_days_chuyen_mon AS numeric)
                         WHEN 'QUAN_TRONG' THEN CAST(:max_days_quan_trong AS numeric) END AS day_limit
    FROM meeting m
    WHERE held_on BETWEEN :window_start AND :window_end
      AND category <> 'KHAC'
) m

-- DURATION_OK (R5) Tỷ lệ hội nghị đúng thời lượng
-- population:  meetings held in the window with category <> KHAC
-- ok:          within the limit of its category (QUAN_TRIET 0.5, CHUYEN_MON 1, QUAN_TRONG 1.5 days)
-- severity:    days over the limit
-- Defined once: the counts and the scorecard's annex both select from it.
CREATE OR REPLACE FUNCTION duration_ok_records(w indicator_window)
RETURNS TABLE (unit_code text, ok boolean, severity numeric, sort_date date, record_id text, item text)
LANGUAGE sql STABLE AS $$
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
           CASE category WHEN 'QUAN_TRIET' THEN w.max_days_quan_triet
                         WHEN 'CHUYEN_MON' THEN w.max_days_chuyen_mon
                         WHEN 'QUAN_TRONG' THEN w.max_days_quan_trong END AS day_limit
    FROM meeting_as_of(w.as_of) m
    WHERE held_on BETWEEN w.window_start AND w.window_end
      AND category <> 'KHAC'
) m
$$;

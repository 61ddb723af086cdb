-- ONLINE_SHARE (R3) Tỷ lệ hội nghị trực tuyến
-- population:  meetings held in the YTD
-- ok:          format <> TRUC_TIEP (a hybrid meeting, KET_HOP, counts as online)
-- Defined once: the counts and the scorecard's annex both select from it.
CREATE OR REPLACE FUNCTION online_share_records(w indicator_window)
RETURNS TABLE (unit_code text, ok boolean, severity integer, sort_date date, record_id text, item text)
LANGUAGE sql STABLE AS $$
SELECT unit_code,
       format <> 'TRUC_TIEP' AS ok,
       0 AS severity,
       held_on AS sort_date,
       meeting_id AS record_id,
       format('Hội nghị %s ngày %s%s: họp trực tiếp',
              meeting_id, to_char(held_on, 'DD/MM/YYYY'), coalesce(' (' || title || ')', '')) AS item
FROM meeting_as_of(w.as_of)
WHERE held_on BETWEEN w.ytd_start AND w.window_end
$$;

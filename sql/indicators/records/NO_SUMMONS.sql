-- NO_SUMMONS (R7) Không triệu tập cán bộ cấp xã họp trực tiếp — SO units only
-- population:  meetings held in the window with format = TRUC_TIEP
-- ok:          not (summons_commune_officials and not state_secret)
-- Defined once: the counts and the scorecard's annex both select from it.
CREATE OR REPLACE FUNCTION no_summons_records(w indicator_window)
RETURNS TABLE (unit_code text, ok boolean, severity integer, sort_date date, record_id text, item text)
LANGUAGE sql STABLE AS $$
SELECT unit_code,
       NOT (summons_commune_officials AND NOT state_secret) AS ok,
       0 AS severity,
       held_on AS sort_date,
       meeting_id AS record_id,
       format('Hội nghị %s ngày %s%s: họp trực tiếp, triệu tập cán bộ cấp xã',
              meeting_id, to_char(held_on, 'DD/MM/YYYY'), coalesce(' (' || title || ')', '')) AS item
FROM meeting_as_of(w.as_of)
WHERE held_on BETWEEN w.window_start AND w.window_end
  AND format = 'TRUC_TIEP'
$$;

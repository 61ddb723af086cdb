-- WIDE_CONF_LIMIT (R3, Kết luận 226) Số hội nghị quy mô toàn xã — XA units only
-- numerator:   meetings held in the YTD with scale = TOAN_XA (the count is the value)
-- denominator: the yearly limit
-- not_applicable: no meeting at all this YTD while the previous YTD has some (with predecessors): the
--              unit's meetings were not delivered (SPEC §4 v3), so no count of zero is scored
-- The conferences counted, one line each for the scorecard's annex: the count and the annex select
-- from this one function, so the annex lists exactly the conferences behind the count.
CREATE OR REPLACE FUNCTION wide_conf_limit_meetings(w indicator_window)
RETURNS TABLE (unit_code text, held_on date, meeting_id text, item text)
LANGUAGE sql STABLE AS $$
SELECT unit_code, held_on, meeting_id,
       format('Hội nghị %s ngày %s%s', meeting_id, to_char(held_on, 'DD/MM/YYYY'),
              coalesce(' (' || title || ')', '')) AS item
FROM meeting_as_of(w.as_of)
WHERE held_on BETWEEN w.ytd_start AND w.window_end
  AND scale = 'TOAN_XA'
$$;

CREATE OR REPLACE FUNCTION wide_conf_limit_counts(w indicator_window)
RETURNS TABLE (unit_code text, numerator bigint, denominator bigint, not_applicable text)
LANGUAGE sql STABLE AS $$
SELECT u.unit_code, coalesce(c.numerator, 0), w.max_commune_wide_conferences::bigint,
       undelivered('meetings', 'hội nghị', u.unit_code, m.numerator, m.denominator, w)
FROM scored_unit(w.window_start, w.window_end) u
JOIN reduction_counts('meeting', w) m ON m.unit_code = u.unit_code
LEFT JOIN (
    SELECT unit_code, count(*) AS numerator
    FROM wide_conf_limit_meetings(w)
    GROUP BY unit_code
) c ON c.unit_code = u.unit_code
WHERE u.unit_type = 'XA'
$$;

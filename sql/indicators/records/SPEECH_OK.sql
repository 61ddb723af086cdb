-- SPEECH_OK (R6) Tỷ lệ hội nghị đúng thời gian phát biểu
-- population:  meetings held in the window with at least one speech column filled
-- ok:          every filled value within its limit (opening 10, closing remarks 50, presentation 10 min)
-- severity:    the most minutes over a limit
-- Defined once: the counts and the scorecard's annex both select from it.
CREATE OR REPLACE FUNCTION speech_ok_records(w indicator_window)
RETURNS TABLE (unit_code text, ok boolean, severity integer, sort_date date, record_id text, item text)
LANGUAGE sql STABLE AS $$
SELECT unit_code,
       coalesce(opening_speech_min <= w.max_opening_min, true)
           AND coalesce(closing_remarks_min <= w.max_closing_min, true)
           AND coalesce(max_presentation_min <= w.max_presentation_min, true) AS ok,
       greatest(opening_speech_min - w.max_opening_min, closing_remarks_min - w.max_closing_min,
                max_presentation_min - w.max_presentation_min) AS severity,
       held_on AS sort_date,
       meeting_id AS record_id,
       format('Hội nghị %s ngày %s%s: %s',
              meeting_id, to_char(held_on, 'DD/MM/YYYY'), coalesce(' (' || title || ')', ''),
              concat_ws('; ',
                  CASE WHEN opening_speech_min > w.max_opening_min
                       THEN format('khai mạc %s phút (tối đa %s)', opening_speech_min, w.max_opening_min) END,
                  CASE WHEN closing_remarks_min > w.max_closing_min
                       THEN format('kết luận %s phút (tối đa %s)', closing_remarks_min, w.max_closing_min) END,
                  CASE WHEN max_presentation_min > w.max_presentation_min
                       THEN format('tham luận %s phút (tối đa %s)', max_presentation_min, w.max_presentation_min) END)) AS item
FROM meeting_as_of(w.as_of)
WHERE held_on BETWEEN w.window_start AND w.window_end
  AND (opening_speech_min IS NOT NULL OR closing_remarks_min IS NOT NULL OR max_presentation_min IS NOT NULL)
$$;

-- DIGITAL_RATE (R1) Tỷ lệ hồ sơ, công việc xử lý trên môi trường số
-- population:  work items with received_on in the window and not state_secret
-- ok:          processed_digitally
-- Defined once: the counts and the scorecard's annex both select from it.
CREATE OR REPLACE FUNCTION digital_rate_records(w indicator_window)
RETURNS TABLE (unit_code text, ok boolean, severity integer, sort_date date, record_id text, item text)
LANGUAGE sql STABLE AS $$
SELECT unit_code,
       processed_digitally AS ok,
       0 AS severity,
       received_on AS sort_date,
       item_id AS record_id,
       -- the kind in words, as a reader says it (SPEC §6 v3: no contract code in what people read)
       format('%s %s, tiếp nhận ngày %s: không xử lý trên môi trường số',
              CASE kind WHEN 'TTHC' THEN 'Hồ sơ TTHC' ELSE 'Công việc' END, item_id,
              to_char(received_on, 'DD/MM/YYYY')) AS item
FROM work_item_as_of(w.as_of)
WHERE received_on BETWEEN w.window_start AND w.window_end
  AND NOT state_secret
$$;

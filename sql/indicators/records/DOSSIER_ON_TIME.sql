-- DOSSIER_ON_TIME (R9) Tỷ lệ hồ sơ TTHC giải quyết đúng hạn
-- population:  TTHC items completed in the window, or received by the window end and still open
--              at the window end (not completed, or completed after it)
-- ok:          completed with completed_on <= due_on, or open with due_on >= window end
--              (an open dossier is judged at the window's last day, as in the national index)
-- severity:    days late (at the window end for an open dossier)
-- The item states what was known at the window's end: a dossier completed later is shown open.
-- Defined once: the counts and the scorecard's annex both select from it.
CREATE OR REPLACE FUNCTION dossier_on_time_records(w indicator_window)
RETURNS TABLE (unit_code text, ok boolean, severity integer, sort_date date, record_id text, item text)
LANGUAGE sql STABLE AS $$
SELECT unit_code,
       CASE WHEN completed_on <= w.window_end THEN completed_on <= due_on ELSE due_on >= w.window_end END AS ok,
       CASE WHEN completed_on <= w.window_end THEN completed_on ELSE w.window_end END - due_on AS severity,
       due_on AS sort_date,
       item_id AS record_id,
       format('Hồ sơ %s, tiếp nhận %s, hạn %s, %s: trễ %s ngày',
              item_id, to_char(received_on, 'DD/MM/YYYY'), to_char(due_on, 'DD/MM/YYYY'),
              CASE WHEN completed_on <= w.window_end THEN 'giải quyết ' || to_char(completed_on, 'DD/MM/YYYY')
                   ELSE 'chưa giải quyết khi hết kỳ' END,
              CASE WHEN completed_on <= w.window_end THEN completed_on ELSE w.window_end END - due_on) AS item
FROM work_item_as_of(w.as_of)
WHERE kind = 'TTHC'
  AND (completed_on BETWEEN w.window_start AND w.window_end
       OR (received_on <= w.window_end AND (completed_on IS NULL OR completed_on > w.window_end)))
$$;

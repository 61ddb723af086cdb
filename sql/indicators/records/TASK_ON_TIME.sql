-- TASK_ON_TIME (R8) Tỷ lệ nhiệm vụ hoàn thành đúng hạn
-- population:  tasks with due_on in the window, plus tasks due earlier and still open at the
--              window start (not completed, or completed on or after the window's first day)
-- ok:          completed with completed_on <= due_on
-- severity:    days late (at the window end for a task not completed by then)
-- The item states what was known at the window's end: a task completed later is shown open.
-- Defined once: the counts and the scorecard's annex both select from it.
CREATE OR REPLACE FUNCTION task_on_time_records(w indicator_window)
RETURNS TABLE (unit_code text, ok boolean, severity integer, sort_date date, record_id text, item text)
LANGUAGE sql STABLE AS $$
SELECT unit_code,
       coalesce(completed_on <= due_on, false) AS ok,
       least(coalesce(completed_on, w.window_end), w.window_end) - due_on AS severity,
       due_on AS sort_date,
       task_id AS record_id,
       -- the contract has no task title: the task is named by the document that assigned it
       format('Nhiệm vụ %s%s, giao ngày %s, hạn %s, %s: trễ %s ngày',
              task_id, coalesce(' theo văn bản ' || source_doc, ''), to_char(assigned_on, 'DD/MM/YYYY'),
              to_char(due_on, 'DD/MM/YYYY'),
              CASE WHEN completed_on <= w.window_end THEN 'hoàn thành ' || to_char(completed_on, 'DD/MM/YYYY')
                   ELSE 'chưa hoàn thành khi hết kỳ' END,
              least(coalesce(completed_on, w.window_end), w.window_end) - due_on) AS item
FROM task_as_of(w.as_of)
WHERE due_on BETWEEN w.window_start AND w.window_end
   OR (due_on < w.window_start AND (completed_on IS NULL OR completed_on >= w.window_start))
$$;

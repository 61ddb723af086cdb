-- TASK_ON_TIME (R8) Tỷ lệ nhiệm vụ hoàn thành đúng hạn
-- population:  tasks with due_on in the window, plus tasks due earlier and still open at the
--              window start (not completed, or completed on or after the window's first day)
-- ok:          completed with completed_on <= due_on
-- severity:    days late (at the window end for a task not completed)
SELECT unit_code,
       coalesce(completed_on <= due_on, false) AS ok,
       coalesce(completed_on, :window_end) - due_on AS severity,
       format('Nhiệm vụ %s%s, hạn %s, %s: trễ %s ngày',
              task_id, coalesce(' (' || source_doc || ')', ''), to_char(due_on, 'DD/MM/YYYY'),
              CASE WHEN completed_on IS NULL THEN 'chưa hoàn thành'
                   ELSE 'hoàn thành ' || to_char(completed_on, 'DD/MM/YYYY') END,
              coalesce(completed_on, :window_end) - due_on) AS item
FROM task
WHERE due_on BETWEEN :window_start AND :window_end
   OR (due_on < :window_start AND (completed_on IS NULL OR completed_on >= :window_start))

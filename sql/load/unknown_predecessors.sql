-- Rejects the staged units of units.csv that name a predecessor which is neither a unit staged
-- from the same file nor already known. The loader runs it (with predecessor_cycles.sql) until
-- nothing more is removed, so a unit whose predecessor was itself rejected is rejected too.
-- Parameters: run id, file name, run id, file name.
WITH bad AS (
    SELECT s.line, s.unit_code, min(p.code) AS code
    FROM stage_unit s
    CROSS JOIN LATERAL unnest(s.predecessor_codes) AS p(code)
    WHERE NOT EXISTS (SELECT 1 FROM stage_unit k WHERE k.unit_code = p.code)
      AND NOT EXISTS (SELECT 1 FROM unit u WHERE u.unit_code = p.code)
    GROUP BY s.line, s.unit_code
),
removed AS (
    DELETE FROM stage_unit s USING bad b WHERE s.line = b.line
    RETURNING b.line, b.unit_code, b.code
)
INSERT INTO run_reject (run_id, file_name, line, column_name, value, reason, unit_code)
SELECT ?, ?, r.line, 'predecessor_codes', r.code,
       CASE WHEN f.line IS NULL
            THEN 'đơn vị tiền thân ' || r.code || ' không có trong tệp này và chưa có trong danh mục'
            ELSE 'đơn vị tiền thân ' || r.code || ' ở dòng ' || f.line || ' bị loại nên không nhận được' END,
       r.unit_code
FROM removed r
LEFT JOIN LATERAL (
    SELECT min(j.line) AS line FROM run_reject j WHERE j.run_id = ? AND j.file_name = ? AND j.unit_code = r.code
) f ON true

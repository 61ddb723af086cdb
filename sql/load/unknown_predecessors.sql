-- Rejects the staged units that name a predecessor which is neither a unit staged from the run's
-- units files nor already known. The loader runs it (with predecessor_cycles.sql) until nothing
-- more is removed, so a unit whose predecessor was itself rejected is rejected too.
-- Parameters: the units files' names in loading order (text[]), run id, run id.
WITH files (name, no) AS (
    SELECT name, no::integer FROM unnest(?::text[]) WITH ORDINALITY AS f(name, no)
),
bad AS (
    SELECT s.file_no, s.line, s.unit_code, min(p.code) AS code
    FROM stage_unit s
    CROSS JOIN LATERAL unnest(s.predecessor_codes) AS p(code)
    WHERE NOT EXISTS (SELECT 1 FROM stage_unit k WHERE k.unit_code = p.code)
      AND NOT EXISTS (SELECT 1 FROM unit u WHERE u.unit_code = p.code)
    GROUP BY s.file_no, s.line, s.unit_code
),
removed AS (
    DELETE FROM stage_unit s USING bad b WHERE s.file_no = b.file_no AND s.line = b.line
    RETURNING b.file_no, b.line, b.unit_code, b.code
)
INSERT INTO run_reject (run_id, file_name, line, column_name, value, reason, unit_code)
SELECT ?, rf.name, r.line, 'predecessor_codes', r.code,
       CASE WHEN f.line IS NULL
            THEN 'đơn vị tiền thân ' || r.code || ' không có trong tệp đơn vị và chưa có trong danh mục'
            ELSE 'đơn vị tiền thân ' || r.code || ' ở dòng ' || f.line
                 || CASE WHEN f.file_name = rf.name THEN '' ELSE ' của tệp ' || f.file_name END
                 || ' bị loại nên không nhận được' END,
       r.unit_code
FROM removed r
JOIN files rf ON rf.no = r.file_no
LEFT JOIN LATERAL (
    SELECT j.file_name, j.line FROM run_reject j JOIN files jf ON jf.name = j.file_name
    WHERE j.run_id = ? AND j.unit_code = r.code
    ORDER BY jf.no, j.line LIMIT 1
) f ON true

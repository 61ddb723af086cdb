-- Rejects the staged units whose chain of predecessors leads back to themselves (A → B → A, or A
-- naming itself). The staged units' predecessors replace those already known; UNION ends the walk.
-- Parameters: the units files' names in loading order (text[]), run id.
WITH RECURSIVE files (name, no) AS (
    SELECT name, no::integer FROM unnest(?::text[]) WITH ORDINALITY AS f(name, no)
),
edge (unit_code, predecessor) AS (
    SELECT s.unit_code, p.code FROM stage_unit s CROSS JOIN LATERAL unnest(s.predecessor_codes) AS p(code)
    UNION ALL
    SELECT u.unit_code, p.code FROM unit u CROSS JOIN LATERAL unnest(u.predecessor_codes) AS p(code)
    WHERE NOT EXISTS (SELECT 1 FROM stage_unit s WHERE s.unit_code = u.unit_code)
),
walk (start, node) AS (
    SELECT unit_code, predecessor FROM edge
    UNION
    SELECT w.start, e.predecessor FROM walk w JOIN edge e ON e.unit_code = w.node
),
removed AS (
    DELETE FROM stage_unit s
    WHERE EXISTS (SELECT 1 FROM walk w WHERE w.start = s.unit_code AND w.node = s.unit_code)
    RETURNING s.file_no, s.line, s.unit_code, array_to_string(s.predecessor_codes, ';') AS codes
)
INSERT INTO run_reject (run_id, file_name, line, column_name, value, reason, unit_code)
SELECT ?, f.name, r.line, 'predecessor_codes', r.codes,
       'các đơn vị tiền thân tạo thành vòng lặp (một đơn vị là tiền thân của chính nó)', r.unit_code
FROM removed r JOIN files f ON f.no = r.file_no

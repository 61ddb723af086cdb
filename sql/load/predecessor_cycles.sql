-- Units of units.csv whose chain of predecessors leads back to themselves (A → B → A, or A naming
-- itself). The staged units' predecessors replace those already known; UNION ends the walk.
WITH RECURSIVE edge (unit_code, predecessor) AS (
    SELECT s.unit_code, p.code FROM stage_unit s CROSS JOIN LATERAL unnest(s.predecessor_codes) AS p(code)
    UNION ALL
    SELECT u.unit_code, p.code FROM unit u CROSS JOIN LATERAL unnest(u.predecessor_codes) AS p(code)
    WHERE NOT EXISTS (SELECT 1 FROM stage_unit s WHERE s.unit_code = u.unit_code)
),
walk (start, node) AS (
    SELECT unit_code, predecessor FROM edge
    UNION
    SELECT w.start, e.predecessor FROM walk w JOIN edge e ON e.unit_code = w.node
)
SELECT s.line, s.unit_code, array_to_string(s.predecessor_codes, ';') AS codes
FROM stage_unit s
WHERE EXISTS (SELECT 1 FROM walk w WHERE w.start = s.unit_code AND w.node = s.unit_code)
ORDER BY s.line

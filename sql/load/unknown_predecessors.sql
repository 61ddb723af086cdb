-- Units of units.csv that name a predecessor which is neither in the same file nor already known.
-- Returns the staged line, the unit and the first unknown predecessor code.
SELECT s.line, s.unit_code, min(p.code) AS unknown_code
FROM stage_unit s
CROSS JOIN LATERAL unnest(s.predecessor_codes) AS p(code)
WHERE NOT EXISTS (SELECT 1 FROM stage_unit k WHERE k.unit_code = p.code)
  AND NOT EXISTS (SELECT 1 FROM unit u WHERE u.unit_code = p.code)
GROUP BY s.line, s.unit_code
ORDER BY s.line

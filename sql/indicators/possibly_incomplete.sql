-- Possibly incomplete deliveries (SPEC §4 v3; a warning, no effect on scores): a unit with records
-- of its own (under its own code; predecessors not counted) of a kind in each of the three months
-- before the period's last month, but none, and no nil return, in that month. As the records stood
-- on the as-of date. Parameters: :window_end, :as_of.
WITH last_month AS (
    SELECT date_trunc('month', CAST(:window_end AS date))::date AS month
), monthly AS (
    SELECT 'meetings' AS kind, unit_code, date_trunc('month', held_on)::date AS month FROM meeting, last_month l
    WHERE held_on BETWEEN (l.month - interval '3 months')::date AND CAST(:window_end AS date) AND held_on <= :as_of
    UNION ALL
    SELECT 'documents', unit_code, date_trunc('month', issued_on)::date FROM document, last_month l
    WHERE issued_on BETWEEN (l.month - interval '3 months')::date AND CAST(:window_end AS date) AND issued_on <= :as_of
    UNION ALL
    SELECT 'work_items', unit_code, date_trunc('month', received_on)::date FROM work_item, last_month l
    WHERE received_on BETWEEN (l.month - interval '3 months')::date AND CAST(:window_end AS date) AND received_on <= :as_of
)
SELECT r.unit_code, r.kind, to_char(l.month, 'YYYY-MM') AS month
FROM monthly r CROSS JOIN last_month l
GROUP BY r.unit_code, r.kind, l.month
HAVING count(DISTINCT r.month) FILTER (WHERE r.month < l.month) = 3
   AND count(*) FILTER (WHERE r.month = l.month) = 0
   AND NOT EXISTS (SELECT 1 FROM nil_return n WHERE n.unit_code = r.unit_code AND n.kind = r.kind AND n.month = l.month)
ORDER BY r.unit_code COLLATE "C", r.kind

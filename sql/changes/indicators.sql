-- The period's indicator results that differ between the replaced run (:replaced) and this run
-- (:run) in any figure a scorecard prints: the counts, the value, the status, the points, the
-- weight or the target (value and points are stored as printed, 4 decimals).
SELECT coalesce(a.unit_code, b.unit_code) AS unit_code, coalesce(a.indicator, b.indicator) AS indicator,
       b.numerator AS numerator_before, a.numerator AS numerator_after,
       b.denominator AS denominator_before, a.denominator AS denominator_after,
       b.value AS value_before, a.value AS value_after,
       b.status AS status_before, a.status AS status_after,
       b.points AS points_before, a.points AS points_after,
       b.weight AS weight_before, a.weight AS weight_after,
       b.target AS target_before, a.target AS target_after
FROM (SELECT * FROM indicator_result WHERE run_id = :replaced AND period = :period) b
FULL JOIN (SELECT * FROM indicator_result WHERE run_id = :run AND period = :period) a
  ON a.unit_code = b.unit_code AND a.indicator = b.indicator
WHERE (b.numerator, b.denominator, b.value, b.status, b.points, b.weight, b.target)
      IS DISTINCT FROM (a.numerator, a.denominator, a.value, a.status, a.points, a.weight, a.target)
ORDER BY coalesce(a.unit_code, b.unit_code) COLLATE "C", coalesce(a.indicator, b.indicator)

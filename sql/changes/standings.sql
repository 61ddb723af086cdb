-- Every unit the period scored in the replaced run (:replaced) or in this run (:run), with its
-- score as ranking.csv prints it (2 decimals, half up), its band and its rank in each; a unit
-- scored in one run only has nulls for the other (SPEC §2 v3: a unit that delivered nothing is not
-- scored on the absence, and may be scored once it delivers).
SELECT coalesce(a.unit_code, b.unit_code) AS unit_code,
       u.unit_name,
       coalesce(a.unit_type, b.unit_type) AS unit_type,
       round(b.score, 2) AS score_before, round(a.score, 2) AS score_after,
       b.classification AS band_before, a.classification AS band_after,
       b.rank AS rank_before, a.rank AS rank_after,
       b.unit_code IS NOT NULL AS scored_before, a.unit_code IS NOT NULL AS scored_after
FROM (SELECT * FROM unit_score WHERE run_id = :replaced AND period = :period) b
FULL JOIN (SELECT * FROM unit_score WHERE run_id = :run AND period = :period) a ON a.unit_code = b.unit_code
JOIN unit u ON u.unit_code = coalesce(a.unit_code, b.unit_code)
ORDER BY coalesce(a.unit_code, b.unit_code) COLLATE "C"

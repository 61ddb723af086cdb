-- NO_SUMMONS (R7) Không triệu tập cán bộ cấp xã họp trực tiếp — SO units only
-- population:  meetings held in the window with format = TRUC_TIEP
-- numerator:   those that are not (summons_commune_officials and not state_secret)
SELECT u.unit_code, coalesce(c.numerator, 0) AS numerator, coalesce(c.denominator, 0) AS denominator
FROM scored_unit(:window_start, :window_end) u
LEFT JOIN (
    SELECT unit_code,
           count(*) FILTER (WHERE NOT (summons_commune_officials AND NOT state_secret)) AS numerator,
           count(*) AS denominator
    FROM meeting
    WHERE held_on BETWEEN :window_start AND :window_end
      AND format = 'TRUC_TIEP'
    GROUP BY unit_code
) c ON c.unit_code = u.unit_code
WHERE u.unit_type = 'SO'

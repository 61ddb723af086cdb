-- MEETING_REDUCTION (R4) Tỷ lệ cắt giảm hội nghị; value = 1 - numerator/denominator
-- denominator: meetings held in the previous YTD by the unit and its predecessors
-- numerator:   meetings held in the YTD by the unit and its predecessors, so that a unit formed
--              by a merger compares the same territory on both sides (SPEC §4)
SELECT u.unit_code, coalesce(c.numerator, 0) AS numerator, coalesce(c.denominator, 0) AS denominator
FROM scored_unit(:window_start, :window_end) u
LEFT JOIN (
    SELECT l.unit_code,
           count(*) FILTER (WHERE m.held_on >= :ytd_start) AS numerator,
           count(*) FILTER (WHERE m.held_on <= :prev_ytd_end) AS denominator
    FROM unit_lineage l
    JOIN meeting m ON m.unit_code = l.source_code
    WHERE m.held_on BETWEEN :prev_ytd_start AND :prev_ytd_end
       OR m.held_on BETWEEN :ytd_start AND :window_end
    GROUP BY l.unit_code
) c ON c.unit_code = u.unit_code

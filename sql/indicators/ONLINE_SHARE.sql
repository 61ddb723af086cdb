-- ONLINE_SHARE (R3) Tỷ lệ hội nghị trực tuyến
-- population:  meetings held in the YTD
-- numerator:   format <> TRUC_TIEP (a hybrid meeting, KET_HOP, counts as online)
SELECT u.unit_code, coalesce(c.numerator, 0) AS numerator, coalesce(c.denominator, 0) AS denominator
FROM scored_unit(:window_start, :window_end) u
LEFT JOIN (
    SELECT unit_code,
           count(*) FILTER (WHERE format <> 'TRUC_TIEP') AS numerator,
           count(*) AS denominator
    FROM meeting
    WHERE held_on BETWEEN :ytd_start AND :window_end
    GROUP BY unit_code
) c ON c.unit_code = u.unit_code

-- SPEECH_OK (R6) Tỷ lệ hội nghị đúng thời gian phát biểu
-- population:  meetings held in the window with at least one speech column filled
-- numerator:   every filled value within its limit (opening 10, closing remarks 50, presentation 10 min)
SELECT u.unit_code, coalesce(c.numerator, 0) AS numerator, coalesce(c.denominator, 0) AS denominator
FROM scored_unit(:window_start, :window_end) u
LEFT JOIN (
    SELECT unit_code,
           count(*) FILTER (WHERE coalesce(opening_speech_min <= :max_opening_min, true)
                              AND coalesce(closing_remarks_min <= :max_closing_min, true)
                              AND coalesce(max_presentation_min <= :max_presentation_min, true)) AS numerator,
           count(*) AS denominator
    FROM meeting
    WHERE held_on BETWEEN :window_start AND :window_end
      AND (opening_speech_min IS NOT NULL OR closing_remarks_min IS NOT NULL OR max_presentation_min IS NOT NULL)
    GROUP BY unit_code
) c ON c.unit_code = u.unit_code

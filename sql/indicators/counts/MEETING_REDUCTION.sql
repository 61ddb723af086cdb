-- MEETING_REDUCTION (R4) Tỷ lệ cắt giảm hội nghị; value = 1 - numerator/denominator
-- denominator: meetings held in the previous YTD by the unit and its predecessors
-- numerator:   meetings held in the YTD by the unit and its predecessors, so that a unit formed
--              by a merger compares the same territory on both sides (SPEC §4)
-- not_applicable: none this YTD while the previous YTD has some, and no nil returns for every month
--              of the YTD: the unit's file was not delivered (SPEC §4 v3), so the absence is not
--              scored as a 100% cut
CREATE OR REPLACE FUNCTION meeting_reduction_counts(w indicator_window)
RETURNS TABLE (unit_code text, numerator bigint, denominator bigint, not_applicable text)
LANGUAGE sql STABLE AS $$
SELECT unit_code, numerator, denominator, undelivered('meetings', 'hội nghị', unit_code, numerator, denominator, w)
FROM reduction_counts('meeting', w)
$$;

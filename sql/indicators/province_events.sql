-- The province as a whole (SPEC §6, the ranking report's first page): documents issued (or
-- meetings held) by every unit, as they stand on the as-of date, in the YTD (numerator) and the
-- previous YTD (denominator). The whole province is the same territory on both sides, so no
-- lineage is needed.
-- Parameters: :kind ('document' or 'meeting') and the windows of IndicatorCounter.windowParameters.
SELECT count(*) FILTER (WHERE happened_on >= :ytd_start)     AS numerator,
       count(*) FILTER (WHERE happened_on <= :prev_ytd_end)  AS denominator
FROM unit_event_as_of(:as_of)
WHERE kind = :kind
  AND (happened_on BETWEEN :prev_ytd_start AND :prev_ytd_end
       OR happened_on BETWEEN :ytd_start AND :window_end)

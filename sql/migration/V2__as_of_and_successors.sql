-- V2 (SPEC v3, issue 22): the as-of date as the run's "now", a dissolved unit's records counted for
-- its successor, a unit judged only on what fell due while it existed.

-- Every formula reads the as-of date from its window, and each run's row of windows keeps it.
ALTER TYPE indicator_window ADD ATTRIBUTE as_of date;
ALTER TABLE run_window ADD COLUMN as_of date;

-- A count function may say why an indicator does not apply to a unit (REPORT_ON_TIME: the unit
-- did not exist when the report fell due). The count functions gain that column: the old ones go,
-- and the formulas' repeatable migration creates the new.
ALTER TABLE indicator_count ADD COLUMN not_applicable text;
DROP FUNCTION IF EXISTS doc_reduction_counts(indicator_window);
DROP FUNCTION IF EXISTS meeting_reduction_counts(indicator_window);
DROP FUNCTION IF EXISTS report_on_time_counts(indicator_window);
DROP FUNCTION IF EXISTS wide_conf_limit_counts(indicator_window);

-- The events of the two reductions are read as they stand on the as-of date (unit_event_as_of).
DROP VIEW IF EXISTS unit_event;

-- Whether a file's rows read the same now depends on the day the load runs (events after it are
-- rejected), no longer on the as-of date: the loads remembered before are read again once.
ALTER TABLE kind_load RENAME COLUMN as_of TO read_on;
DELETE FROM kind_load;

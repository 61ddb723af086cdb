-- For each listed unit, the files delivered with new content after the replaced run (:replaced),
-- up to and including this run (:run), that hold its records, held records of it that they
-- withdrew, or declared a nil return of it: what the records say about why its figures moved.
-- Any run in between counts, whatever its period: every period reads the same records.
WITH delivered AS (
    SELECT DISTINCT file_name FROM file_delivery WHERE run_id > :replaced AND run_id <= :run
), touched AS (
    SELECT unit_code, file_name FROM meeting WHERE file_name IN (SELECT file_name FROM delivered)
    UNION SELECT unit_code, file_name FROM document WHERE file_name IN (SELECT file_name FROM delivered)
    UNION SELECT unit_code, file_name FROM work_item WHERE file_name IN (SELECT file_name FROM delivered)
    UNION SELECT unit_code, file_name FROM task WHERE file_name IN (SELECT file_name FROM delivered)
    UNION SELECT unit_code, file_name FROM report WHERE file_name IN (SELECT file_name FROM delivered)
    UNION SELECT unit_code, file_name FROM nil_return WHERE run_id > :replaced AND run_id <= :run
    UNION SELECT w.unit_code, d.file_name FROM run_withdrawn w
          JOIN delivered d ON w.file_name = d.file_name OR starts_with(w.file_name, d.file_name || '#')
          WHERE w.run_id > :replaced AND w.run_id <= :run
)
SELECT unit_code, file_name FROM touched WHERE unit_code IN (:units)
ORDER BY unit_code COLLATE "C", file_name COLLATE "C"

-- The codes of dissolved units written on records first dated on or after the dissolution (SPEC §2
-- v3): they are counted for the successor, and the clerk should have used its code. (Tasks and
-- dossiers received before and falling due after pass to the successor too, but their code was
-- right when they were recorded: no warning.) One row per old code, with its successors and how
-- many records.
WITH dissolved AS (
    SELECT unit_code FROM unit WHERE dissolved_on IS NOT NULL
)
SELECT h.unit_code, u.dissolved_on, string_agg(DISTINCT h.owner_code, ', ') AS successors, count(*) AS records
FROM (
    SELECT unit_code, held_on AS handed_on FROM meeting WHERE unit_code IN (SELECT unit_code FROM dissolved)
    UNION ALL
    SELECT unit_code, issued_on FROM document WHERE unit_code IN (SELECT unit_code FROM dissolved)
    UNION ALL
    SELECT unit_code, received_on FROM work_item WHERE unit_code IN (SELECT unit_code FROM dissolved)
    UNION ALL
    SELECT unit_code, assigned_on FROM task WHERE unit_code IN (SELECT unit_code FROM dissolved)
    UNION ALL
    SELECT unit_code, submitted_on FROM report WHERE unit_code IN (SELECT unit_code FROM dissolved)
) r
JOIN unit u ON u.unit_code = r.unit_code
JOIN unit_handover h ON h.unit_code = r.unit_code AND h.days @> r.handed_on
GROUP BY h.unit_code, u.dissolved_on
ORDER BY h.unit_code COLLATE "C"

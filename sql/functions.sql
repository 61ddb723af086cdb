-- The views and functions every indicator formula reads, and the formulas' shared parts: applied
-- with the formulas of sql/indicators/ as one repeatable migration (IndicatorFormulas), again
-- whenever one of these files changes, never on a start with nothing changed. Each statement
-- replaces what it defines; a change of a function's result columns or a view's columns needs a
-- versioned migration that drops the old one first.

-- Units scored for a period (SPEC §2): they exist during the window.
CREATE OR REPLACE FUNCTION scored_unit(window_start date, window_end date)
RETURNS TABLE (unit_code text, unit_type text)
LANGUAGE sql STABLE AS $$
    SELECT u.unit_code, u.unit_type
    FROM unit u
    WHERE (u.established_on IS NULL OR u.established_on <= window_end)
      AND (u.dissolved_on IS NULL OR u.dissolved_on > window_start)
$$;

-- Each unit with itself and every unit merged into it, directly or through earlier mergers:
-- the baseline of DOC_REDUCTION and MEETING_REDUCTION. UNION (not UNION ALL) ends a cycle.
CREATE OR REPLACE VIEW unit_lineage (unit_code, source_code) AS
WITH RECURSIVE lineage (unit_code, source_code) AS (
    SELECT unit_code, unit_code FROM unit
    UNION
    SELECT l.unit_code, p.code
    FROM lineage l
    JOIN unit u ON u.unit_code = l.source_code
    CROSS JOIN LATERAL unnest(u.predecessor_codes) AS p(code)
)
SELECT unit_code, source_code FROM lineage;

-- A sort key that compares the numbers inside a text as numbers: 'HS-2' before 'HS-10'.
CREATE OR REPLACE FUNCTION natural_key(value text)
RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT string_agg(CASE WHEN m[1] ~ '^[0-9]' THEN lpad(m[1], 20, '0') ELSE m[1] END, '' ORDER BY n)
    FROM regexp_matches(value, '([0-9]+|[^0-9]+)', 'g') WITH ORDINALITY AS r(m, n)
$$;

-- The unit a dissolved unit's later records belong to (SPEC §2 v3): the unit whose predecessors
-- name it; with several, the one established on the dissolution day, then the lowest code.
CREATE OR REPLACE VIEW unit_successor (unit_code, successor_code) AS
SELECT DISTINCT ON (d.unit_code) d.unit_code, s.unit_code
FROM unit d
JOIN unit s ON d.unit_code = ANY (s.predecessor_codes)
WHERE d.dissolved_on IS NOT NULL
ORDER BY d.unit_code, s.established_on IS NOT DISTINCT FROM d.dissolved_on DESC, s.unit_code COLLATE "C";

-- The days on which a unit's code carries records that belong to another unit: from its
-- dissolution its successor's, followed on while that one is dissolved too (owner_code on the days
-- of the range; an open bound: for ever). Every other day a code's records are its unit's own. A
-- dissolved unit without a successor hands nothing over: the loader rejects such records.
CREATE OR REPLACE VIEW unit_handover (unit_code, owner_code, days) AS
WITH RECURSIVE tenure (unit_code, owner_code, from_on, until_on, depth) AS (
    SELECT unit_code, unit_code, NULL::date, dissolved_on, 0 FROM unit WHERE dissolved_on IS NOT NULL
    UNION ALL
    SELECT t.unit_code, s.successor_code, greatest(t.from_on, t.until_on), o.dissolved_on, t.depth + 1
    FROM tenure t
    JOIN unit_successor s ON s.unit_code = t.owner_code
    JOIN unit o ON o.unit_code = s.successor_code
    WHERE t.until_on IS NOT NULL AND t.depth < 32
)
SELECT unit_code, owner_code, daterange(from_on, until_on) FROM tenure
WHERE depth > 0 AND (until_on IS NULL OR until_on > from_on);

-- The records as they stand on the as-of date (SPEC §2 v3), under the unit they are counted for:
-- a record first dated after it did not exist yet, a completion after it was not yet made. Every
-- indicator, the annex, the course and the province's totals read these, never the tables. (A left
-- join to the few handovers, not a join to every unit's tenure: the planner cannot estimate a
-- range join, and mis-sized plans made the count step 50% slower.)
CREATE OR REPLACE FUNCTION meeting_as_of(as_of date)
RETURNS TABLE (unit_code text, meeting_id text, held_on date, title text, category text, format text,
               duration_days numeric, opening_speech_min integer, closing_remarks_min integer,
               max_presentation_min integer, summons_commune_officials boolean, state_secret boolean, scale text)
LANGUAGE sql STABLE AS $$
SELECT coalesce(h.owner_code, m.unit_code), m.meeting_id, m.held_on, m.title, m.category, m.format, m.duration_days, m.opening_speech_min,
       m.closing_remarks_min, m.max_presentation_min, m.summons_commune_officials, m.state_secret, m.scale
FROM meeting m
LEFT JOIN unit_handover h ON h.unit_code = m.unit_code AND h.days @> m.held_on
WHERE m.held_on <= as_of
$$;

CREATE OR REPLACE FUNCTION document_as_of(as_of date)
RETURNS TABLE (unit_code text, doc_id text, issued_on date, doc_number text, doc_type text, signed_digitally boolean)
LANGUAGE sql STABLE AS $$
SELECT coalesce(h.owner_code, d.unit_code), d.doc_id, d.issued_on, d.doc_number, d.doc_type, d.signed_digitally
FROM document d
LEFT JOIN unit_handover h ON h.unit_code = d.unit_code AND h.days @> d.issued_on
WHERE d.issued_on <= as_of
$$;

-- A TTHC dossier passes to the successor when it falls due on or after the dissolution (pending
-- work goes to the new unit); another work item when it was received on or after it.
CREATE OR REPLACE FUNCTION work_item_as_of(as_of date)
RETURNS TABLE (unit_code text, item_id text, kind text, received_on date, due_on date, completed_on date,
               processed_digitally boolean, state_secret boolean)
LANGUAGE sql STABLE AS $$
SELECT coalesce(h.owner_code, w.unit_code), w.item_id, w.kind, w.received_on, w.due_on,
       CASE WHEN w.completed_on <= as_of THEN w.completed_on END, w.processed_digitally, w.state_secret
FROM work_item w
LEFT JOIN unit_handover h ON h.unit_code = w.unit_code
 AND h.days @> CASE WHEN w.kind = 'TTHC' THEN coalesce(w.due_on, w.received_on) ELSE w.received_on END
WHERE w.received_on <= as_of
$$;

-- A task passes to the successor when it falls due on or after the dissolution.
CREATE OR REPLACE FUNCTION task_as_of(as_of date)
RETURNS TABLE (unit_code text, task_id text, source_doc text, assigned_on date, due_on date, completed_on date)
LANGUAGE sql STABLE AS $$
SELECT coalesce(h.owner_code, k.unit_code), k.task_id, k.source_doc, k.assigned_on, k.due_on,
       CASE WHEN k.completed_on <= as_of THEN k.completed_on END
FROM task k
LEFT JOIN unit_handover h ON h.unit_code = k.unit_code AND h.days @> k.due_on
WHERE k.assigned_on <= as_of
$$;

CREATE OR REPLACE FUNCTION report_as_of(as_of date)
RETURNS TABLE (unit_code text, report_period text, submitted_on date)
LANGUAGE sql STABLE AS $$
SELECT coalesce(h.owner_code, r.unit_code), r.report_period, r.submitted_on
FROM report r
LEFT JOIN unit_handover h ON h.unit_code = r.unit_code AND h.days @> r.submitted_on
WHERE r.submitted_on <= as_of
$$;

-- Documents issued and meetings held as they stand on the as-of date, as the events the two
-- reductions and the province's totals count.
CREATE OR REPLACE FUNCTION unit_event_as_of(as_of date)
RETURNS TABLE (kind text, unit_code text, happened_on date)
LANGUAGE sql STABLE AS $$
    SELECT 'document', unit_code, issued_on FROM document_as_of(as_of)
    UNION ALL
    SELECT 'meeting', unit_code, held_on FROM meeting_as_of(as_of)
$$;

-- DOC_REDUCTION and MEETING_REDUCTION (SPEC §4): events of the unit and its predecessors in the
-- YTD (numerator) and in the previous YTD (denominator), for every unit scored in the window.
CREATE OR REPLACE FUNCTION reduction_counts(event_kind text, w indicator_window)
RETURNS TABLE (unit_code text, numerator bigint, denominator bigint)
LANGUAGE sql STABLE AS $$
SELECT u.unit_code, coalesce(c.numerator, 0), coalesce(c.denominator, 0)
FROM scored_unit(w.window_start, w.window_end) u
LEFT JOIN (
    SELECT l.unit_code,
           count(*) FILTER (WHERE e.happened_on >= w.ytd_start) AS numerator,
           count(*) FILTER (WHERE e.happened_on <= w.prev_ytd_end) AS denominator
    FROM unit_lineage l
    JOIN unit_event_as_of(w.as_of) e ON e.unit_code = l.source_code
    WHERE e.kind = event_kind
      AND (e.happened_on BETWEEN w.prev_ytd_start AND w.prev_ytd_end
           OR e.happened_on BETWEEN w.ytd_start AND w.window_end)
    GROUP BY l.unit_code
) c ON c.unit_code = u.unit_code
$$;

-- A unit that delivered nothing (SPEC §4 v3): none of a kind this YTD (with its predecessors) while
-- the previous YTD holds some says the unit's file was not delivered, not that it cut everything —
-- unless the unit's nil returns cover every month of the YTD. The reason, in the clerk's words; null
-- when the unit has records this YTD, had none last year, or declared that it had none.
CREATE OR REPLACE FUNCTION undelivered(of_kind text, kind_words text, for_unit text, this_ytd bigint,
                                       previous_ytd bigint, w indicator_window)
RETURNS text
LANGUAGE sql STABLE AS $$
SELECT CASE WHEN this_ytd = 0 AND previous_ytd > 0
             AND (SELECT count(*) FROM nil_return n
                  WHERE n.unit_code = for_unit AND n.kind = of_kind AND n.month BETWEEN w.ytd_start AND w.window_end)
                 < extract(month FROM w.window_end)
    THEN format('đơn vị chưa có %s nào từ %s đến %s, năm trước có %s: tệp của đơn vị đã được nộp chưa?',
                kind_words, to_char(w.ytd_start, 'DD/MM/YYYY'), to_char(w.window_end, 'DD/MM/YYYY'), previous_ytd)
END
$$;

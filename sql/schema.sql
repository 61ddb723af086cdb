-- Scorecard schema. Idempotent: applied at every start.
-- Records are keyed as SPEC §2 says: (unit_code, id); reports by (unit_code, report_period).
-- Record tables carry no foreign key to unit: the loader checks unit codes while parsing,
-- and a key check per row would only slow national-scale loads.

CREATE TABLE IF NOT EXISTS unit (
    unit_code         text PRIMARY KEY,
    unit_name         text NOT NULL,
    unit_type         text NOT NULL CHECK (unit_type IN ('SO', 'XA')),
    parent_code       text,
    predecessor_codes text[],
    established_on    date,
    dissolved_on      date
);

CREATE TABLE IF NOT EXISTS meeting (
    unit_code                 text    NOT NULL,
    meeting_id                text    NOT NULL,
    held_on                   date    NOT NULL,
    title                     text,
    category                  text    NOT NULL,
    format                    text    NOT NULL,
    duration_days             numeric NOT NULL,
    opening_speech_min        integer,
    closing_remarks_min       integer,
    max_presentation_min      integer,
    summons_commune_officials boolean NOT NULL,
    state_secret              boolean NOT NULL,
    scale                     text,
    PRIMARY KEY (unit_code, meeting_id)
);
CREATE INDEX IF NOT EXISTS meeting_held_on ON meeting (held_on, unit_code);

CREATE TABLE IF NOT EXISTS document (
    unit_code        text NOT NULL,
    doc_id           text NOT NULL,
    issued_on        date NOT NULL,
    doc_number       text,
    doc_type         text,
    signed_digitally boolean,
    PRIMARY KEY (unit_code, doc_id)
);
CREATE INDEX IF NOT EXISTS document_issued_on ON document (issued_on, unit_code);

CREATE TABLE IF NOT EXISTS work_item (
    unit_code           text    NOT NULL,
    item_id             text    NOT NULL,
    kind                text    NOT NULL,
    received_on         date    NOT NULL,
    due_on              date,
    completed_on        date,
    processed_digitally boolean NOT NULL,
    state_secret        boolean NOT NULL,
    PRIMARY KEY (unit_code, item_id)
);
CREATE INDEX IF NOT EXISTS work_item_received_on ON work_item (received_on, unit_code);

CREATE TABLE IF NOT EXISTS task (
    unit_code    text NOT NULL,
    task_id      text NOT NULL,
    source_doc   text,
    assigned_on  date NOT NULL,
    due_on       date NOT NULL,
    completed_on date,
    PRIMARY KEY (unit_code, task_id)
);
CREATE INDEX IF NOT EXISTS task_due_on ON task (due_on, unit_code);

CREATE TABLE IF NOT EXISTS report (
    unit_code     text NOT NULL,
    report_period text NOT NULL,
    submitted_on  date NOT NULL,
    PRIMARY KEY (unit_code, report_period)
);

-- Results of runs. A run is a Spring Batch job instance: run_id = job instance id, so a
-- restarted run keeps its id and a rerun of a completed period gets a new one.

CREATE TABLE IF NOT EXISTS run_file (
    run_id    bigint NOT NULL,
    file_name text   NOT NULL,
    sha256    text   NOT NULL,
    read      bigint NOT NULL,
    loaded    bigint NOT NULL,
    rejected  bigint NOT NULL,
    warnings  text,
    PRIMARY KEY (run_id, file_name)
);

CREATE TABLE IF NOT EXISTS run_reject (
    run_id      bigint NOT NULL,
    file_name   text   NOT NULL,
    line        bigint NOT NULL,
    column_name text,
    value       text,
    reason      text   NOT NULL,
    unit_code   text
);
CREATE INDEX IF NOT EXISTS run_reject_run ON run_reject (run_id, file_name, line);

-- The counts of sql/indicators/*.sql. period is the run's period or an earlier period of its
-- course (the previous one gives the scorecard's change column), all computed from what the
-- database holds under the run's rule set.
CREATE TABLE IF NOT EXISTS indicator_count (
    run_id      bigint NOT NULL,
    period      text   NOT NULL,
    unit_code   text   NOT NULL,
    indicator   text   NOT NULL,
    numerator   bigint NOT NULL,
    denominator bigint NOT NULL,
    PRIMARY KEY (run_id, period, unit_code, indicator)
);

-- The counts evaluated under the run's rule set; value and points exact, rounded to 4 decimals as printed.
CREATE TABLE IF NOT EXISTS indicator_result (
    LIKE indicator_count INCLUDING ALL,
    value       numeric,
    target      text    NOT NULL,
    status      text    NOT NULL CHECK (status IN ('MET', 'NOT_MET', 'NA')),
    points      numeric,
    weight      numeric NOT NULL,
    reason      text
);

CREATE TABLE IF NOT EXISTS unit_score (
    run_id         bigint  NOT NULL,
    period         text    NOT NULL,
    unit_code      text    NOT NULL,
    unit_type      text    NOT NULL,
    rule_set       text    NOT NULL,
    score          numeric,
    classification text,
    rank           integer,
    PRIMARY KEY (run_id, period, unit_code)
);

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

-- Added with SPEC v2: rows of empty cells counted apart; a reject's record identifier; warnings.
ALTER TABLE run_file ADD COLUMN IF NOT EXISTS blank bigint NOT NULL DEFAULT 0;
ALTER TABLE run_reject ADD COLUMN IF NOT EXISTS record_id text;

CREATE TABLE IF NOT EXISTS run_warning (
    run_id   bigint  NOT NULL,
    position integer NOT NULL,
    message  text    NOT NULL,
    PRIMARY KEY (run_id, position)
);

-- Added with the intake of files per unit: a run's files in loading order; where a warning comes from.
ALTER TABLE run_file ADD COLUMN IF NOT EXISTS position integer NOT NULL DEFAULT 0;
ALTER TABLE run_warning ADD COLUMN IF NOT EXISTS step text NOT NULL DEFAULT 'COUNT';

-- Added with the course (SPEC v2 §6): the windows a run counted, one row per period (the run's
-- period and the earlier periods of its course), which the count step's queries join to count
-- every period in one statement per indicator; and the run's watch list, in its order.
CREATE TABLE IF NOT EXISTS run_window (
    run_id          bigint NOT NULL,
    period          text   NOT NULL,
    window_start    date   NOT NULL,
    window_end      date   NOT NULL,
    ytd_start       date   NOT NULL,
    prev_ytd_start  date   NOT NULL,
    prev_ytd_end    date   NOT NULL,
    report_period   text,
    report_deadline date,
    PRIMARY KEY (run_id, period)
);

CREATE TABLE IF NOT EXISTS watch_list (
    run_id    bigint  NOT NULL,
    position  integer NOT NULL,
    unit_code text    NOT NULL,
    reason    text    NOT NULL,
    PRIMARY KEY (run_id, position)
);

-- A sort key that compares the numbers inside a text as numbers: 'HS-2' before 'HS-10'.
CREATE OR REPLACE FUNCTION natural_key(value text)
RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT string_agg(CASE WHEN m[1] ~ '^[0-9]' THEN lpad(m[1], 20, '0') ELSE m[1] END, '' ORDER BY n)
    FROM regexp_matches(value, '([0-9]+|[^0-9]+)', 'g') WITH ORDINALITY AS r(m, n)
$$;

-- The dates and limits every indicator formula reads: the windows of SPEC §3 and the rule set's
-- limits. Each formula in sql/indicators/ is a function of it, defined once and selected from by
-- both the counts and the scorecard's annex.
DO $$
BEGIN
    CREATE TYPE indicator_window AS (
        window_start date, window_end date, ytd_start date, prev_ytd_start date, prev_ytd_end date,
        report_period text, report_deadline date,
        max_days_quan_triet numeric, max_days_chuyen_mon numeric, max_days_quan_trong numeric,
        max_opening_min integer, max_closing_min integer, max_presentation_min integer,
        max_commune_wide_conferences integer, as_of date);
EXCEPTION WHEN duplicate_object THEN NULL;
END
$$;

-- Added with SPEC v3, the as-of date as "now": the window knows it (a type from before v3 gains it
-- last, where a new one has it), and so does each run's row of windows.
-- (Each change is made only when missing: ALTER TABLE locks its table even when it changes nothing,
-- and a run of another period may be using the table.)
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'indicator_window'::regclass AND attname = 'as_of') THEN
        ALTER TYPE indicator_window ADD ATTRIBUTE as_of date;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'run_window'::regclass AND attname = 'as_of') THEN
        ALTER TABLE run_window ADD COLUMN as_of date;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'indicator_count'::regclass AND attname = 'not_applicable') THEN
        ALTER TABLE indicator_count ADD COLUMN not_applicable text;
    END IF;
END
$$;

-- A count function may say why an indicator does not apply to a unit (REPORT_ON_TIME: the unit did
-- not exist when the report fell due), into indicator_count.not_applicable; those from before v3
-- had no such column, and give way to the new ones.
DO $$
DECLARE
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY['doc_reduction_counts', 'meeting_reduction_counts', 'report_on_time_counts',
                             'wide_conf_limit_counts'] LOOP
        IF EXISTS (SELECT 1 FROM pg_proc WHERE proname = f AND NOT 'not_applicable' = ANY (proargnames)) THEN
            EXECUTE format('DROP FUNCTION %I(indicator_window)', f);
        END IF;
    END LOOP;
END
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
DROP VIEW IF EXISTS unit_event;
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

-- Added with loads that skip unchanged deliveries: the last load of each record kind that read its
-- files, with what the outcome of reading them depended on (see PreviousLoads); and, per file of a
-- run, the run whose reading of the same bytes its figures and rejects are.
CREATE TABLE IF NOT EXISTS kind_load (
    kind                text   PRIMARY KEY,
    run_id              bigint NOT NULL,
    file_names          text[] NOT NULL,
    sha256s             text[] NOT NULL,
    units               text   NOT NULL,
    loader              text   NOT NULL,
    read_on             date   NOT NULL,
    latest_on_or_before date,
    earliest_after      date
);
ALTER TABLE run_file ADD COLUMN IF NOT EXISTS read_in_run bigint;

-- Added with SPEC v3: whether a file's rows are read the same depends on the day the load ran
-- (events after it are rejected), no longer on the as-of date.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'kind_load' AND column_name = 'as_of') THEN
        ALTER TABLE kind_load RENAME COLUMN as_of TO read_on;
        DELETE FROM kind_load;
    END IF;
END
$$;

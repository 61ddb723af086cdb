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
        max_commune_wide_conferences integer);
EXCEPTION WHEN duplicate_object THEN NULL;
END
$$;

-- Documents issued and meetings held, as the events the two reductions count.
CREATE OR REPLACE VIEW unit_event (kind, unit_code, happened_on) AS
    SELECT 'document', unit_code, issued_on FROM document
    UNION ALL
    SELECT 'meeting', unit_code, held_on FROM meeting;

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
    JOIN unit_event e ON e.unit_code = l.source_code
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
    as_of               date   NOT NULL,
    latest_on_or_before date,
    earliest_after      date
);
ALTER TABLE run_file ADD COLUMN IF NOT EXISTS read_in_run bigint;

-- V1: the schema as the last build before migrations left it (commit 7e62908, whose schema.sql
-- ran at every start). A database that build created is taken as at V1 (Flyway's baseline) and
-- goes on from V2; a new database starts here.
-- Records are keyed as SPEC §2 says: (unit_code, id); reports by (unit_code, report_period).
-- Record tables carry no foreign key to unit: the loader checks unit codes while parsing,
-- and a key check per row would only slow national-scale loads.

-- Spring Batch 6.0's job repository (its schema-postgresql.sql): a run is a job instance.
CREATE TABLE BATCH_JOB_INSTANCE (
	JOB_INSTANCE_ID BIGINT  NOT NULL PRIMARY KEY,
	VERSION BIGINT,
	JOB_NAME VARCHAR(100) NOT NULL,
	JOB_KEY VARCHAR(32) NOT NULL,
	constraint JOB_INST_UN unique (JOB_NAME, JOB_KEY)
) ;

CREATE TABLE BATCH_JOB_EXECUTION (
	JOB_EXECUTION_ID BIGINT  NOT NULL PRIMARY KEY,
	VERSION BIGINT,
	JOB_INSTANCE_ID BIGINT NOT NULL,
	CREATE_TIME TIMESTAMP NOT NULL,
	START_TIME TIMESTAMP DEFAULT NULL,
	END_TIME TIMESTAMP DEFAULT NULL,
	STATUS VARCHAR(10),
	EXIT_CODE VARCHAR(2500),
	EXIT_MESSAGE VARCHAR(2500),
	LAST_UPDATED TIMESTAMP,
	constraint JOB_INST_EXEC_FK foreign key (JOB_INSTANCE_ID)
	references BATCH_JOB_INSTANCE(JOB_INSTANCE_ID)
) ;

CREATE TABLE BATCH_JOB_EXECUTION_PARAMS (
	JOB_EXECUTION_ID BIGINT NOT NULL,
	PARAMETER_NAME VARCHAR(100) NOT NULL,
	PARAMETER_TYPE VARCHAR(100) NOT NULL,
	PARAMETER_VALUE VARCHAR(2500),
	IDENTIFYING CHAR(1) NOT NULL,
	constraint JOB_EXEC_PARAMS_FK foreign key (JOB_EXECUTION_ID)
	references BATCH_JOB_EXECUTION(JOB_EXECUTION_ID)
) ;

CREATE TABLE BATCH_STEP_EXECUTION (
	STEP_EXECUTION_ID BIGINT  NOT NULL PRIMARY KEY,
	VERSION BIGINT NOT NULL,
	STEP_NAME VARCHAR(100) NOT NULL,
	JOB_EXECUTION_ID BIGINT NOT NULL,
	CREATE_TIME TIMESTAMP NOT NULL,
	START_TIME TIMESTAMP DEFAULT NULL,
	END_TIME TIMESTAMP DEFAULT NULL,
	STATUS VARCHAR(10),
	COMMIT_COUNT BIGINT,
	READ_COUNT BIGINT,
	FILTER_COUNT BIGINT,
	WRITE_COUNT BIGINT,
	READ_SKIP_COUNT BIGINT,
	WRITE_SKIP_COUNT BIGINT,
	PROCESS_SKIP_COUNT BIGINT,
	ROLLBACK_COUNT BIGINT,
	EXIT_CODE VARCHAR(2500),
	EXIT_MESSAGE VARCHAR(2500),
	LAST_UPDATED TIMESTAMP,
	constraint JOB_EXEC_STEP_FK foreign key (JOB_EXECUTION_ID)
	references BATCH_JOB_EXECUTION(JOB_EXECUTION_ID)
) ;

CREATE TABLE BATCH_STEP_EXECUTION_CONTEXT (
	STEP_EXECUTION_ID BIGINT NOT NULL PRIMARY KEY,
	SHORT_CONTEXT VARCHAR(2500) NOT NULL,
	SERIALIZED_CONTEXT TEXT,
	constraint STEP_EXEC_CTX_FK foreign key (STEP_EXECUTION_ID)
	references BATCH_STEP_EXECUTION(STEP_EXECUTION_ID)
) ;

CREATE TABLE BATCH_JOB_EXECUTION_CONTEXT (
	JOB_EXECUTION_ID BIGINT NOT NULL PRIMARY KEY,
	SHORT_CONTEXT VARCHAR(2500) NOT NULL,
	SERIALIZED_CONTEXT TEXT,
	constraint JOB_EXEC_CTX_FK foreign key (JOB_EXECUTION_ID)
	references BATCH_JOB_EXECUTION(JOB_EXECUTION_ID)
) ;

CREATE SEQUENCE BATCH_STEP_EXECUTION_SEQ MAXVALUE 9223372036854775807 NO CYCLE;
CREATE SEQUENCE BATCH_JOB_EXECUTION_SEQ MAXVALUE 9223372036854775807 NO CYCLE;
CREATE SEQUENCE BATCH_JOB_INSTANCE_SEQ MAXVALUE 9223372036854775807 NO CYCLE;

CREATE TABLE unit (
    unit_code         text PRIMARY KEY,
    unit_name         text NOT NULL,
    unit_type         text NOT NULL CHECK (unit_type IN ('SO', 'XA')),
    parent_code       text,
    predecessor_codes text[],
    established_on    date,
    dissolved_on      date
);

CREATE TABLE meeting (
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
CREATE INDEX meeting_held_on ON meeting (held_on, unit_code);

CREATE TABLE document (
    unit_code        text NOT NULL,
    doc_id           text NOT NULL,
    issued_on        date NOT NULL,
    doc_number       text,
    doc_type         text,
    signed_digitally boolean,
    PRIMARY KEY (unit_code, doc_id)
);
CREATE INDEX document_issued_on ON document (issued_on, unit_code);

CREATE TABLE work_item (
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
CREATE INDEX work_item_received_on ON work_item (received_on, unit_code);

CREATE TABLE task (
    unit_code    text NOT NULL,
    task_id      text NOT NULL,
    source_doc   text,
    assigned_on  date NOT NULL,
    due_on       date NOT NULL,
    completed_on date,
    PRIMARY KEY (unit_code, task_id)
);
CREATE INDEX task_due_on ON task (due_on, unit_code);

CREATE TABLE report (
    unit_code     text NOT NULL,
    report_period text NOT NULL,
    submitted_on  date NOT NULL,
    PRIMARY KEY (unit_code, report_period)
);

-- Results of runs, under the run's id (the job instance's: a restarted run keeps its id, a rerun
-- of a completed period gets a new one).

-- A run's files in loading order, with their figures; read_in_run: the run whose reading of the
-- same bytes these figures are (an unchanged delivery is not read again).
CREATE TABLE run_file (
    run_id      bigint  NOT NULL,
    file_name   text    NOT NULL,
    sha256      text    NOT NULL,
    read        bigint  NOT NULL,
    loaded      bigint  NOT NULL,
    rejected    bigint  NOT NULL,
    warnings    text,
    blank       bigint  NOT NULL DEFAULT 0,
    position    integer NOT NULL DEFAULT 0,
    read_in_run bigint,
    PRIMARY KEY (run_id, file_name)
);

CREATE TABLE run_reject (
    run_id      bigint NOT NULL,
    file_name   text   NOT NULL,
    line        bigint NOT NULL,
    column_name text,
    value       text,
    reason      text   NOT NULL,
    unit_code   text,
    record_id   text
);
CREATE INDEX run_reject_run ON run_reject (run_id, file_name, line);

CREATE TABLE run_warning (
    run_id   bigint  NOT NULL,
    position integer NOT NULL,
    message  text    NOT NULL,
    step     text    NOT NULL DEFAULT 'COUNT',
    PRIMARY KEY (run_id, position)
);

-- The counts of sql/indicators/*.sql. period is the run's period or an earlier period of its
-- course (the previous one gives the scorecard's change column), all computed from what the
-- database holds under the run's rule set.
CREATE TABLE indicator_count (
    run_id      bigint NOT NULL,
    period      text   NOT NULL,
    unit_code   text   NOT NULL,
    indicator   text   NOT NULL,
    numerator   bigint NOT NULL,
    denominator bigint NOT NULL,
    PRIMARY KEY (run_id, period, unit_code, indicator)
);

-- The counts evaluated under the run's rule set.
CREATE TABLE indicator_result (
    LIKE indicator_count INCLUDING ALL,
    value       numeric,
    target      text    NOT NULL,
    status      text    NOT NULL CHECK (status IN ('MET', 'NOT_MET', 'NA')),
    points      numeric,
    weight      numeric NOT NULL,
    reason      text
);

CREATE TABLE unit_score (
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

-- The windows a run counted, one row per period (the run's period and the earlier periods of its
-- course), which the count step's queries join to count every period in one statement per
-- indicator; and the run's watch list, in its order.
CREATE TABLE run_window (
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

CREATE TABLE watch_list (
    run_id    bigint  NOT NULL,
    position  integer NOT NULL,
    unit_code text    NOT NULL,
    reason    text    NOT NULL,
    PRIMARY KEY (run_id, position)
);

-- The last load of each record kind that read its files, with what the outcome of reading them
-- depended on (see PreviousLoads).
CREATE TABLE kind_load (
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

-- The dates and limits every indicator formula reads: the windows of SPEC §3 and the rule set's
-- limits. Each formula in sql/indicators/ is a function of it.
CREATE TYPE indicator_window AS (
    window_start date, window_end date, ytd_start date, prev_ytd_start date, prev_ytd_end date,
    report_period text, report_deadline date,
    max_days_quan_triet numeric, max_days_chuyen_mon numeric, max_days_quan_trong numeric,
    max_opening_min integer, max_closing_min integer, max_presentation_min integer,
    max_commune_wide_conferences integer);

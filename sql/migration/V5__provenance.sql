-- V5 (SPEC v3 §2 Deliveries): what the database holds is what the units delivered.
-- Every record knows the file (path relative to the input folder, and its sheet when the workbook
-- has several data sheets) that last delivered it, and the run that first delivered it. Records
-- stored before this migration know neither: they are never withdrawn until a file delivers them
-- again (README rule 64).
ALTER TABLE meeting   ADD COLUMN file_name text, ADD COLUMN sheet text, ADD COLUMN first_run bigint;
ALTER TABLE document  ADD COLUMN file_name text, ADD COLUMN sheet text, ADD COLUMN first_run bigint;
ALTER TABLE work_item ADD COLUMN file_name text, ADD COLUMN sheet text, ADD COLUMN first_run bigint;
ALTER TABLE task      ADD COLUMN file_name text, ADD COLUMN sheet text, ADD COLUMN first_run bigint;
ALTER TABLE report    ADD COLUMN file_name text, ADD COLUMN sheet text, ADD COLUMN first_run bigint;

-- Every delivery of a path whose content differed from the path's delivery before it: the run
-- and the SHA-256. A path delivered again with other content replaces what it delivered before;
-- one whose content an earlier delivery had restores that delivery, with a warning.
CREATE TABLE file_delivery (
    file_name text   NOT NULL,
    run_id    bigint NOT NULL,
    sha256    text   NOT NULL,
    PRIMARY KEY (file_name, run_id)
);

-- The records a run withdrew (withdrawn.csv), and how many per file (run.json).
CREATE TABLE run_withdrawn (
    run_id    bigint NOT NULL,
    file_name text   NOT NULL,
    unit_code text   NOT NULL,
    record_id text   NOT NULL,
    first_run bigint
);
CREATE INDEX run_withdrawn_run ON run_withdrawn (run_id);
ALTER TABLE run_file ADD COLUMN withdrawn bigint NOT NULL DEFAULT 0;

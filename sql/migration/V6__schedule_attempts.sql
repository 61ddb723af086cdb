-- V6 (SPEC v3 §7): what the scheduled mode tried, so that a later tick retries a failed or
-- stopped run with its own as-of date, and waits for changed input after a failure the input
-- caused. run_id is the attempt's run, or, for an attempt refused before a run started, the
-- newest run there was then. situation is the input files' digest, the rule set's SHA-256 and
-- the province: a failure caused by the input is retried once any of them changed.
CREATE TABLE schedule_attempt (
    period       text        NOT NULL,
    tick_on      date        NOT NULL,
    as_of        date        NOT NULL,
    run_id       bigint      NOT NULL,
    outcome      text        NOT NULL,
    exit_code    integer     NOT NULL,
    situation    text        NOT NULL,
    attempted_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (period, attempted_at)
);

-- V8: which state of the records each run counted (issue 24, point 4). A load that changes what
-- the record tables hold takes the next generation; each run keeps the generation it loaded. A run
-- resumed after another period's run changed the records would count one state and draw its
-- documents from another, so it is started afresh instead.
CREATE TABLE record_generation (
    single     boolean PRIMARY KEY DEFAULT true CHECK (single),
    generation bigint  NOT NULL,
    units      text
);
INSERT INTO record_generation (generation) VALUES (0);

CREATE TABLE run_generation (
    run_id     bigint PRIMARY KEY,
    generation bigint NOT NULL
);

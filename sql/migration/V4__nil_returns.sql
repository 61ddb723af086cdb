-- V4 (SPEC v3 §2): nil returns. A unit's own header-only file whose name carries a period declares
-- that the unit had no records of that kind in the period's months; the declaration is kept after
-- the folder is cleared. One row per unit, kind and month, with the file and run that declared it.
CREATE TABLE nil_return (
    unit_code text   NOT NULL,
    kind      text   NOT NULL,
    month     date   NOT NULL,
    file_name text   NOT NULL,
    run_id    bigint NOT NULL,
    PRIMARY KEY (unit_code, kind, month)
);

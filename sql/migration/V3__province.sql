-- V3 (SPEC v3 §2): one province per database. The first run records the configured province;
-- a run configured for another is refused unless the operator says the province itself changed.
CREATE TABLE province (
    single      boolean     PRIMARY KEY DEFAULT true CHECK (single),
    code        text        NOT NULL,
    name        text        NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
);

-- V7: the handed-over warnings of the last load that read records (README rule 64's neighbour,
-- SPEC v3 §2 dissolved units), with the unit list they were judged against. A load that reads no
-- record file (every kind unchanged) and finds the same unit list takes them from here instead of
-- scanning every record table again: that scan was most of an unchanged re-delivery.
CREATE TABLE handed_over_state (
    single   boolean PRIMARY KEY DEFAULT true CHECK (single),
    units    text    NOT NULL,
    warnings text[]  NOT NULL
);

-- What a units delivery would change (SPEC §2 v3: probably another province's when it renames more
-- than a fifth of the known units, or when more than half of its codes are unknown to a database
-- that holds at least 10): the units known, the staged units, how many of those are unknown and how
-- many renamed (names are trimmed and NFC as loaded), and up to three examples of each.
SELECT (SELECT count(*) FROM unit)                                                          AS known,
       count(*)                                                                             AS staged,
       count(*) FILTER (WHERE u.unit_code IS NULL)                                          AS unknown,
       count(*) FILTER (WHERE u.unit_name <> s.unit_name)                                   AS renamed,
       (array_agg(s.unit_code || ': ' || u.unit_name || ' → ' || s.unit_name ORDER BY s.unit_code COLLATE "C")
            FILTER (WHERE u.unit_name <> s.unit_name))[1:3]                                 AS renamed_examples,
       (array_agg(s.unit_code || ' ' || s.unit_name ORDER BY s.unit_code COLLATE "C")
            FILTER (WHERE u.unit_code IS NULL))[1:3]                                        AS unknown_examples
FROM stage_unit s
LEFT JOIN unit u ON u.unit_code = s.unit_code

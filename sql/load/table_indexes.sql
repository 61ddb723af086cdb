-- The primary key and indexes of a record table, so that a first load can drop them, insert every
-- row, and build them again once (far cheaper than maintaining them row by row). The primary key
-- comes first: building it is also the load's check that no key repeats.
-- Parameter: the table's name.
SELECT i.indexrelid::regclass::text         AS index_name,
       pg_get_indexdef(i.indexrelid)         AS index_definition,
       quote_ident(k.conname)                AS key_name,
       pg_get_constraintdef(k.oid)           AS key_definition
FROM pg_index i
LEFT JOIN pg_constraint k ON k.conindid = i.indexrelid AND k.contype = 'p'
WHERE i.indrelid = ?::regclass
ORDER BY i.indisprimary DESC, 1

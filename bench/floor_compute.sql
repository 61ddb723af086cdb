-- The compute floor: one hand-written INSERT … SELECT … GROUP BY per indicator family over the
-- tables the job loaded, for September 2026 and August 2026 (the job counts the period and the one
-- before it). No unit filter, no rule set, no NA handling: the least work that touches every row
-- the indicators need.
\timing on
DROP TABLE IF EXISTS floor_count;
CREATE TABLE floor_count (period text, unit_code text, family text, a bigint, b bigint, c bigint, d bigint);
-- work items: DIGITAL_RATE and DOSSIER_ON_TIME
INSERT INTO floor_count
SELECT p.period, w.unit_code, 'work_items',
       count(*) FILTER (WHERE w.received_on BETWEEN p.s AND p.e AND NOT w.state_secret AND w.processed_digitally),
       count(*) FILTER (WHERE w.received_on BETWEEN p.s AND p.e AND NOT w.state_secret),
       count(*) FILTER (WHERE w.kind = 'TTHC' AND w.completed_on BETWEEN p.s AND p.e AND w.completed_on <= w.due_on),
       count(*) FILTER (WHERE w.kind = 'TTHC' AND (w.completed_on BETWEEN p.s AND p.e
                        OR (w.received_on <= p.e AND (w.completed_on IS NULL OR w.completed_on > p.e))))
FROM work_item w CROSS JOIN (VALUES ('2026-09', date '2026-09-01', date '2026-09-30'),
                                    ('2026-08', date '2026-08-01', date '2026-08-31')) p(period, s, e)
GROUP BY p.period, w.unit_code;
-- tasks: TASK_ON_TIME
INSERT INTO floor_count
SELECT p.period, t.unit_code, 'tasks',
       count(*) FILTER (WHERE t.completed_on <= t.due_on), count(*), 0, 0
FROM task t CROSS JOIN (VALUES ('2026-09', date '2026-09-01', date '2026-09-30'),
                               ('2026-08', date '2026-08-01', date '2026-08-31')) p(period, s, e)
WHERE t.due_on BETWEEN p.s AND p.e OR (t.due_on < p.s AND (t.completed_on IS NULL OR t.completed_on >= p.s))
GROUP BY p.period, t.unit_code;
-- documents: DOC_REDUCTION with predecessor baselines
INSERT INTO floor_count
SELECT p.period, l.unit_code, 'documents',
       count(*) FILTER (WHERE d.issued_on BETWEEN date '2026-01-01' AND p.e AND d.unit_code = l.unit_code),
       count(*) FILTER (WHERE d.issued_on BETWEEN date '2025-01-01' AND p.e - interval '1 year'), 0, 0
FROM unit_lineage l JOIN document d ON d.unit_code = l.source_code
CROSS JOIN (VALUES ('2026-09', date '2026-09-30'), ('2026-08', date '2026-08-31')) p(period, e)
GROUP BY p.period, l.unit_code;
-- meetings: ONLINE_SHARE, DURATION_OK, SPEECH_OK, NO_SUMMONS, WIDE_CONF_LIMIT, MEETING_REDUCTION
INSERT INTO floor_count
SELECT p.period, m.unit_code, 'meetings',
       count(*) FILTER (WHERE m.held_on BETWEEN date '2026-01-01' AND p.e AND m.format <> 'TRUC_TIEP'),
       count(*) FILTER (WHERE m.held_on BETWEEN p.s AND p.e AND m.category <> 'KHAC'
                        AND m.duration_days <= CASE m.category WHEN 'QUAN_TRIET' THEN 0.5 WHEN 'CHUYEN_MON' THEN 1 ELSE 1.5 END),
       count(*) FILTER (WHERE m.held_on BETWEEN p.s AND p.e AND coalesce(m.opening_speech_min <= 10, true)
                        AND coalesce(m.closing_remarks_min <= 50, true) AND coalesce(m.max_presentation_min <= 10, true)),
       count(*) FILTER (WHERE m.held_on BETWEEN p.s AND p.e AND m.format = 'TRUC_TIEP' AND m.summons_commune_officials)
FROM meeting m CROSS JOIN (VALUES ('2026-09', date '2026-09-01', date '2026-09-30'),
                                  ('2026-08', date '2026-08-01', date '2026-08-31')) p(period, s, e)
WHERE m.held_on >= date '2025-01-01'
GROUP BY p.period, m.unit_code;
-- reports: REPORT_ON_TIME
INSERT INTO floor_count
SELECT '2026-09', unit_code, 'reports', count(*) FILTER (WHERE submitted_on <= date '2026-09-14'), count(*), 0, 0
FROM report WHERE report_period = '2026-Q3' GROUP BY unit_code;

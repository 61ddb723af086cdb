-- The load floor: plain tables of text columns, no key, no index, in the order of the CSV headers
-- that SampleData writes. COPY into them is the least any loader of these files can do.
DROP TABLE IF EXISTS floor_unit, floor_meeting, floor_document, floor_work_item, floor_task, floor_report;
CREATE TABLE floor_unit (unit_code text, unit_name text, unit_type text, parent_code text,
    predecessor_codes text, established_on text, dissolved_on text);
CREATE TABLE floor_meeting (unit_code text, meeting_id text, held_on text, title text, category text, format text,
    duration_days text, opening_speech_min text, closing_remarks_min text, max_presentation_min text,
    summons_commune_officials text, state_secret text, scale text);
CREATE TABLE floor_document (unit_code text, doc_id text, issued_on text, doc_number text, doc_type text,
    signed_digitally text);
CREATE TABLE floor_work_item (unit_code text, item_id text, kind text, received_on text, due_on text,
    completed_on text, processed_digitally text, state_secret text);
CREATE TABLE floor_task (unit_code text, task_id text, source_doc text, assigned_on text, due_on text, completed_on text);
CREATE TABLE floor_report (unit_code text, report_period text, submitted_on text);

-- The rest of the load floor: the keys and date indexes the job's tables carry (sql/migration/),
-- built once on the \copy'd tables, as a loader that builds them after a bulk insert would.
ALTER TABLE floor_unit ADD PRIMARY KEY (unit_code);
ALTER TABLE floor_meeting ADD PRIMARY KEY (unit_code, meeting_id);
CREATE INDEX ON floor_meeting (held_on, unit_code);
ALTER TABLE floor_document ADD PRIMARY KEY (unit_code, doc_id);
CREATE INDEX ON floor_document (issued_on, unit_code);
ALTER TABLE floor_work_item ADD PRIMARY KEY (unit_code, item_id);
CREATE INDEX ON floor_work_item (received_on, unit_code);
ALTER TABLE floor_task ADD PRIMARY KEY (unit_code, task_id);
CREATE INDEX ON floor_task (due_on, unit_code);
ALTER TABLE floor_report ADD PRIMARY KEY (unit_code, report_period);

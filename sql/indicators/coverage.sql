-- SPEC §4 "no data delivered": whether the province holds any record of each kind in the windows
-- the indicators read, as the records stand on the as-of date. An empty kind says its file was not
-- delivered, not how the units did.
SELECT EXISTS (SELECT 1 FROM document_as_of(:as_of) WHERE issued_on BETWEEN :ytd_start AND :window_end)        AS documents_ytd,
       EXISTS (SELECT 1 FROM meeting_as_of(:as_of) WHERE held_on BETWEEN :ytd_start AND :window_end)           AS meetings_ytd,
       EXISTS (SELECT 1 FROM report_as_of(:as_of) WHERE report_period = CAST(:report_period AS text))           AS reports_judged,
       EXISTS (SELECT 1 FROM meeting_as_of(:as_of) WHERE held_on BETWEEN :window_start AND :window_end)        AS meetings,
       EXISTS (SELECT 1 FROM document_as_of(:as_of) WHERE issued_on BETWEEN :window_start AND :window_end)     AS documents,
       EXISTS (SELECT 1 FROM work_item_as_of(:as_of) WHERE received_on BETWEEN :window_start AND :window_end)  AS work_items,
       EXISTS (SELECT 1 FROM task_as_of(:as_of) WHERE due_on BETWEEN :window_start AND :window_end
                                               OR assigned_on BETWEEN :window_start AND :window_end)       AS tasks

-- DIGITAL_RATE (R1) Tỷ lệ hồ sơ, công việc xử lý trên môi trường số
-- population:  work items with received_on in the window and not state_secret
-- ok:          processed_digitally
SELECT unit_code,
       processed_digitally AS ok,
       0 AS severity,
       received_on AS sort_date,
       item_id AS record_id,
       format('%s (%s), tiếp nhận ngày %s: không xử lý trên môi trường số',
              item_id, kind, to_char(received_on, 'DD/MM/YYYY')) AS item
FROM work_item
WHERE received_on BETWEEN :window_start AND :window_end
  AND NOT state_secret

-- 43_file_cleanup_schedules: the global cleanup schedules the file subgraph runs (pg-boss queue
-- 'file-cleanup' checks every minute which are due). A tenant may get its own row per target,
-- which then replaces the global one for its rows.

INSERT INTO file_mgr.cleanup_schedules (tenant_id, target, cron_expr, retention_days, batch_size) VALUES
  -- Trash older than 30 days: rows and objects.
  (NULL, 'DeletedFiles', '15 * * * *', 30, 1000),
  -- Files past their expires_at.
  (NULL, 'TempFiles', '*/10 * * * *', 0, 1000),
  -- Upload sessions past their expiry (parts deleted); ended sessions forgotten after 7 days.
  (NULL, 'StaleUploads', '*/5 * * * *', 7, 1000),
  -- Stored objects no row knows, a day old or more.
  (NULL, 'OrphanObjects', '40 4 * * *', 1, 1000)
ON CONFLICT ON CONSTRAINT cleanup_schedules_tenant_id_target_key DO NOTHING;

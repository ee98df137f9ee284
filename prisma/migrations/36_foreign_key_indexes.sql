-- 36_foreign_key_indexes: indexes on foreign keys whose parent rows get deleted (a render node, a retried job, a notification template), so that ON DELETE SET NULL does not scan the child tables (found in the data-model review).

CREATE INDEX render_job_logs_node_id_idx ON render.render_job_logs (node_id) WHERE node_id IS NOT NULL;
CREATE INDEX snapshots_node_id_idx ON render.snapshots (node_id) WHERE node_id IS NOT NULL;
CREATE INDEX snapshot_jobs_node_id_idx ON render.snapshot_jobs (node_id) WHERE node_id IS NOT NULL;
CREATE INDEX frame_repair_jobs_node_id_idx ON render.frame_repair_jobs (node_id) WHERE node_id IS NOT NULL;
CREATE INDEX frame_jobs_node_id_all_idx ON render.frame_jobs (node_id) WHERE node_id IS NOT NULL;
CREATE INDEX render_jobs_retry_of_job_id_idx ON render.render_jobs (retry_of_job_id) WHERE retry_of_job_id IS NOT NULL;
CREATE INDEX render_jobs_replica_node_id_idx ON render.render_jobs (replica_node_id) WHERE replica_node_id IS NOT NULL;
CREATE INDEX node_crashes_reassigned_to_node_id_idx ON render.node_crashes (reassigned_to_node_id) WHERE reassigned_to_node_id IS NOT NULL;
CREATE INDEX notifications_template_id_idx ON notification.notifications (template_id) WHERE template_id IS NOT NULL;

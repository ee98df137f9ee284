-- 12_render_jobs: render jobs and their frame chunks, repairs, logs, scene snapshots and finished exports;
-- then the FKs from 11's node tables to jobs, which could not exist before this file.

CREATE TYPE render.job_step AS ENUM (
  'Queued', 'Preparing', 'Replicating', 'Rendering', 'Validating', 'Repairing', 'Encoding', 'Uploading',
  'Completed', 'Failed', 'Cancelled'
);
CREATE TYPE render.quality AS ENUM ('Low', 'Medium', 'High', 'Full', 'Lossless');
CREATE TYPE render.resolution AS ENUM ('HD', 'FullHD', 'TwoK', 'FourK');
CREATE TYPE render.price_type AS ENUM ('Free', 'Preview', 'Cash', 'Plan', 'Snapshot', 'Reseller');
CREATE TYPE render.priority_queue AS ENUM ('Low', 'Normal', 'High');
CREATE TYPE render.log_level AS ENUM ('debug', 'info', 'warn', 'error');
CREATE TYPE render.snapshot_status AS ENUM ('Pending', 'Rendering', 'Cached', 'Failed');
CREATE TYPE render.frame_job_status AS ENUM ('Pending', 'Assigned', 'Rendering', 'Done', 'Failed', 'Reassigned');
CREATE TYPE render.repair_status AS ENUM ('Pending', 'Running', 'Done', 'Failed');
CREATE TYPE render.repair_reason AS ENUM ('Missing', 'Corrupt', 'Crash');
CREATE TYPE render.export_create_type AS ENUM ('Render', 'Preview');
CREATE TYPE render.export_file_type AS ENUM ('Video', 'Image', 'Audio');

-- exports (before render_jobs, which points at them) ----------------------------------------------

CREATE TABLE render.exports (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL,
  saved_project_id uuid NOT NULL,
  -- MinIO object key; clients get a presigned URL from download-url.
  path text NOT NULL,
  image text,
  size_bytes bigint NOT NULL,
  duration_sec numeric(8,3) NOT NULL,
  width integer NOT NULL,
  height integer NOT NULL,
  file_extension text NOT NULL DEFAULT 'mp4',
  file_type render.export_file_type NOT NULL DEFAULT 'Video',
  render_quality render.quality NOT NULL,
  create_type render.export_create_type NOT NULL DEFAULT 'Render',
  -- API name; replaces created_at.
  produce_date timestamptz NOT NULL DEFAULT now(),
  -- produce_date + plan retention; POST /extend moves it.
  auto_delete_date timestamptz NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT exports_pkey PRIMARY KEY (id)
);
COMMENT ON TABLE render.exports IS 'Finished render output stored in object storage until auto_delete_date.';
COMMENT ON COLUMN render.exports.tenant_id IS 'soft -> identity.tenants';
COMMENT ON COLUMN render.exports.user_id IS 'soft -> identity.users';
COMMENT ON COLUMN render.exports.saved_project_id IS 'soft -> studio.saved_projects';

CREATE INDEX exports_tenant_id_user_id_produce_date_idx ON render.exports (tenant_id, user_id, produce_date DESC);
-- Render-side sweeper deletes expired objects and rows.
CREATE INDEX exports_auto_delete_date_idx ON render.exports (auto_delete_date);
CREATE INDEX exports_user_id_idx ON render.exports (user_id);
CREATE INDEX exports_saved_project_id_idx ON render.exports (saved_project_id);

CREATE TRIGGER set_updated_at BEFORE UPDATE ON render.exports
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

-- export_files ------------------------------------------------------------------------------------

CREATE TABLE render.export_files (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  export_id uuid NOT NULL,
  tenant_id uuid NOT NULL,
  thumbnail text,
  path text NOT NULL,
  size_bytes bigint NOT NULL,
  file_type render.export_file_type NOT NULL,
  file_extension text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT export_files_pkey PRIMARY KEY (id),
  -- download-url?format= picks one file per extension.
  CONSTRAINT export_files_export_id_file_extension_key UNIQUE (export_id, file_extension),
  CONSTRAINT export_files_export_id_fkey FOREIGN KEY (export_id)
    REFERENCES render.exports (id) ON DELETE CASCADE
);
COMMENT ON TABLE render.export_files IS 'Additional file of an export (other format, audio, poster).';
COMMENT ON COLUMN render.export_files.tenant_id IS 'soft -> identity.tenants';

CREATE INDEX export_files_tenant_id_idx ON render.export_files (tenant_id);

-- render_jobs -------------------------------------------------------------------------------------

CREATE TABLE render.render_jobs (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL,
  saved_project_id uuid NOT NULL,
  -- Resolved from the saved project at submit, with the .aep md5 pinned for cache affinity.
  project_id uuid NOT NULL,
  aep_file_md5 char(32),
  api_key_id uuid,
  name text NOT NULL,
  step render.job_step NOT NULL DEFAULT 'Queued',
  render_progress smallint NOT NULL DEFAULT 0,
  priority_queue render.priority_queue NOT NULL DEFAULT 'Normal',
  price_type render.price_type NOT NULL,
  paid_price_minor bigint NOT NULL DEFAULT 0,
  discount_code text,
  wallet_transaction_id uuid,
  quality render.quality NOT NULL,
  resolution render.resolution NOT NULL,
  frame_rate smallint NOT NULL DEFAULT 30,
  is_60_fps boolean NOT NULL DEFAULT false,
  duration_sec numeric(8,3) NOT NULL,
  total_frames integer,
  has_voiceover boolean NOT NULL DEFAULT false,
  support_flatrender boolean NOT NULL DEFAULT false,
  tell_me_when_done boolean NOT NULL DEFAULT false,
  preferred_region text,
  image_preview_b64 text,
  failed_message text,
  export_id uuid,
  retry_count integer NOT NULL DEFAULT 0,
  repair_attempts integer NOT NULL DEFAULT 0,
  retry_of_job_id uuid,
  replica_node_id uuid,
  replica_path text,
  replica_md5 char(32),
  cancel_reason text,
  refund_amount_minor bigint,
  cancelled_at timestamptz,
  queued_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  completed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT render_jobs_pkey PRIMARY KEY (id),
  CONSTRAINT render_jobs_export_id_key UNIQUE (export_id),
  CONSTRAINT render_jobs_render_progress_check CHECK (render_progress BETWEEN 0 AND 100),
  CONSTRAINT render_jobs_frame_rate_check CHECK (frame_rate IN (24, 25, 30, 60)),
  CONSTRAINT render_jobs_is_60_fps_check CHECK (NOT is_60_fps OR frame_rate = 60),
  CONSTRAINT render_jobs_export_id_fkey FOREIGN KEY (export_id)
    REFERENCES render.exports (id) ON DELETE SET NULL,
  CONSTRAINT render_jobs_retry_of_job_id_fkey FOREIGN KEY (retry_of_job_id)
    REFERENCES render.render_jobs (id) ON DELETE SET NULL,
  CONSTRAINT render_jobs_replica_node_id_fkey FOREIGN KEY (replica_node_id)
    REFERENCES render.render_nodes (id) ON DELETE SET NULL
);
COMMENT ON TABLE render.render_jobs IS 'One video render of a saved project, from queue to export.';
COMMENT ON COLUMN render.render_jobs.tenant_id IS 'soft -> identity.tenants';
COMMENT ON COLUMN render.render_jobs.user_id IS 'soft -> identity.users';
COMMENT ON COLUMN render.render_jobs.saved_project_id IS 'soft -> studio.saved_projects';
COMMENT ON COLUMN render.render_jobs.project_id IS 'soft -> content.projects';
COMMENT ON COLUMN render.render_jobs.api_key_id IS 'soft -> identity.tenant_api_keys';
COMMENT ON COLUMN render.render_jobs.wallet_transaction_id IS 'soft -> identity.wallet_transactions';

CREATE INDEX render_jobs_tenant_id_user_id_queued_at_idx ON render.render_jobs (tenant_id, user_id, queued_at DESC);
-- Dispatcher: oldest queued job of the highest queue first.
CREATE INDEX render_jobs_queued_idx ON render.render_jobs (priority_queue, queued_at) WHERE step = 'Queued';
CREATE INDEX render_jobs_saved_project_id_idx ON render.render_jobs (saved_project_id);
-- Jobs still in flight (monitoring, node reassignment).
CREATE INDEX render_jobs_active_step_idx ON render.render_jobs (step)
  WHERE step NOT IN ('Completed', 'Failed', 'Cancelled');
CREATE INDEX render_jobs_user_id_idx ON render.render_jobs (user_id);
CREATE INDEX render_jobs_project_id_idx ON render.render_jobs (project_id);
CREATE INDEX render_jobs_api_key_id_idx ON render.render_jobs (api_key_id) WHERE api_key_id IS NOT NULL;
CREATE INDEX render_jobs_wallet_transaction_id_idx ON render.render_jobs (wallet_transaction_id)
  WHERE wallet_transaction_id IS NOT NULL;

CREATE TRIGGER set_updated_at BEFORE UPDATE ON render.render_jobs
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

-- frame_jobs --------------------------------------------------------------------------------------

CREATE TABLE render.frame_jobs (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  render_job_id uuid NOT NULL,
  node_id uuid,
  start_frame integer NOT NULL,
  end_frame integer NOT NULL,
  order_value integer NOT NULL,
  status render.frame_job_status NOT NULL DEFAULT 'Pending',
  frames_rendered integer NOT NULL DEFAULT 0,
  frames_validated integer NOT NULL DEFAULT 0,
  attempt smallint NOT NULL DEFAULT 1,
  last_error text,
  last_frame integer,
  output_bytes bigint NOT NULL DEFAULT 0,
  assigned_at timestamptz,
  started_at timestamptz,
  completed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT frame_jobs_pkey PRIMARY KEY (id),
  CONSTRAINT frame_jobs_render_job_id_order_value_key UNIQUE (render_job_id, order_value),
  CONSTRAINT frame_jobs_frame_range_check CHECK (end_frame >= start_frame),
  CONSTRAINT frame_jobs_render_job_id_fkey FOREIGN KEY (render_job_id)
    REFERENCES render.render_jobs (id) ON DELETE CASCADE,
  CONSTRAINT frame_jobs_node_id_fkey FOREIGN KEY (node_id)
    REFERENCES render.render_nodes (id) ON DELETE SET NULL
);
COMMENT ON TABLE render.frame_jobs IS 'Frame-range chunk of a render job, assigned to one node.';

-- A node's work in progress.
CREATE INDEX frame_jobs_node_active_idx ON render.frame_jobs (node_id) WHERE status IN ('Assigned', 'Rendering');

CREATE TRIGGER set_updated_at BEFORE UPDATE ON render.frame_jobs
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

-- frame_repair_jobs -------------------------------------------------------------------------------

CREATE TABLE render.frame_repair_jobs (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  render_job_id uuid NOT NULL,
  frame_job_id uuid,
  node_id uuid,
  start_frame integer NOT NULL,
  end_frame integer NOT NULL,
  reason render.repair_reason NOT NULL,
  status render.repair_status NOT NULL DEFAULT 'Pending',
  attempt smallint NOT NULL DEFAULT 1,
  last_error text,
  started_at timestamptz,
  completed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT frame_repair_jobs_pkey PRIMARY KEY (id),
  CONSTRAINT frame_repair_jobs_frame_range_check CHECK (end_frame >= start_frame),
  CONSTRAINT frame_repair_jobs_render_job_id_fkey FOREIGN KEY (render_job_id)
    REFERENCES render.render_jobs (id) ON DELETE CASCADE,
  CONSTRAINT frame_repair_jobs_frame_job_id_fkey FOREIGN KEY (frame_job_id)
    REFERENCES render.frame_jobs (id) ON DELETE CASCADE,
  CONSTRAINT frame_repair_jobs_node_id_fkey FOREIGN KEY (node_id)
    REFERENCES render.render_nodes (id) ON DELETE SET NULL
);
COMMENT ON TABLE render.frame_repair_jobs IS 'Re-render of missing or corrupt frames of a render job.';

CREATE INDEX frame_repair_jobs_render_job_id_idx ON render.frame_repair_jobs (render_job_id);
CREATE INDEX frame_repair_jobs_pending_idx ON render.frame_repair_jobs (status, created_at) WHERE status = 'Pending';
-- Keeps the CASCADE from frame_jobs from scanning this table.
CREATE INDEX frame_repair_jobs_frame_job_id_idx ON render.frame_repair_jobs (frame_job_id) WHERE frame_job_id IS NOT NULL;

CREATE TRIGGER set_updated_at BEFORE UPDATE ON render.frame_repair_jobs
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

-- render_job_logs ---------------------------------------------------------------------------------

CREATE TABLE render.render_job_logs (
  id bigint GENERATED ALWAYS AS IDENTITY,
  render_job_id uuid NOT NULL,
  -- API `timestamp`; replaces created_at.
  logged_at timestamptz NOT NULL DEFAULT now(),
  level render.log_level NOT NULL DEFAULT 'info',
  node_id uuid,
  message text NOT NULL,
  meta jsonb NOT NULL DEFAULT '{}',
  CONSTRAINT render_job_logs_pkey PRIMARY KEY (id),
  CONSTRAINT render_job_logs_render_job_id_fkey FOREIGN KEY (render_job_id)
    REFERENCES render.render_jobs (id) ON DELETE CASCADE,
  CONSTRAINT render_job_logs_node_id_fkey FOREIGN KEY (node_id)
    REFERENCES render.render_nodes (id) ON DELETE SET NULL
);
COMMENT ON TABLE render.render_job_logs IS 'Execution log line of a render job.';

CREATE INDEX render_job_logs_render_job_id_logged_at_idx ON render.render_job_logs (render_job_id, logged_at);
CREATE INDEX render_job_logs_render_job_id_level_idx ON render.render_job_logs (render_job_id, level);

-- snapshots ---------------------------------------------------------------------------------------

CREATE TABLE render.snapshots (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL,
  saved_project_id uuid NOT NULL,
  scene_key text NOT NULL,
  frame_number integer NOT NULL,
  -- sha256(aep md5 + scene_key + frame + canonical scene field values): identical requests share one image.
  cache_key text NOT NULL,
  status render.snapshot_status NOT NULL DEFAULT 'Pending',
  image_url text,
  thumbnail_url text,
  width integer,
  height integer,
  duration_ms integer,
  node_id uuid,
  render_job_id uuid,
  error_message text,
  expires_at timestamptz NOT NULL DEFAULT now() + interval '7 days',
  requested_at timestamptz NOT NULL DEFAULT now(),
  completed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT snapshots_pkey PRIMARY KEY (id),
  CONSTRAINT snapshots_tenant_id_cache_key_key UNIQUE (tenant_id, cache_key),
  CONSTRAINT snapshots_frame_number_check CHECK (frame_number >= 0),
  CONSTRAINT snapshots_node_id_fkey FOREIGN KEY (node_id)
    REFERENCES render.render_nodes (id) ON DELETE SET NULL,
  CONSTRAINT snapshots_render_job_id_fkey FOREIGN KEY (render_job_id)
    REFERENCES render.render_jobs (id) ON DELETE SET NULL
);
COMMENT ON TABLE render.snapshots IS 'Single-frame snapshot of a saved project scene, cached by cache_key until expires_at.';
COMMENT ON COLUMN render.snapshots.tenant_id IS 'soft -> identity.tenants';
COMMENT ON COLUMN render.snapshots.user_id IS 'soft -> identity.users';
COMMENT ON COLUMN render.snapshots.saved_project_id IS 'soft -> studio.saved_projects';

CREATE INDEX snapshots_saved_project_id_scene_key_idx ON render.snapshots (saved_project_id, scene_key);
CREATE INDEX snapshots_pending_idx ON render.snapshots (status, requested_at) WHERE status = 'Pending';
CREATE INDEX snapshots_expires_at_idx ON render.snapshots (expires_at);
CREATE INDEX snapshots_user_id_idx ON render.snapshots (user_id);
-- Keeps the SET NULL from render_jobs from scanning this table.
CREATE INDEX snapshots_render_job_id_idx ON render.snapshots (render_job_id) WHERE render_job_id IS NOT NULL;

CREATE TRIGGER set_updated_at BEFORE UPDATE ON render.snapshots
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

-- FKs from 11's node tables to jobs ---------------------------------------------------------------

ALTER TABLE render.render_nodes
  ADD CONSTRAINT render_nodes_current_job_id_fkey FOREIGN KEY (current_job_id)
    REFERENCES render.render_jobs (id) ON DELETE SET NULL;
ALTER TABLE render.node_crashes
  ADD CONSTRAINT node_crashes_render_job_id_fkey FOREIGN KEY (render_job_id)
    REFERENCES render.render_jobs (id) ON DELETE SET NULL,
  ADD CONSTRAINT node_crashes_frame_job_id_fkey FOREIGN KEY (frame_job_id)
    REFERENCES render.frame_jobs (id) ON DELETE SET NULL;
ALTER TABLE render.node_commands
  ADD CONSTRAINT node_commands_render_job_id_fkey FOREIGN KEY (render_job_id)
    REFERENCES render.render_jobs (id) ON DELETE SET NULL;

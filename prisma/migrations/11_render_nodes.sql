-- 11_render_nodes: render farm nodes, their heartbeat history, crashes, .aep cache, agent updates and command queue.
-- FKs from these tables to render_jobs / frame_jobs are added in 12_render_jobs.sql, once those tables exist.

CREATE TYPE render.node_status AS ENUM ('Offline', 'Online', 'Busy', 'Maintenance', 'Updating', 'Error');
CREATE TYPE render.node_kind AS ENUM ('Shared', 'Dedicated', 'Snapshot');
CREATE TYPE render.crash_recovery_action AS ENUM ('ResetAndRestart', 'ReassignWork', 'RestartNode');
CREATE TYPE render.cache_action AS ENUM ('Downloaded', 'Evicted', 'Verified', 'Failed');
CREATE TYPE render.node_command_type AS ENUM ('CancelJob', 'ReleaseJob', 'CloseAE', 'RestartNode', 'ResetAndRestart', 'UpdateSoftware');
CREATE TYPE render.command_status AS ENUM ('Pending', 'Delivered', 'Expired', 'Cancelled');
CREATE TYPE render.rollout_status AS ENUM ('Queued', 'Delivered', 'Installing', 'Succeeded', 'Failed');

-- render_nodes ------------------------------------------------------------------------------------

CREATE TABLE render.render_nodes (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  -- Platform infrastructure defaults to the FlatRender tenant; Dedicated nodes belong to their buyer's tenant.
  tenant_id uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  name text NOT NULL,
  region text NOT NULL,
  node_ip inet NOT NULL,
  worker_port integer NOT NULL,
  status render.node_status NOT NULL DEFAULT 'Offline',
  node_kind render.node_kind NOT NULL DEFAULT 'Shared',
  owner_user_id uuid,
  current_ae_version text NOT NULL,
  available_ae_versions text[] NOT NULL DEFAULT '{}',
  node_agent_version text,
  ram_gb integer,
  cpu_cores integer,
  priority integer NOT NULL DEFAULT 0,
  is_active boolean NOT NULL DEFAULT true,
  accepts_new_jobs boolean NOT NULL DEFAULT true,
  last_heartbeat_at timestamptz,
  current_job_id uuid,
  last_cpu_pct smallint,
  last_ram_available_mb integer,
  ae_running boolean NOT NULL DEFAULT false,
  cache_used_gb integer NOT NULL DEFAULT 0,
  cached_template_count integer NOT NULL DEFAULT 0,
  lifetime_task_count bigint NOT NULL DEFAULT 0,
  lifetime_crash_count integer NOT NULL DEFAULT 0,
  consecutive_failures integer NOT NULL DEFAULT 0,
  last_maintenance_at timestamptz,
  next_maintenance_at timestamptz,
  maintenance_reason text,
  -- Must be recoverable to verify X-Node-Signature, so encrypted rather than hashed.
  hmac_secret_enc bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT render_nodes_pkey PRIMARY KEY (id),
  CONSTRAINT render_nodes_name_key UNIQUE (name),
  CONSTRAINT render_nodes_node_ip_worker_port_key UNIQUE (node_ip, worker_port),
  CONSTRAINT render_nodes_worker_port_check CHECK (worker_port BETWEEN 1 AND 65535)
);
COMMENT ON TABLE render.render_nodes IS 'Render farm node: address, AE versions, scheduling flags and last heartbeat state.';
COMMENT ON COLUMN render.render_nodes.tenant_id IS 'soft -> identity.tenants';
COMMENT ON COLUMN render.render_nodes.owner_user_id IS 'soft -> identity.users';
COMMENT ON COLUMN render.render_nodes.hmac_secret_enc IS 'Node HMAC key for X-Node-Signature, encrypted at rest.';
COMMENT ON COLUMN render.render_nodes.cached_template_count IS 'Denormalized count of cached rows in node_template_cache.';

CREATE INDEX render_nodes_region_status_idx ON render.render_nodes (region, status);
-- Scheduler picks the preferred idle-capable node first.
CREATE INDEX render_nodes_schedulable_priority_idx ON render.render_nodes (priority DESC)
  WHERE is_active AND accepts_new_jobs AND status = 'Online';
CREATE INDEX render_nodes_last_heartbeat_at_idx ON render.render_nodes (last_heartbeat_at);
CREATE INDEX render_nodes_tenant_id_idx ON render.render_nodes (tenant_id);
CREATE INDEX render_nodes_owner_user_id_idx ON render.render_nodes (owner_user_id);

CREATE TRIGGER set_updated_at BEFORE UPDATE ON render.render_nodes
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

-- node_health_logs (partitioned monthly) ----------------------------------------------------------

CREATE TABLE render.node_health_logs (
  node_id uuid NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  status render.node_status NOT NULL,
  cpu_pct smallint NOT NULL,
  ram_available_mb integer NOT NULL,
  ae_running boolean NOT NULL,
  current_job_id uuid,
  current_frame integer,
  cache_used_gb integer NOT NULL,
  CONSTRAINT node_health_logs_pkey PRIMARY KEY (node_id, recorded_at),
  CONSTRAINT node_health_logs_node_id_fkey FOREIGN KEY (node_id)
    REFERENCES render.render_nodes (id) ON DELETE CASCADE
) PARTITION BY RANGE (recorded_at);
COMMENT ON TABLE render.node_health_logs IS 'Heartbeat history of render nodes (every 5 s), partitioned by month of recorded_at.';
COMMENT ON COLUMN render.node_health_logs.current_job_id IS 'no FK -> render.render_jobs (volume; retention by partition drop)';

-- Seed's initial partition (2026-01); prisma/migrate.ts keeps the current and coming months.
SELECT public.ensure_monthly_partitions('render.node_health_logs'::regclass, 0, DATE '2026-01-01');

-- node_crashes ------------------------------------------------------------------------------------

CREATE TABLE render.node_crashes (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  node_id uuid NOT NULL,
  render_job_id uuid,
  frame_job_id uuid,
  crashed_at timestamptz NOT NULL DEFAULT now(),
  last_known_frame integer,
  crash_signal text NOT NULL,
  ae_version text,
  error_log text,
  log_file_url text,
  auto_recovered boolean NOT NULL DEFAULT false,
  recovery_action render.crash_recovery_action,
  reassigned_to_node_id uuid,
  recovered_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT node_crashes_pkey PRIMARY KEY (id),
  CONSTRAINT node_crashes_node_id_fkey FOREIGN KEY (node_id)
    REFERENCES render.render_nodes (id) ON DELETE CASCADE,
  CONSTRAINT node_crashes_reassigned_to_node_id_fkey FOREIGN KEY (reassigned_to_node_id)
    REFERENCES render.render_nodes (id) ON DELETE SET NULL
);
COMMENT ON TABLE render.node_crashes IS 'After Effects crash reported by a node, with the auto-recovery taken.';

CREATE INDEX node_crashes_node_id_crashed_at_idx ON render.node_crashes (node_id, crashed_at DESC);
CREATE INDEX node_crashes_render_job_id_idx ON render.node_crashes (render_job_id);
-- Frame jobs are deleted with their render job; keeps the SET NULL from scanning this table.
CREATE INDEX node_crashes_frame_job_id_idx ON render.node_crashes (frame_job_id) WHERE frame_job_id IS NOT NULL;

-- node_template_cache -----------------------------------------------------------------------------

CREATE TABLE render.node_template_cache (
  node_id uuid NOT NULL,
  aep_file_md5 char(32) NOT NULL,
  project_id uuid,
  file_size_bytes bigint,
  last_action render.cache_action NOT NULL,
  error_message text,
  downloaded_at timestamptz,
  last_verified_at timestamptz,
  last_used_at timestamptz,
  hit_count integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT node_template_cache_pkey PRIMARY KEY (node_id, aep_file_md5),
  CONSTRAINT node_template_cache_node_id_fkey FOREIGN KEY (node_id)
    REFERENCES render.render_nodes (id) ON DELETE CASCADE
);
COMMENT ON TABLE render.node_template_cache IS 'Per-node LRU cache of .aep files by md5; cached while last_action is Downloaded or Verified.';
COMMENT ON COLUMN render.node_template_cache.project_id IS 'soft -> content.projects';

-- Eviction order (least recently used first) among cached files of a node.
CREATE INDEX node_template_cache_lru_idx ON render.node_template_cache (node_id, last_used_at)
  WHERE last_action IN ('Downloaded', 'Verified');
-- Scheduler affinity: which nodes already hold this .aep.
CREATE INDEX node_template_cache_cached_md5_idx ON render.node_template_cache (aep_file_md5)
  WHERE last_action IN ('Downloaded', 'Verified');
CREATE INDEX node_template_cache_project_id_idx ON render.node_template_cache (project_id);

CREATE TRIGGER set_updated_at BEFORE UPDATE ON render.node_template_cache
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

-- node_updates ------------------------------------------------------------------------------------

CREATE TABLE render.node_updates (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  update_number integer NOT NULL,
  update_file_name text NOT NULL,
  file_url text,
  file_md5 char(32),
  description text,
  target_ae_version text,
  in_update_queue boolean NOT NULL DEFAULT false,
  -- API name; replaces created_at.
  create_date timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT node_updates_pkey PRIMARY KEY (id),
  CONSTRAINT node_updates_update_number_key UNIQUE (update_number)
);
COMMENT ON TABLE render.node_updates IS 'Node-agent software release that can be rolled out to nodes.';

-- node_commands -----------------------------------------------------------------------------------

CREATE TABLE render.node_commands (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  node_id uuid NOT NULL,
  command render.node_command_type NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}',
  render_job_id uuid,
  status render.command_status NOT NULL DEFAULT 'Pending',
  issued_by uuid,
  delivered_at timestamptz,
  expires_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT node_commands_pkey PRIMARY KEY (id),
  CONSTRAINT node_commands_node_id_fkey FOREIGN KEY (node_id)
    REFERENCES render.render_nodes (id) ON DELETE CASCADE
);
COMMENT ON TABLE render.node_commands IS 'Command queue for a node, delivered as pending_commands in the heartbeat response.';
COMMENT ON COLUMN render.node_commands.issued_by IS 'soft -> identity.users (NULL = system)';

-- Heartbeat drains a node's pending commands in issue order.
CREATE INDEX node_commands_pending_idx ON render.node_commands (node_id, created_at) WHERE status = 'Pending';
CREATE INDEX node_commands_issued_by_idx ON render.node_commands (issued_by);
-- Keeps the SET NULL from render_jobs (added in 12) from scanning this table.
CREATE INDEX node_commands_render_job_id_idx ON render.node_commands (render_job_id) WHERE render_job_id IS NOT NULL;

-- node_update_rollouts ----------------------------------------------------------------------------

CREATE TABLE render.node_update_rollouts (
  update_id uuid NOT NULL,
  node_id uuid NOT NULL,
  status render.rollout_status NOT NULL DEFAULT 'Queued',
  command_id uuid,
  completed_at timestamptz,
  error_message text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT node_update_rollouts_pkey PRIMARY KEY (update_id, node_id),
  CONSTRAINT node_update_rollouts_update_id_fkey FOREIGN KEY (update_id)
    REFERENCES render.node_updates (id) ON DELETE CASCADE,
  CONSTRAINT node_update_rollouts_node_id_fkey FOREIGN KEY (node_id)
    REFERENCES render.render_nodes (id) ON DELETE CASCADE,
  CONSTRAINT node_update_rollouts_command_id_fkey FOREIGN KEY (command_id)
    REFERENCES render.node_commands (id) ON DELETE SET NULL
);
COMMENT ON TABLE render.node_update_rollouts IS 'Rollout of one node-agent update to one node, via an UpdateSoftware command.';

CREATE INDEX node_update_rollouts_node_id_idx ON render.node_update_rollouts (node_id);

CREATE TRIGGER set_updated_at BEFORE UPDATE ON render.node_update_rollouts
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

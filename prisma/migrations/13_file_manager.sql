-- 13_file_manager: users' folders and files in object storage, storage quotas, multipart uploads and cleanup jobs.

CREATE TYPE file_mgr.file_status AS ENUM ('Uploading', 'Ready', 'Quarantined', 'Deleted');
CREATE TYPE file_mgr.upload_status AS ENUM ('Pending', 'Uploading', 'Completing', 'Completed', 'Aborted', 'Expired');
CREATE TYPE file_mgr.cleanup_target AS ENUM ('DeletedFiles', 'TempFiles', 'StaleUploads', 'OrphanObjects');

-- folders -----------------------------------------------------------------------------------------

CREATE TABLE file_mgr.folders (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL,
  parent_id uuid,
  name text NOT NULL,
  -- Materialized path (/a/b) for subtree queries without recursion.
  path text NOT NULL,
  deleted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT folders_pkey PRIMARY KEY (id),
  CONSTRAINT folders_parent_id_fkey FOREIGN KEY (parent_id)
    REFERENCES file_mgr.folders (id) ON DELETE CASCADE
);
COMMENT ON TABLE file_mgr.folders IS 'User folder tree (parent_id NULL = root level).';
COMMENT ON COLUMN file_mgr.folders.tenant_id IS 'soft -> identity.tenants';
COMMENT ON COLUMN file_mgr.folders.user_id IS 'soft -> identity.users';

-- Sibling names are unique, root level included (NULL parent), trash excluded.
CREATE UNIQUE INDEX folders_user_id_parent_id_name_key ON file_mgr.folders (user_id, parent_id, name)
  NULLS NOT DISTINCT WHERE deleted_at IS NULL;
-- Subtree lookups by path prefix (LIKE '/a/%').
CREATE INDEX folders_user_id_path_idx ON file_mgr.folders (user_id, path text_pattern_ops);
CREATE INDEX folders_tenant_id_idx ON file_mgr.folders (tenant_id);
CREATE INDEX folders_parent_id_idx ON file_mgr.folders (parent_id);

CREATE TRIGGER set_updated_at BEFORE UPDATE ON file_mgr.folders
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

-- files -------------------------------------------------------------------------------------------

CREATE TABLE file_mgr.files (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL,
  folder_id uuid,
  name text NOT NULL,
  mime_type text NOT NULL,
  size_bytes bigint NOT NULL,
  storage_bucket text NOT NULL,
  storage_key text NOT NULL,
  -- SHA-256 hex, set on completion; used for dedup.
  checksum text,
  status file_mgr.file_status NOT NULL DEFAULT 'Uploading',
  width integer,
  height integer,
  duration_ms integer,
  thumbnail_key text,
  expires_at timestamptz,
  deleted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT files_pkey PRIMARY KEY (id),
  CONSTRAINT files_storage_key_key UNIQUE (storage_key),
  CONSTRAINT files_size_bytes_check CHECK (size_bytes >= 0),
  CONSTRAINT files_folder_id_fkey FOREIGN KEY (folder_id)
    REFERENCES file_mgr.folders (id) ON DELETE CASCADE
);
COMMENT ON TABLE file_mgr.files IS 'User file stored in object storage (folder_id NULL = root level).';
COMMENT ON COLUMN file_mgr.files.tenant_id IS 'soft -> identity.tenants';
COMMENT ON COLUMN file_mgr.files.user_id IS 'soft -> identity.users';

CREATE INDEX files_user_id_folder_id_idx ON file_mgr.files (user_id, folder_id) WHERE deleted_at IS NULL;
CREATE INDEX files_user_id_checksum_idx ON file_mgr.files (user_id, checksum);
-- Trash and temp-file sweepers.
CREATE INDEX files_deleted_at_idx ON file_mgr.files (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX files_expires_at_idx ON file_mgr.files (expires_at) WHERE expires_at IS NOT NULL;
CREATE INDEX files_name_trgm_idx ON file_mgr.files USING gin (name gin_trgm_ops);
CREATE INDEX files_tenant_id_idx ON file_mgr.files (tenant_id);
-- Folder deletes cascade here, trash included.
CREATE INDEX files_folder_id_idx ON file_mgr.files (folder_id);

CREATE TRIGGER set_updated_at BEFORE UPDATE ON file_mgr.files
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

-- quotas ------------------------------------------------------------------------------------------

CREATE TABLE file_mgr.quotas (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  user_id uuid,
  plan_id uuid,
  quota_bytes bigint NOT NULL,
  -- Updated in the same transaction as files.
  used_bytes bigint NOT NULL DEFAULT 0,
  file_count integer NOT NULL DEFAULT 0,
  max_file_size_bytes bigint,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT quotas_pkey PRIMARY KEY (id),
  -- One quota per user, and one tenant-wide pool (user_id NULL) per tenant.
  CONSTRAINT quotas_tenant_id_user_id_key UNIQUE NULLS NOT DISTINCT (tenant_id, user_id),
  CONSTRAINT quotas_used_bytes_check CHECK (used_bytes >= 0)
);
COMMENT ON TABLE file_mgr.quotas IS 'Storage quota of a user, or of a tenant-wide pool when user_id is NULL.';
COMMENT ON COLUMN file_mgr.quotas.tenant_id IS 'soft -> identity.tenants';
COMMENT ON COLUMN file_mgr.quotas.user_id IS 'soft -> identity.users';
COMMENT ON COLUMN file_mgr.quotas.plan_id IS 'soft -> identity.plans';

CREATE INDEX quotas_user_id_idx ON file_mgr.quotas (user_id);
CREATE INDEX quotas_plan_id_idx ON file_mgr.quotas (plan_id);

CREATE TRIGGER set_updated_at BEFORE UPDATE ON file_mgr.quotas
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

-- upload_sessions ---------------------------------------------------------------------------------

CREATE TABLE file_mgr.upload_sessions (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL,
  folder_id uuid,
  file_id uuid,
  file_name text NOT NULL,
  mime_type text,
  -- Reserved against the quota at init.
  total_size_bytes bigint NOT NULL,
  part_size_bytes integer NOT NULL,
  parts_total integer NOT NULL,
  parts_completed integer NOT NULL DEFAULT 0,
  parts jsonb NOT NULL DEFAULT '[]',
  storage_key text NOT NULL,
  s3_upload_id text NOT NULL,
  expected_checksum text,
  status file_mgr.upload_status NOT NULL DEFAULT 'Pending',
  expires_at timestamptz NOT NULL DEFAULT now() + interval '24 hours',
  completed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT upload_sessions_pkey PRIMARY KEY (id),
  CONSTRAINT upload_sessions_s3_upload_id_key UNIQUE (s3_upload_id),
  CONSTRAINT upload_sessions_folder_id_fkey FOREIGN KEY (folder_id)
    REFERENCES file_mgr.folders (id) ON DELETE SET NULL,
  CONSTRAINT upload_sessions_file_id_fkey FOREIGN KEY (file_id)
    REFERENCES file_mgr.files (id) ON DELETE SET NULL
);
COMMENT ON TABLE file_mgr.upload_sessions IS 'S3/MinIO multipart upload in progress, with its completed parts.';
COMMENT ON COLUMN file_mgr.upload_sessions.tenant_id IS 'soft -> identity.tenants';
COMMENT ON COLUMN file_mgr.upload_sessions.user_id IS 'soft -> identity.users';

CREATE INDEX upload_sessions_user_id_status_idx ON file_mgr.upload_sessions (user_id, status);
-- Abort sweeper: stale sessions by status and expiry.
CREATE INDEX upload_sessions_status_expires_at_idx ON file_mgr.upload_sessions (status, expires_at);
CREATE INDEX upload_sessions_tenant_id_idx ON file_mgr.upload_sessions (tenant_id);
-- Purged files set file_id NULL here.
CREATE INDEX upload_sessions_file_id_idx ON file_mgr.upload_sessions (file_id);

CREATE TRIGGER set_updated_at BEFORE UPDATE ON file_mgr.upload_sessions
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

-- cleanup_schedules -------------------------------------------------------------------------------

CREATE TABLE file_mgr.cleanup_schedules (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  tenant_id uuid,
  target file_mgr.cleanup_target NOT NULL,
  cron_expr text NOT NULL,
  retention_days integer NOT NULL,
  batch_size integer NOT NULL DEFAULT 1000,
  is_enabled boolean NOT NULL DEFAULT true,
  next_run_at timestamptz,
  last_run_at timestamptz,
  last_run_status text,
  last_error text,
  last_deleted_count integer,
  last_deleted_bytes bigint,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT cleanup_schedules_pkey PRIMARY KEY (id),
  -- One schedule per target globally (tenant_id NULL) and per tenant override.
  CONSTRAINT cleanup_schedules_tenant_id_target_key UNIQUE NULLS NOT DISTINCT (tenant_id, target)
);
COMMENT ON TABLE file_mgr.cleanup_schedules IS 'Scheduled cleanup job (trash, temp files, stale uploads, orphan objects).';
COMMENT ON COLUMN file_mgr.cleanup_schedules.tenant_id IS 'soft -> identity.tenants (NULL = global)';

CREATE INDEX cleanup_schedules_next_run_at_idx ON file_mgr.cleanup_schedules (next_run_at) WHERE is_enabled;

CREATE TRIGGER set_updated_at BEFORE UPDATE ON file_mgr.cleanup_schedules
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

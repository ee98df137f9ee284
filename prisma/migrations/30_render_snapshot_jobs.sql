-- 30_render_snapshot_jobs: admin per-scene preview renders, claimed by nodes; the result is served as Scene.snapshot.
-- The result stays here (image_url) instead of being written into content.scenes: no cross-schema writes.

CREATE TYPE render.snapshot_job_status AS ENUM ('queued', 'running', 'done', 'error');

CREATE TABLE render.snapshot_jobs (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  project_id uuid NOT NULL,
  scene_id uuid NOT NULL,
  scene_key text NOT NULL,
  status render.snapshot_job_status NOT NULL DEFAULT 'queued',
  -- Permanent URL (not a time-limited presign).
  image_url text,
  error text,
  node_id uuid,
  attempts smallint NOT NULL DEFAULT 0,
  requested_by uuid,
  claimed_at timestamptz,
  completed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT snapshot_jobs_pkey PRIMARY KEY (id),
  CONSTRAINT snapshot_jobs_node_id_fkey FOREIGN KEY (node_id)
    REFERENCES render.render_nodes (id) ON DELETE SET NULL
);
COMMENT ON TABLE render.snapshot_jobs IS 'Admin-requested single-frame preview render of one content scene.';
COMMENT ON COLUMN render.snapshot_jobs.project_id IS 'soft -> content.projects';
COMMENT ON COLUMN render.snapshot_jobs.scene_id IS 'soft -> content.scenes';
COMMENT ON COLUMN render.snapshot_jobs.requested_by IS 'soft -> identity.users';

-- At most one job in flight per scene: re-enqueueing while one runs is a no-op.
CREATE UNIQUE INDEX snapshot_jobs_scene_id_active_key ON render.snapshot_jobs (scene_id)
  WHERE status IN ('queued', 'running');
-- Nodes claim the oldest queued job with FOR UPDATE SKIP LOCKED.
CREATE INDEX snapshot_jobs_queued_idx ON render.snapshot_jobs (status, created_at) WHERE status = 'queued';
CREATE INDEX snapshot_jobs_project_id_created_at_idx ON render.snapshot_jobs (project_id, created_at DESC);
-- Scene.snapshot resolves the latest job of a scene.
CREATE INDEX snapshot_jobs_scene_id_created_at_idx ON render.snapshot_jobs (scene_id, created_at DESC);
CREATE INDEX snapshot_jobs_requested_by_idx ON render.snapshot_jobs (requested_by);

CREATE TRIGGER set_updated_at BEFORE UPDATE ON render.snapshot_jobs
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

-- 32_render_orchestration: what the orchestrator needs beyond the seed's tables: an assignment command for heartbeats, the job's frozen render configuration (retries reuse it), and one row per reported frame so that progress is counted once however often a node repeats itself.

ALTER TYPE render.node_command_type ADD VALUE IF NOT EXISTS 'RenderFrames';

ALTER TABLE render.render_jobs ADD COLUMN render_config jsonb NOT NULL DEFAULT '{}';
COMMENT ON COLUMN render.render_jobs.render_config IS 'frozen at submit: AE file, composition, field values, scenes and audio the nodes render; a retry copies it';

CREATE TABLE render.frame_reports (
  frame_job_id uuid NOT NULL,
  frame_number integer NOT NULL,
  file_size_bytes bigint NOT NULL DEFAULT 0,
  reported_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT frame_reports_pkey PRIMARY KEY (frame_job_id, frame_number),
  CONSTRAINT frame_reports_frame_job_id_fkey FOREIGN KEY (frame_job_id) REFERENCES render.frame_jobs (id) ON DELETE CASCADE,
  CONSTRAINT frame_reports_file_size_bytes_check CHECK (file_size_bytes >= 0)
);
COMMENT ON TABLE render.frame_reports IS 'one row per frame a node reported rendered (POST .../frames); duplicates are ignored';

-- 34_render_snapshot_job_config: what a node needs to render a scene's preview still (AE file, composition, frame), frozen when the job is queued so that claiming it needs no other owner.

ALTER TABLE render.snapshot_jobs ADD COLUMN render_config jsonb NOT NULL DEFAULT '{}';
COMMENT ON COLUMN render.snapshot_jobs.render_config IS 'frozen at generate time: aep_file_url, aep_file_md5, comp_name, frame_number';

-- 35_render_snapshot_config: what a node needs to render a user's single-frame snapshot (AE file, scene, field values), frozen when it is requested.

ALTER TABLE render.snapshots ADD COLUMN render_config jsonb NOT NULL DEFAULT '{}';
COMMENT ON COLUMN render.snapshots.render_config IS 'frozen at request time: project, scene, AE file and the field values the cache key was computed from';

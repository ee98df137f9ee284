-- 07_content_scenes: the ordered scenes of a project and the editable fields (AE layers) of each scene.

CREATE TYPE content.field_type AS ENUM ('Text', 'Image', 'Video', 'Color', 'Character');

CREATE TABLE content.scenes (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  project_id uuid NOT NULL,
  scene_key text NOT NULL,
  name text NOT NULL,
  order_value integer NOT NULL DEFAULT 0,
  duration_sec numeric(8, 3) NOT NULL,
  comp_name text,
  image_url text,
  snapshot_url text,
  is_required boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT scenes_pkey PRIMARY KEY (id),
  CONSTRAINT scenes_project_id_scene_key_key UNIQUE (project_id, scene_key),
  CONSTRAINT scenes_project_id_fkey FOREIGN KEY (project_id)
    REFERENCES content.projects (id) ON DELETE CASCADE
);
CREATE TRIGGER set_updated_at BEFORE UPDATE ON content.scenes
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE INDEX scenes_project_id_order_value_idx ON content.scenes (project_id, order_value);
COMMENT ON TABLE content.scenes IS 'Ordered scenes of a project.';
COMMENT ON COLUMN content.scenes.scene_key IS 'Stable key used by studio saved projects and render snapshots.';
COMMENT ON COLUMN content.scenes.comp_name IS 'After Effects composition of the scene.';
COMMENT ON COLUMN content.scenes.image_url IS 'Designer-provided still, shown when no snapshot exists.';
COMMENT ON COLUMN content.scenes.snapshot_url IS 'Kept for compatibility; the live value is Scene.snapshot, resolved by render from render.snapshot_jobs.';
COMMENT ON COLUMN content.scenes.is_required IS 'Cannot be deselected in the studio.';

CREATE TABLE content.scene_fields (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  scene_id uuid NOT NULL,
  field_key text NOT NULL,
  layer_name text NOT NULL,
  field_type content.field_type NOT NULL,
  label text NOT NULL,
  default_value jsonb,
  constraints jsonb NOT NULL DEFAULT '{}',
  order_value integer NOT NULL DEFAULT 0,
  is_required boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT scene_fields_pkey PRIMARY KEY (id),
  CONSTRAINT scene_fields_scene_id_field_key_key UNIQUE (scene_id, field_key),
  CONSTRAINT scene_fields_scene_id_fkey FOREIGN KEY (scene_id)
    REFERENCES content.scenes (id) ON DELETE CASCADE
);
CREATE TRIGGER set_updated_at BEFORE UPDATE ON content.scene_fields
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
COMMENT ON TABLE content.scene_fields IS 'Editable field of a scene: the AE layer the render JSX replaces with the user''s value.';
COMMENT ON COLUMN content.scene_fields.field_key IS 'Key of the value in studio field_values.';
COMMENT ON COLUMN content.scene_fields.layer_name IS 'After Effects layer the JSX replaces.';
COMMENT ON COLUMN content.scene_fields.constraints IS 'max_length, mime, aspect, palette, ...';

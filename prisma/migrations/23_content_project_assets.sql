-- 23_content_project_assets: named footage/image/audio/font files a project's AE file references.

CREATE TYPE content.asset_type AS ENUM ('Footage', 'Image', 'Audio', 'Font');

CREATE TABLE content.project_assets (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  project_id uuid NOT NULL,
  name text NOT NULL,
  asset_type content.asset_type NOT NULL,
  file_name text NOT NULL,
  storage_key text NOT NULL,
  url text NOT NULL,
  mime_type text,
  size_bytes bigint NOT NULL,
  md5 char(32),
  uploaded_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT project_assets_pkey PRIMARY KEY (id),
  -- The AE project references assets by name, so names are unique per project.
  CONSTRAINT project_assets_project_id_name_key UNIQUE (project_id, name),
  CONSTRAINT project_assets_project_id_fkey FOREIGN KEY (project_id)
    REFERENCES content.projects (id) ON DELETE CASCADE
);
CREATE INDEX project_assets_uploaded_by_idx ON content.project_assets (uploaded_by);
COMMENT ON TABLE content.project_assets IS 'Named footage, image, audio or font file a project''s AE file references.';
COMMENT ON COLUMN content.project_assets.name IS 'Name the AE project references.';
COMMENT ON COLUMN content.project_assets.file_name IS 'Original upload name.';
COMMENT ON COLUMN content.project_assets.md5 IS 'Node-side verification after download.';
COMMENT ON COLUMN content.project_assets.uploaded_by IS 'soft -> identity.users';

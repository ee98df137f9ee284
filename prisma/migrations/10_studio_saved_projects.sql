-- 10_studio_saved_projects: audio library and users' saved (customized) projects with chosen scenes and sound effects.

CREATE TYPE studio.audio_kind AS ENUM ('Music', 'Sfx', 'Voiceover');
CREATE TYPE studio.audio_source AS ENUM ('Library', 'Upload', 'Recording');

-- audio_tracks ------------------------------------------------------------------------------------

CREATE TABLE studio.audio_tracks (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  -- Library tracks are platform catalog rows, owned by the FlatRender tenant.
  tenant_id uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  user_id uuid,
  kind studio.audio_kind NOT NULL,
  source studio.audio_source NOT NULL DEFAULT 'Library',
  title text NOT NULL,
  artist text,
  mood text,
  tags text[] NOT NULL DEFAULT '{}',
  duration_ms integer NOT NULL,
  url text NOT NULL,
  storage_key text,
  file_id uuid,
  waveform jsonb,
  is_premium boolean NOT NULL DEFAULT false,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT audio_tracks_pkey PRIMARY KEY (id)
);
CREATE TRIGGER set_updated_at BEFORE UPDATE ON studio.audio_tracks
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
COMMENT ON TABLE studio.audio_tracks IS 'Audio library (music, sfx; user_id NULL) and users'' own voiceovers, uploads and recordings.';
COMMENT ON COLUMN studio.audio_tracks.tenant_id IS 'soft -> identity.tenants';
COMMENT ON COLUMN studio.audio_tracks.user_id IS 'soft -> identity.users (NULL = shared library track)';
COMMENT ON COLUMN studio.audio_tracks.file_id IS 'soft -> file_mgr.files (user uploads and recordings)';
COMMENT ON COLUMN studio.audio_tracks.waveform IS 'Peaks drawn on the studio timeline.';

-- Library browse by kind.
CREATE INDEX audio_tracks_library_kind_idx ON studio.audio_tracks (kind, is_active) WHERE user_id IS NULL;
CREATE INDEX audio_tracks_user_id_kind_idx ON studio.audio_tracks (user_id, kind);
CREATE INDEX audio_tracks_tenant_id_idx ON studio.audio_tracks (tenant_id);
CREATE INDEX audio_tracks_file_id_idx ON studio.audio_tracks (file_id);
-- Music/sfx library search.
CREATE INDEX audio_tracks_title_trgm_idx ON studio.audio_tracks USING gin (title gin_trgm_ops);

-- saved_projects ----------------------------------------------------------------------------------

CREATE TABLE studio.saved_projects (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL,
  project_id uuid NOT NULL,
  template_id uuid NOT NULL,
  name text NOT NULL,
  field_values jsonb NOT NULL DEFAULT '{}',
  preset_id uuid,
  music_track_id uuid,
  music_start_ms integer NOT NULL DEFAULT 0,
  music_volume smallint NOT NULL DEFAULT 100,
  sfx_volume smallint NOT NULL DEFAULT 100,
  voiceover_track_id uuid,
  voiceover_start_ms integer NOT NULL DEFAULT 0,
  voiceover_volume smallint NOT NULL DEFAULT 100,
  duration_sec numeric(8, 3),
  thumbnail_url text,
  deleted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT saved_projects_pkey PRIMARY KEY (id),
  -- Volumes are percentages.
  CONSTRAINT saved_projects_music_volume_check CHECK (music_volume BETWEEN 0 AND 100),
  CONSTRAINT saved_projects_sfx_volume_check CHECK (sfx_volume BETWEEN 0 AND 100),
  CONSTRAINT saved_projects_voiceover_volume_check CHECK (voiceover_volume BETWEEN 0 AND 100),
  -- A deleted track leaves the saved project without music/voiceover rather than deleting it.
  CONSTRAINT saved_projects_music_track_id_fkey FOREIGN KEY (music_track_id)
    REFERENCES studio.audio_tracks (id) ON DELETE SET NULL,
  CONSTRAINT saved_projects_voiceover_track_id_fkey FOREIGN KEY (voiceover_track_id)
    REFERENCES studio.audio_tracks (id) ON DELETE SET NULL
);
CREATE TRIGGER set_updated_at BEFORE UPDATE ON studio.saved_projects
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
COMMENT ON TABLE studio.saved_projects IS 'A user''s customized copy of a content project (field values, audio, volumes).';
COMMENT ON COLUMN studio.saved_projects.tenant_id IS 'soft -> identity.tenants';
COMMENT ON COLUMN studio.saved_projects.user_id IS 'soft -> identity.users';
COMMENT ON COLUMN studio.saved_projects.project_id IS 'soft -> content.projects (the variant being customized)';
COMMENT ON COLUMN studio.saved_projects.template_id IS 'soft -> content.templates (denormalized from the project)';
COMMENT ON COLUMN studio.saved_projects.preset_id IS 'soft -> content.presets';
COMMENT ON COLUMN studio.saved_projects.field_values IS 'Project-wide values (colors, logo, ...) by field_key.';
COMMENT ON COLUMN studio.saved_projects.music_start_ms IS 'Offset into the music track.';
COMMENT ON COLUMN studio.saved_projects.sfx_volume IS 'Applies to every saved_project_sfx row.';
COMMENT ON COLUMN studio.saved_projects.voiceover_track_id IS 'Set => render_jobs.has_voiceover.';
COMMENT ON COLUMN studio.saved_projects.duration_sec IS 'Sum of the chosen scenes.';

-- "My projects", most recently changed first.
CREATE INDEX saved_projects_tenant_id_user_id_updated_at_idx ON studio.saved_projects (tenant_id, user_id, updated_at DESC)
  WHERE deleted_at IS NULL;
CREATE INDEX saved_projects_project_id_idx ON studio.saved_projects (project_id);
-- Soft references, including soft-deleted rows (account/tenant purges, content deletes).
CREATE INDEX saved_projects_tenant_id_idx ON studio.saved_projects (tenant_id);
CREATE INDEX saved_projects_user_id_idx ON studio.saved_projects (user_id);
CREATE INDEX saved_projects_template_id_idx ON studio.saved_projects (template_id);
CREATE INDEX saved_projects_preset_id_idx ON studio.saved_projects (preset_id);
-- Track deletes set these to NULL.
CREATE INDEX saved_projects_music_track_id_idx ON studio.saved_projects (music_track_id);
CREATE INDEX saved_projects_voiceover_track_id_idx ON studio.saved_projects (voiceover_track_id);
CREATE INDEX saved_projects_name_trgm_idx ON studio.saved_projects USING gin (name gin_trgm_ops);

-- saved_project_scenes ----------------------------------------------------------------------------

CREATE TABLE studio.saved_project_scenes (
  tenant_id uuid NOT NULL,
  saved_project_id uuid NOT NULL,
  scene_key text NOT NULL,
  scene_id uuid,
  order_value integer NOT NULL,
  field_values jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT saved_project_scenes_pkey PRIMARY KEY (saved_project_id, scene_key),
  CONSTRAINT saved_project_scenes_saved_project_id_fkey FOREIGN KEY (saved_project_id)
    REFERENCES studio.saved_projects (id) ON DELETE CASCADE
);
CREATE TRIGGER set_updated_at BEFORE UPDATE ON studio.saved_project_scenes
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE INDEX saved_project_scenes_saved_project_id_order_value_idx ON studio.saved_project_scenes (saved_project_id, order_value);
CREATE INDEX saved_project_scenes_tenant_id_idx ON studio.saved_project_scenes (tenant_id);
CREATE INDEX saved_project_scenes_scene_id_idx ON studio.saved_project_scenes (scene_id);
COMMENT ON TABLE studio.saved_project_scenes IS 'Scenes chosen for a saved project, their order and per-scene field values.';
COMMENT ON COLUMN studio.saved_project_scenes.tenant_id IS 'soft -> identity.tenants';
COMMENT ON COLUMN studio.saved_project_scenes.scene_key IS '= content.scenes.scene_key';
COMMENT ON COLUMN studio.saved_project_scenes.scene_id IS 'soft -> content.scenes';
COMMENT ON COLUMN studio.saved_project_scenes.field_values IS 'field_key -> text / image URL / color / character.';

-- saved_project_sfx -------------------------------------------------------------------------------

CREATE TABLE studio.saved_project_sfx (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  saved_project_id uuid NOT NULL,
  audio_track_id uuid NOT NULL,
  scene_key text,
  start_ms integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT saved_project_sfx_pkey PRIMARY KEY (id),
  CONSTRAINT saved_project_sfx_saved_project_id_fkey FOREIGN KEY (saved_project_id)
    REFERENCES studio.saved_projects (id) ON DELETE CASCADE,
  CONSTRAINT saved_project_sfx_audio_track_id_fkey FOREIGN KEY (audio_track_id)
    REFERENCES studio.audio_tracks (id) ON DELETE CASCADE
);
CREATE INDEX saved_project_sfx_saved_project_id_idx ON studio.saved_project_sfx (saved_project_id);
CREATE INDEX saved_project_sfx_audio_track_id_idx ON studio.saved_project_sfx (audio_track_id);
CREATE INDEX saved_project_sfx_tenant_id_idx ON studio.saved_project_sfx (tenant_id);
COMMENT ON TABLE studio.saved_project_sfx IS 'Sound effect placed on a saved project''s timeline.';
COMMENT ON COLUMN studio.saved_project_sfx.tenant_id IS 'soft -> identity.tenants';
COMMENT ON COLUMN studio.saved_project_sfx.scene_key IS 'Scene the start is relative to; NULL = absolute timeline.';

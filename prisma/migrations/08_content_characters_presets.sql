-- 08_content_characters_presets: reusable character library, characters per project, and named value presets.

CREATE TYPE content.preset_type AS ENUM ('Color', 'Text', 'Character', 'Style');

CREATE TABLE content.characters (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL,
  slug text NOT NULL,
  description text,
  thumbnail_url text,
  attributes jsonb NOT NULL DEFAULT '{}',
  order_value integer NOT NULL DEFAULT 0,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT characters_pkey PRIMARY KEY (id),
  CONSTRAINT characters_slug_key UNIQUE (slug)
);
CREATE TRIGGER set_updated_at BEFORE UPDATE ON content.characters
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
COMMENT ON TABLE content.characters IS 'Reusable character library; platform catalog.';
COMMENT ON COLUMN content.characters.attributes IS 'Gender, style, recolorable parts, ...';

CREATE TABLE content.project_characters (
  project_id uuid NOT NULL,
  character_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT project_characters_pkey PRIMARY KEY (project_id, character_id),
  CONSTRAINT project_characters_project_id_fkey FOREIGN KEY (project_id)
    REFERENCES content.projects (id) ON DELETE CASCADE,
  CONSTRAINT project_characters_character_id_fkey FOREIGN KEY (character_id)
    REFERENCES content.characters (id) ON DELETE CASCADE
);
CREATE INDEX project_characters_character_id_idx ON content.project_characters (character_id);
COMMENT ON TABLE content.project_characters IS 'Characters usable in a project.';

CREATE TABLE content.presets (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  project_id uuid,
  character_id uuid,
  name text NOT NULL,
  preset_type content.preset_type NOT NULL,
  "values" jsonb NOT NULL,
  thumbnail_url text,
  order_value integer NOT NULL DEFAULT 0,
  is_default boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT presets_pkey PRIMARY KEY (id),
  -- A preset belongs to a project, a character, or both.
  CONSTRAINT presets_owner_check CHECK (num_nonnulls(project_id, character_id) >= 1),
  CONSTRAINT presets_project_id_fkey FOREIGN KEY (project_id)
    REFERENCES content.projects (id) ON DELETE CASCADE,
  CONSTRAINT presets_character_id_fkey FOREIGN KEY (character_id)
    REFERENCES content.characters (id) ON DELETE CASCADE
);
CREATE TRIGGER set_updated_at BEFORE UPDATE ON content.presets
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
-- At most one default preset per project (applied when a saved project starts without one).
CREATE UNIQUE INDEX presets_project_id_default_key ON content.presets (project_id) WHERE is_default;
CREATE INDEX presets_project_id_idx ON content.presets (project_id);
CREATE INDEX presets_character_id_idx ON content.presets (character_id);
COMMENT ON TABLE content.presets IS 'Named value set for a project (field values) or a character (part choices).';
COMMENT ON COLUMN content.presets."values" IS 'field_key -> value, or character part -> choice.';

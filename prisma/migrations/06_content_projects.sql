-- 06_content_projects: templates (containers), their renderable project variants, tags and traced SVG previews.

CREATE TYPE content.ae_status AS ENUM ('Missing', 'Uploaded', 'Ready', 'Error');
CREATE TYPE content.publish_status AS ENUM ('Draft', 'Published', 'Unpublished');
CREATE TYPE content.svg_preview_status AS ENUM ('Pending', 'Traced', 'Failed');

-- templates ---------------------------------------------------------------------------------------

CREATE TABLE content.templates (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  -- Platform catalog rows belong to the FlatRender tenant; resellers may own private catalogs.
  tenant_id uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  category_id uuid,
  name text NOT NULL,
  slug text NOT NULL,
  description text,
  thumbnail_url text,
  preview_video_url text,
  publish_status content.publish_status NOT NULL DEFAULT 'Draft',
  is_featured boolean NOT NULL DEFAULT false,
  price_minor bigint NOT NULL DEFAULT 0,
  render_count integer NOT NULL DEFAULT 0,
  created_by uuid,
  published_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT templates_pkey PRIMARY KEY (id),
  CONSTRAINT templates_tenant_id_slug_key UNIQUE (tenant_id, slug),
  CONSTRAINT templates_category_id_fkey FOREIGN KEY (category_id)
    REFERENCES content.categories (id) ON DELETE SET NULL
);
CREATE TRIGGER set_updated_at BEFORE UPDATE ON content.templates
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
COMMENT ON TABLE content.templates IS 'Template container grouping the renderable project variants (aspect ratio / resolution).';
COMMENT ON COLUMN content.templates.tenant_id IS 'soft -> identity.tenants (catalog owner)';
COMMENT ON COLUMN content.templates.created_by IS 'soft -> identity.users';
COMMENT ON COLUMN content.templates.price_minor IS 'Base render price in minor units; quality/resolution multipliers live in render.';
COMMENT ON COLUMN content.templates.render_count IS 'Denormalized popularity counter.';

CREATE INDEX templates_category_id_idx ON content.templates (category_id);
CREATE INDEX templates_publish_status_is_featured_idx ON content.templates (publish_status, is_featured);
CREATE INDEX templates_created_by_idx ON content.templates (created_by);
-- Admin project search and public browse match name or slug with ILIKE '%q%'.
CREATE INDEX templates_name_trgm_idx ON content.templates USING gin (name gin_trgm_ops);
CREATE INDEX templates_slug_trgm_idx ON content.templates USING gin (slug gin_trgm_ops);

CREATE TABLE content.template_tags (
  template_id uuid NOT NULL,
  tag_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT template_tags_pkey PRIMARY KEY (template_id, tag_id),
  CONSTRAINT template_tags_template_id_fkey FOREIGN KEY (template_id)
    REFERENCES content.templates (id) ON DELETE CASCADE,
  CONSTRAINT template_tags_tag_id_fkey FOREIGN KEY (tag_id)
    REFERENCES content.tags (id) ON DELETE CASCADE
);
-- Templates by tag (the PK serves the other direction).
CREATE INDEX template_tags_tag_id_idx ON content.template_tags (tag_id);
COMMENT ON TABLE content.template_tags IS 'Template <-> tag link.';

-- projects ----------------------------------------------------------------------------------------

CREATE TABLE content.projects (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  -- Copy of templates.tenant_id, so tenant filters need no join.
  tenant_id uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  template_id uuid NOT NULL,
  name text NOT NULL,
  -- text + CHECK rather than an enum: the labels are not valid enum identifiers in Prisma.
  aspect_ratio text NOT NULL,
  width integer NOT NULL,
  height integer NOT NULL,
  frame_rate smallint NOT NULL DEFAULT 30,
  duration_sec numeric(8, 3),
  aep_file_url text,
  aep_file_md5 char(32),
  aep_file_size_bytes bigint,
  ae_version text,
  main_comp text,
  ae_status content.ae_status NOT NULL DEFAULT 'Missing',
  publish_status content.publish_status NOT NULL DEFAULT 'Draft',
  thumbnail_url text,
  preview_video_url text,
  order_value integer NOT NULL DEFAULT 0,
  published_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT projects_pkey PRIMARY KEY (id),
  CONSTRAINT projects_template_id_aspect_ratio_width_height_key UNIQUE (template_id, aspect_ratio, width, height),
  CONSTRAINT projects_aspect_ratio_check CHECK (aspect_ratio IN ('16:9', '9:16', '1:1', '4:5')),
  CONSTRAINT projects_template_id_fkey FOREIGN KEY (template_id)
    REFERENCES content.templates (id) ON DELETE CASCADE
);
CREATE TRIGGER set_updated_at BEFORE UPDATE ON content.projects
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
COMMENT ON TABLE content.projects IS 'Renderable variant of a template (one aspect ratio / resolution) with its After Effects file.';
COMMENT ON COLUMN content.projects.tenant_id IS 'soft -> identity.tenants (copy of templates.tenant_id)';
COMMENT ON COLUMN content.projects.width IS 'Native composition width in pixels.';
COMMENT ON COLUMN content.projects.aep_file_md5 IS 'MD5 of the .aep: the render nodes'' cache key.';
COMMENT ON COLUMN content.projects.ae_version IS 'Required After Effects version, matched to render_nodes.available_ae_versions.';
COMMENT ON COLUMN content.projects.main_comp IS 'After Effects composition to render.';

-- Admin Projects page: AE-file / publish filters, newest changes first, name search.
CREATE INDEX projects_publish_status_ae_status_idx ON content.projects (publish_status, ae_status);
CREATE INDEX projects_aep_file_md5_idx ON content.projects (aep_file_md5);
CREATE INDEX projects_updated_at_idx ON content.projects (updated_at DESC);
CREATE INDEX projects_tenant_id_idx ON content.projects (tenant_id);
CREATE INDEX projects_name_trgm_idx ON content.projects USING gin (name gin_trgm_ops);

-- template_svg_previews ---------------------------------------------------------------------------

CREATE TABLE content.template_svg_previews (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  template_id uuid NOT NULL,
  project_id uuid,
  source_image_url text NOT NULL,
  svg_url text,
  color_slots jsonb NOT NULL DEFAULT '[]',
  width integer,
  height integer,
  status content.svg_preview_status NOT NULL DEFAULT 'Pending',
  error_message text,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT template_svg_previews_pkey PRIMARY KEY (id),
  -- One preview per template (project_id NULL) and per project variant.
  CONSTRAINT template_svg_previews_template_id_project_id_key UNIQUE NULLS NOT DISTINCT (template_id, project_id),
  CONSTRAINT template_svg_previews_template_id_fkey FOREIGN KEY (template_id)
    REFERENCES content.templates (id) ON DELETE CASCADE,
  CONSTRAINT template_svg_previews_project_id_fkey FOREIGN KEY (project_id)
    REFERENCES content.projects (id) ON DELETE CASCADE
);
CREATE TRIGGER set_updated_at BEFORE UPDATE ON content.template_svg_previews
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
COMMENT ON TABLE content.template_svg_previews IS 'Dropped raster traced to SVG, recolored live in the studio as a color preview.';
COMMENT ON COLUMN content.template_svg_previews.project_id IS 'NULL = preview of the whole template.';
COMMENT ON COLUMN content.template_svg_previews.color_slots IS '[{"fill":"#aabbcc","field_key":"bg_color"}]: fills recolored from field values.';
COMMENT ON COLUMN content.template_svg_previews.created_by IS 'soft -> identity.users';

-- Project deletes cascade here; the unique constraint leads with template_id.
CREATE INDEX template_svg_previews_project_id_idx ON content.template_svg_previews (project_id);
CREATE INDEX template_svg_previews_created_by_idx ON content.template_svg_previews (created_by);

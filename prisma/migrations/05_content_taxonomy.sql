-- 05_content_taxonomy: template category tree and tags (platform catalog, no tenant).

CREATE TABLE content.categories (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  parent_id uuid,
  name text NOT NULL,
  slug text NOT NULL,
  icon_url text,
  order_value integer NOT NULL DEFAULT 0,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT categories_pkey PRIMARY KEY (id),
  CONSTRAINT categories_slug_key UNIQUE (slug),
  -- Deleting a category lifts its children to the root instead of deleting them.
  CONSTRAINT categories_parent_id_fkey FOREIGN KEY (parent_id)
    REFERENCES content.categories (id) ON DELETE SET NULL
);
CREATE TRIGGER set_updated_at BEFORE UPDATE ON content.categories
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
-- Children of a node in display order (also serves the parent_id FK).
CREATE INDEX categories_parent_id_order_value_idx ON content.categories (parent_id, order_value);
COMMENT ON TABLE content.categories IS 'Template category tree (parent_id NULL = top level); platform catalog.';

CREATE TABLE content.tags (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL,
  slug text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT tags_pkey PRIMARY KEY (id),
  CONSTRAINT tags_slug_key UNIQUE (slug)
);
-- Tag autocomplete (ILIKE '%q%').
CREATE INDEX tags_name_trgm_idx ON content.tags USING gin (name gin_trgm_ops);
COMMENT ON TABLE content.tags IS 'Template tags; platform catalog.';

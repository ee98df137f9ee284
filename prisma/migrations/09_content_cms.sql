-- 09_content_cms: blog posts and static CMS pages (platform-wide, per locale).

CREATE TYPE content.cms_status AS ENUM ('Draft', 'Published', 'Archived');

CREATE TABLE content.blogs (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  locale text NOT NULL DEFAULT 'fa',
  slug text NOT NULL,
  title text NOT NULL,
  summary text,
  body text NOT NULL,
  cover_image_url text,
  tags text[] NOT NULL DEFAULT '{}',
  status content.cms_status NOT NULL DEFAULT 'Draft',
  author_id uuid,
  seo_title text,
  seo_description text,
  view_count integer NOT NULL DEFAULT 0,
  published_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT blogs_pkey PRIMARY KEY (id),
  CONSTRAINT blogs_locale_slug_key UNIQUE (locale, slug)
);
CREATE TRIGGER set_updated_at BEFORE UPDATE ON content.blogs
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
-- Published list, newest first.
CREATE INDEX blogs_status_published_at_idx ON content.blogs (status, published_at DESC);
CREATE INDEX blogs_author_id_idx ON content.blogs (author_id);
-- CMS search.
CREATE INDEX blogs_title_trgm_idx ON content.blogs USING gin (title gin_trgm_ops);
COMMENT ON TABLE content.blogs IS 'Blog posts (Markdown body), per locale.';
COMMENT ON COLUMN content.blogs.author_id IS 'soft -> identity.users';

CREATE TABLE content.pages (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  locale text NOT NULL DEFAULT 'fa',
  slug text NOT NULL,
  title text NOT NULL,
  body text NOT NULL,
  status content.cms_status NOT NULL DEFAULT 'Draft',
  seo_title text,
  seo_description text,
  updated_by uuid,
  published_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pages_pkey PRIMARY KEY (id),
  CONSTRAINT pages_locale_slug_key UNIQUE (locale, slug)
);
CREATE TRIGGER set_updated_at BEFORE UPDATE ON content.pages
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE INDEX pages_updated_by_idx ON content.pages (updated_by);
COMMENT ON TABLE content.pages IS 'CMS static pages (about, terms, FAQ), per locale.';
COMMENT ON COLUMN content.pages.updated_by IS 'soft -> identity.users';

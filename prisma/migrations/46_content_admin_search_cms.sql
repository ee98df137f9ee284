-- 46_content_admin_search_cms: guards for the admin catalog and the CMS (issue 6): locales fa/en
-- only, field keys and slugs in their documented shape, and the trigram index CMS page search uses.
-- The admin project search (pg_trgm word_similarity over project name, template name and slug)
-- is served by the GIN trigram indexes of 06 (projects_name_trgm_idx, templates_name_trgm_idx,
-- templates_slug_trgm_idx): `q <% column` and ILIKE '%q%' both use them.

-- The CMS is bilingual: Persian and English.
ALTER TABLE content.blogs ADD CONSTRAINT blogs_locale_check CHECK (locale IN ('fa', 'en'));
ALTER TABLE content.pages ADD CONSTRAINT pages_locale_check CHECK (locale IN ('fa', 'en'));
-- Slugs appear in URLs: lowercase letters, digits and single hyphens.
ALTER TABLE content.blogs ADD CONSTRAINT blogs_slug_check CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE content.pages ADD CONSTRAINT pages_slug_check CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$');

-- Public blog list: published posts of one locale, newest first.
CREATE INDEX blogs_locale_status_published_at_idx ON content.blogs (locale, status, published_at DESC);
-- Admin search of pages by title (blogs have blogs_title_trgm_idx since 09).
CREATE INDEX pages_title_trgm_idx ON content.pages USING gin (title gin_trgm_ops);

-- Field keys are the keys of studio field values and of preset values.
ALTER TABLE content.scene_fields ADD CONSTRAINT scene_fields_field_key_check CHECK (field_key ~ '^[a-z][a-z0-9_]{0,63}$');
ALTER TABLE content.scenes ADD CONSTRAINT scenes_scene_key_check CHECK (scene_key ~ '^[a-z][a-z0-9_-]{0,63}$');
ALTER TABLE content.scenes ADD CONSTRAINT scenes_duration_sec_check CHECK (duration_sec > 0);

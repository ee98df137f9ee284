-- 51_content_catalog_archive: templates and projects are archived, never deleted, once the API
-- manages them (issue 6). Saved projects, render jobs, snapshot jobs and node caches in other
-- owners' schemas point at them by id (soft references), and content cannot see those rows, so a
-- "deleted" template or project stays as a row that users no longer see and nobody can publish.

ALTER TABLE content.templates ADD COLUMN archived_at timestamptz;
ALTER TABLE content.projects ADD COLUMN archived_at timestamptz;
COMMENT ON COLUMN content.templates.archived_at IS 'When an administrator deleted (archived) it; NULL = live. Archived rows are unpublished and hidden.';
COMMENT ON COLUMN content.projects.archived_at IS 'When an administrator deleted (archived) it or its template; NULL = live. Archived rows are unpublished and hidden.';

-- An archived row is never published: the API unpublishes on archive, the database holds it.
ALTER TABLE content.templates ADD CONSTRAINT templates_archived_unpublished_check CHECK (archived_at IS NULL OR publish_status <> 'Published');
ALTER TABLE content.projects ADD CONSTRAINT projects_archived_unpublished_check CHECK (archived_at IS NULL OR publish_status <> 'Published');

-- Slugs appear in URLs: lowercase letters, digits and single hyphens (as blogs and pages since 46).
-- NOT VALID: rows written before the API (imports) are left alone; every new or changed row is checked.
ALTER TABLE content.templates ADD CONSTRAINT templates_slug_check CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$') NOT VALID;

-- Projects of a template in display order (Template.projects, the next order value on create).
CREATE INDEX projects_template_id_order_value_idx ON content.projects (template_id, order_value);

-- 01_identity_tenants: tenants (root of multi-tenancy), reseller branding, API keys, webhooks, usage metering and the partitioned API request log.

CREATE TYPE identity.tenant_kind AS ENUM ('Platform', 'Reseller');
CREATE TYPE identity.tenant_status AS ENUM ('Active', 'Suspended', 'Closed');

-- Tenants are closed through status, never hard-deleted (most children reference them with RESTRICT).
CREATE TABLE identity.tenants (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  slug text NOT NULL,
  name text NOT NULL,
  kind identity.tenant_kind NOT NULL DEFAULT 'Reseller',
  status identity.tenant_status NOT NULL DEFAULT 'Active',
  contact_email text,
  default_locale text NOT NULL DEFAULT 'fa',
  currency char(3) NOT NULL DEFAULT 'IRR',
  api_rate_limit_per_min integer NOT NULL DEFAULT 600,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT tenants_pkey PRIMARY KEY (id),
  CONSTRAINT tenants_slug_key UNIQUE (slug)
);
CREATE TRIGGER set_updated_at BEFORE UPDATE ON identity.tenants FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
COMMENT ON TABLE identity.tenants IS 'Tenants: FlatRender itself (Platform) and resellers (B2B API customers); root of multi-tenancy.';
COMMENT ON COLUMN identity.tenants.api_rate_limit_per_min IS 'Reseller API throttle, requests per minute.';

-- The platform tenant: platform catalog rows in other schemas default to this id.
INSERT INTO identity.tenants (id, slug, name, kind)
VALUES ('00000000-0000-0000-0000-000000000001', 'flatrender', 'FlatRender', 'Platform');

CREATE TABLE identity.tenant_branding (
  tenant_id uuid NOT NULL,
  display_name text,
  logo_url text,
  favicon_url text,
  primary_color char(7),
  secondary_color char(7),
  custom_domain text,
  support_email text,
  email_from_name text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT tenant_branding_pkey PRIMARY KEY (tenant_id),
  CONSTRAINT tenant_branding_custom_domain_key UNIQUE (custom_domain),
  CONSTRAINT tenant_branding_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES identity.tenants (id) ON DELETE CASCADE
);
CREATE TRIGGER set_updated_at BEFORE UPDATE ON identity.tenant_branding FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
COMMENT ON TABLE identity.tenant_branding IS 'White-label branding of a tenant, 1:1 with tenants.';
COMMENT ON COLUMN identity.tenant_branding.primary_color IS '#RRGGBB';
COMMENT ON COLUMN identity.tenant_branding.email_from_name IS 'Sender name used by notification templates.';

-- created_by -> users is added in 02, once users exist.
CREATE TABLE identity.tenant_api_keys (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  name text NOT NULL,
  key_prefix text NOT NULL,
  key_hash text NOT NULL,
  scopes text[] NOT NULL DEFAULT '{}',
  last_used_at timestamptz,
  last_used_ip inet,
  expires_at timestamptz,
  revoked_at timestamptz,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT tenant_api_keys_pkey PRIMARY KEY (id),
  CONSTRAINT tenant_api_keys_key_prefix_key UNIQUE (key_prefix),
  CONSTRAINT tenant_api_keys_key_hash_key UNIQUE (key_hash),
  CONSTRAINT tenant_api_keys_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES identity.tenants (id) ON DELETE CASCADE
);
CREATE INDEX tenant_api_keys_tenant_id_active_idx ON identity.tenant_api_keys (tenant_id) WHERE revoked_at IS NULL;
COMMENT ON TABLE identity.tenant_api_keys IS 'Reseller API keys, stored as SHA-256 hashes; the plaintext is shown once.';
COMMENT ON COLUMN identity.tenant_api_keys.key_prefix IS 'First 12 characters of the key: displayed, and used for lookup.';
COMMENT ON COLUMN identity.tenant_api_keys.last_used_at IS 'Throttled update (at most once a minute).';

CREATE TABLE identity.tenant_webhooks (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  url text NOT NULL,
  events text[] NOT NULL DEFAULT '{}',
  secret_enc bytea NOT NULL,
  is_active boolean NOT NULL DEFAULT true,
  failure_count integer NOT NULL DEFAULT 0,
  last_delivery_at timestamptz,
  last_status_code smallint,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT tenant_webhooks_pkey PRIMARY KEY (id),
  CONSTRAINT tenant_webhooks_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES identity.tenants (id) ON DELETE CASCADE
);
CREATE TRIGGER set_updated_at BEFORE UPDATE ON identity.tenant_webhooks FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE INDEX tenant_webhooks_tenant_id_active_idx ON identity.tenant_webhooks (tenant_id) WHERE is_active;
COMMENT ON TABLE identity.tenant_webhooks IS 'Reseller event callbacks (render.completed, render.failed, export.ready, ...).';
COMMENT ON COLUMN identity.tenant_webhooks.secret_enc IS 'HMAC signing secret, encrypted at rest (must stay recoverable to sign).';
COMMENT ON COLUMN identity.tenant_webhooks.failure_count IS 'Consecutive failures; the webhook is disabled after N.';

CREATE TABLE identity.tenant_usage_daily (
  tenant_id uuid NOT NULL,
  usage_date date NOT NULL,
  api_requests bigint NOT NULL DEFAULT 0,
  render_jobs integer NOT NULL DEFAULT 0,
  render_seconds numeric(12, 3) NOT NULL DEFAULT 0,
  frames_rendered bigint NOT NULL DEFAULT 0,
  snapshots integer NOT NULL DEFAULT 0,
  storage_bytes bigint NOT NULL DEFAULT 0,
  notifications_sent integer NOT NULL DEFAULT 0,
  billed_minor bigint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT tenant_usage_daily_pkey PRIMARY KEY (tenant_id, usage_date),
  CONSTRAINT tenant_usage_daily_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES identity.tenants (id) ON DELETE CASCADE
);
CREATE TRIGGER set_updated_at BEFORE UPDATE ON identity.tenant_usage_daily FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
COMMENT ON TABLE identity.tenant_usage_daily IS 'Daily (UTC) metering rollup per tenant, filled nightly from request logs and render/notification events.';
COMMENT ON COLUMN identity.tenant_usage_daily.render_seconds IS 'Seconds of output video rendered.';
COMMENT ON COLUMN identity.tenant_usage_daily.storage_bytes IS 'Storage used at the end of the day.';

-- High volume: partitioned by month, retention by dropping partitions, hence no foreign keys.
CREATE TABLE identity.tenant_api_request_logs (
  id bigint NOT NULL GENERATED ALWAYS AS IDENTITY,
  requested_at timestamptz NOT NULL DEFAULT now(),
  tenant_id uuid NOT NULL,
  api_key_id uuid,
  method text NOT NULL,
  path text NOT NULL,
  status_code smallint NOT NULL,
  duration_ms integer NOT NULL,
  request_id uuid,
  ip inet,
  user_agent text,
  CONSTRAINT tenant_api_request_logs_pkey PRIMARY KEY (id, requested_at)
) PARTITION BY RANGE (requested_at);
CREATE INDEX tenant_api_request_logs_tenant_id_requested_at_idx ON identity.tenant_api_request_logs (tenant_id, requested_at DESC);
CREATE INDEX tenant_api_request_logs_api_key_id_requested_at_idx ON identity.tenant_api_request_logs (api_key_id, requested_at DESC);
COMMENT ON TABLE identity.tenant_api_request_logs IS 'Reseller API request log, partitioned by month on requested_at (12-month retention).';
COMMENT ON COLUMN identity.tenant_api_request_logs.tenant_id IS 'soft -> identity.tenants (no FK by design: volume, retention by partition drop)';
COMMENT ON COLUMN identity.tenant_api_request_logs.api_key_id IS 'soft -> identity.tenant_api_keys (no FK by design: volume, retention by partition drop)';

-- Initial partition (seed: 2026-01); later months come from the scheduled ensure_monthly_partitions call.
SELECT public.ensure_monthly_partitions('identity.tenant_api_request_logs'::regclass, 0, DATE '2026-01-01');

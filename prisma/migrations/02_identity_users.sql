-- 02_identity_users: user accounts, refresh-token sessions, TOTP MFA with backup codes, password reset tokens and Web Push subscriptions.

CREATE TYPE identity.user_role AS ENUM ('User', 'TenantAdmin', 'Admin');
CREATE TYPE identity.user_status AS ENUM ('Active', 'Suspended', 'Deleted');
CREATE TYPE identity.mfa_type AS ENUM ('Totp');

-- Users are soft-deleted (deleted_at), so email/phone are unique only among live accounts of a tenant.
CREATE TABLE identity.users (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  email text,
  phone text,
  password_hash text,
  display_name text,
  avatar_url text,
  role identity.user_role NOT NULL DEFAULT 'User',
  status identity.user_status NOT NULL DEFAULT 'Active',
  locale text NOT NULL DEFAULT 'fa',
  email_verified_at timestamptz,
  phone_verified_at timestamptz,
  mfa_enabled boolean NOT NULL DEFAULT false,
  telegram_chat_id bigint,
  failed_login_count integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  last_login_at timestamptz,
  deleted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT users_pkey PRIMARY KEY (id),
  CONSTRAINT users_email_or_phone_check CHECK (email IS NOT NULL OR phone IS NOT NULL),
  CONSTRAINT users_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES identity.tenants (id) ON DELETE RESTRICT
);
CREATE TRIGGER set_updated_at BEFORE UPDATE ON identity.users FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE UNIQUE INDEX users_tenant_id_lower_email_key ON identity.users (tenant_id, lower(email)) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX users_tenant_id_phone_key ON identity.users (tenant_id, phone) WHERE deleted_at IS NULL;
-- Admin user search (ILIKE '%q%').
CREATE INDEX users_email_trgm_idx ON identity.users USING gin (email gin_trgm_ops);
CREATE INDEX users_display_name_trgm_idx ON identity.users USING gin (display_name gin_trgm_ops);
COMMENT ON TABLE identity.users IS 'User accounts; email/phone unique per tenant among non-deleted accounts.';
COMMENT ON COLUMN identity.users.phone IS 'E.164, used for SMS.';
COMMENT ON COLUMN identity.users.password_hash IS 'Null for OTP-only accounts.';
COMMENT ON COLUMN identity.users.mfa_enabled IS 'True once an MFA factor is confirmed.';
COMMENT ON COLUMN identity.users.telegram_chat_id IS 'Telegram delivery target.';
COMMENT ON COLUMN identity.users.locked_until IS 'Login lockout after repeated failures (failed_login_count).';

-- Deferred from 01: API keys remember who created them.
ALTER TABLE identity.tenant_api_keys
  ADD CONSTRAINT tenant_api_keys_created_by_fkey FOREIGN KEY (created_by) REFERENCES identity.users (id) ON DELETE SET NULL;

CREATE TABLE identity.sessions (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL,
  refresh_token_hash text NOT NULL,
  previous_token_hash text,
  user_agent text,
  device_name text,
  ip inet,
  mfa_verified_at timestamptz,
  last_used_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT sessions_pkey PRIMARY KEY (id),
  CONSTRAINT sessions_refresh_token_hash_key UNIQUE (refresh_token_hash),
  CONSTRAINT sessions_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES identity.tenants (id) ON DELETE RESTRICT,
  CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES identity.users (id) ON DELETE CASCADE
);
CREATE TRIGGER set_updated_at BEFORE UPDATE ON identity.sessions FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE INDEX sessions_user_id_active_idx ON identity.sessions (user_id) WHERE revoked_at IS NULL;
CREATE INDEX sessions_expires_at_idx ON identity.sessions (expires_at);
-- Reuse detection: a refresh with an already-rotated token looks the session up by its previous hash.
CREATE INDEX sessions_previous_token_hash_idx ON identity.sessions (previous_token_hash) WHERE previous_token_hash IS NOT NULL AND revoked_at IS NULL;
COMMENT ON TABLE identity.sessions IS 'One row per device login, holding the hash of its rotating refresh token.';
COMMENT ON COLUMN identity.sessions.refresh_token_hash IS 'SHA-256 of the current opaque refresh token; rotated by refresh.';
COMMENT ON COLUMN identity.sessions.previous_token_hash IS 'Hash of the token rotated away; presenting it again revokes the session.';
COMMENT ON COLUMN identity.sessions.mfa_verified_at IS 'When the TOTP step-up was completed in this session.';

CREATE TABLE identity.mfa_factors (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL,
  type identity.mfa_type NOT NULL DEFAULT 'Totp',
  label text,
  secret_enc bytea NOT NULL,
  confirmed_at timestamptz,
  last_used_at timestamptz,
  last_used_step bigint,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT mfa_factors_pkey PRIMARY KEY (id),
  CONSTRAINT mfa_factors_user_id_type_key UNIQUE (user_id, type),
  CONSTRAINT mfa_factors_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES identity.tenants (id) ON DELETE RESTRICT,
  CONSTRAINT mfa_factors_user_id_fkey FOREIGN KEY (user_id) REFERENCES identity.users (id) ON DELETE CASCADE
);
CREATE TRIGGER set_updated_at BEFORE UPDATE ON identity.mfa_factors FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
COMMENT ON TABLE identity.mfa_factors IS 'TOTP factors of a user; active once confirmed.';
COMMENT ON COLUMN identity.mfa_factors.secret_enc IS 'TOTP seed, encrypted at rest.';
COMMENT ON COLUMN identity.mfa_factors.last_used_step IS 'Last accepted 30-second step (replay guard).';

CREATE TABLE identity.mfa_backup_codes (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL,
  code_hash text NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT mfa_backup_codes_pkey PRIMARY KEY (id),
  CONSTRAINT mfa_backup_codes_user_id_code_hash_key UNIQUE (user_id, code_hash),
  CONSTRAINT mfa_backup_codes_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES identity.tenants (id) ON DELETE RESTRICT,
  CONSTRAINT mfa_backup_codes_user_id_fkey FOREIGN KEY (user_id) REFERENCES identity.users (id) ON DELETE CASCADE
);
COMMENT ON TABLE identity.mfa_backup_codes IS 'One-time MFA recovery codes (hashed); 10 issued on TOTP confirm, regenerating replaces the set.';

-- Not in the draft: password reset is a required feature and needs single-use, expiring tokens.
CREATE TABLE identity.password_reset_tokens (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL,
  token_hash text NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT password_reset_tokens_pkey PRIMARY KEY (id),
  CONSTRAINT password_reset_tokens_token_hash_key UNIQUE (token_hash),
  CONSTRAINT password_reset_tokens_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES identity.tenants (id) ON DELETE RESTRICT,
  CONSTRAINT password_reset_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES identity.users (id) ON DELETE CASCADE
);
CREATE INDEX password_reset_tokens_user_id_idx ON identity.password_reset_tokens (user_id);
COMMENT ON TABLE identity.password_reset_tokens IS 'Single-use password reset tokens (SHA-256 hashes), valid until expires_at.';

CREATE TABLE identity.push_subscriptions (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL,
  endpoint text NOT NULL,
  p256dh text NOT NULL,
  auth text NOT NULL,
  user_agent text,
  last_success_at timestamptz,
  failure_count integer NOT NULL DEFAULT 0,
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT push_subscriptions_pkey PRIMARY KEY (id),
  CONSTRAINT push_subscriptions_endpoint_key UNIQUE (endpoint),
  CONSTRAINT push_subscriptions_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES identity.tenants (id) ON DELETE RESTRICT,
  CONSTRAINT push_subscriptions_user_id_fkey FOREIGN KEY (user_id) REFERENCES identity.users (id) ON DELETE CASCADE
);
CREATE INDEX push_subscriptions_user_id_active_idx ON identity.push_subscriptions (user_id) WHERE disabled_at IS NULL;
COMMENT ON TABLE identity.push_subscriptions IS 'PWA Web Push endpoints of a user''s browsers.';
COMMENT ON COLUMN identity.push_subscriptions.disabled_at IS 'Set when the push service answers 404/410.';

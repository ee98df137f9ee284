-- 03_identity_billing: plan catalog, subscriptions, wallets with an append-only ledger, gateway payments and discount codes.
-- Money is *_minor bigint in minor units. Tables are created in FK order (plans, discount_codes, payments, subscriptions,
-- wallets, wallet_transactions, discount_redemptions), so no constraint has to be added afterwards.

CREATE TYPE identity.subscription_status AS ENUM ('Active', 'PastDue', 'Cancelled', 'Expired');
CREATE TYPE identity.payment_status AS ENUM ('Pending', 'Succeeded', 'Failed', 'Cancelled', 'Refunded');
CREATE TYPE identity.payment_purpose AS ENUM ('WalletTopUp', 'Plan', 'Render', 'ExportExtension');
CREATE TYPE identity.wallet_tx_type AS ENUM ('TopUp', 'RenderCharge', 'RenderRefund', 'PlanPurchase', 'ExportExtension', 'Gift', 'Adjustment');
CREATE TYPE identity.discount_type AS ENUM ('Percent', 'Fixed');

-- Platform catalog: no tenant. Resolution/quality/priority are render's enum values, kept as text (no cross-schema types).
CREATE TABLE identity.plans (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  code text NOT NULL,
  name text NOT NULL,
  description text,
  price_minor bigint NOT NULL,
  currency char(3) NOT NULL DEFAULT 'IRR',
  duration_days integer NOT NULL,
  renders_included integer,
  max_resolution text,
  max_quality text,
  priority_queue text NOT NULL DEFAULT 'Normal',
  watermark boolean NOT NULL DEFAULT false,
  storage_quota_bytes bigint,
  export_retention_days integer NOT NULL DEFAULT 7,
  features jsonb NOT NULL DEFAULT '{}',
  is_active boolean NOT NULL DEFAULT true,
  sort_order integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT plans_pkey PRIMARY KEY (id),
  CONSTRAINT plans_code_key UNIQUE (code),
  CONSTRAINT plans_max_resolution_check CHECK (max_resolution IN ('HD', 'FullHD', 'TwoK', 'FourK')),
  CONSTRAINT plans_max_quality_check CHECK (max_quality IN ('Low', 'Medium', 'High', 'Full', 'Lossless')),
  CONSTRAINT plans_priority_queue_check CHECK (priority_queue IN ('Low', 'Normal', 'High'))
);
CREATE TRIGGER set_updated_at BEFORE UPDATE ON identity.plans FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
COMMENT ON TABLE identity.plans IS 'Subscription plan catalog (platform-wide).';
COMMENT ON COLUMN identity.plans.renders_included IS 'Renders per period with price_type Plan; null = unlimited.';
COMMENT ON COLUMN identity.plans.max_resolution IS 'A render.resolution value.';
COMMENT ON COLUMN identity.plans.max_quality IS 'A render.quality value.';
COMMENT ON COLUMN identity.plans.priority_queue IS 'A render.priority_queue value.';
COMMENT ON COLUMN identity.plans.storage_quota_bytes IS 'Seeds file_mgr.quotas.quota_bytes.';
COMMENT ON COLUMN identity.plans.export_retention_days IS 'Sets render.exports.auto_delete_date.';

CREATE TABLE identity.discount_codes (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  code text NOT NULL,
  discount_type identity.discount_type NOT NULL,
  percent_off smallint,
  amount_off_minor bigint,
  applies_to text NOT NULL DEFAULT 'Any',
  min_amount_minor bigint,
  max_uses integer,
  per_user_limit integer NOT NULL DEFAULT 1,
  used_count integer NOT NULL DEFAULT 0,
  valid_from timestamptz,
  valid_until timestamptz,
  is_active boolean NOT NULL DEFAULT true,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT discount_codes_pkey PRIMARY KEY (id),
  -- Exactly one of percent_off / amount_off_minor, matching discount_type.
  CONSTRAINT discount_codes_amount_check CHECK (
    (discount_type = 'Percent' AND percent_off BETWEEN 1 AND 100 AND amount_off_minor IS NULL)
    OR (discount_type = 'Fixed' AND amount_off_minor > 0 AND percent_off IS NULL)
  ),
  CONSTRAINT discount_codes_applies_to_check CHECK (applies_to IN ('Any', 'Render', 'Plan', 'TopUp')),
  CONSTRAINT discount_codes_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES identity.tenants (id) ON DELETE RESTRICT,
  CONSTRAINT discount_codes_created_by_fkey FOREIGN KEY (created_by) REFERENCES identity.users (id) ON DELETE SET NULL
);
CREATE TRIGGER set_updated_at BEFORE UPDATE ON identity.discount_codes FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
-- Codes are case-insensitive.
CREATE UNIQUE INDEX discount_codes_tenant_id_upper_code_key ON identity.discount_codes (tenant_id, upper(code));
COMMENT ON TABLE identity.discount_codes IS 'Promo codes for renders, plans and wallet top-ups, case-insensitive per tenant.';
COMMENT ON COLUMN identity.discount_codes.max_uses IS 'Null = unlimited.';

CREATE TABLE identity.payments (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL,
  purpose identity.payment_purpose NOT NULL,
  amount_minor bigint NOT NULL,
  discount_amount_minor bigint NOT NULL DEFAULT 0,
  currency char(3) NOT NULL DEFAULT 'IRR',
  provider text NOT NULL,
  provider_ref text,
  provider_tracking_code text,
  status identity.payment_status NOT NULL DEFAULT 'Pending',
  plan_id uuid,
  discount_code_id uuid,
  metadata jsonb NOT NULL DEFAULT '{}',
  paid_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT payments_pkey PRIMARY KEY (id),
  CONSTRAINT payments_provider_provider_ref_key UNIQUE (provider, provider_ref),
  CONSTRAINT payments_amount_minor_check CHECK (amount_minor > 0),
  CONSTRAINT payments_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES identity.tenants (id) ON DELETE RESTRICT,
  CONSTRAINT payments_user_id_fkey FOREIGN KEY (user_id) REFERENCES identity.users (id) ON DELETE RESTRICT,
  CONSTRAINT payments_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES identity.plans (id) ON DELETE SET NULL,
  CONSTRAINT payments_discount_code_id_fkey FOREIGN KEY (discount_code_id) REFERENCES identity.discount_codes (id) ON DELETE SET NULL
);
CREATE TRIGGER set_updated_at BEFORE UPDATE ON identity.payments FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE INDEX payments_user_id_created_at_idx ON identity.payments (user_id, created_at DESC);
CREATE INDEX payments_status_pending_idx ON identity.payments (status) WHERE status = 'Pending';
COMMENT ON TABLE identity.payments IS 'Payment-gateway transactions (wallet top-ups, plans, renders, export extensions).';
COMMENT ON COLUMN identity.payments.amount_minor IS 'Amount charged, after discount.';
COMMENT ON COLUMN identity.payments.provider_ref IS 'Gateway authority token.';
COMMENT ON COLUMN identity.payments.provider_tracking_code IS 'Gateway receipt / tracking code.';

CREATE TABLE identity.subscriptions (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL,
  plan_id uuid NOT NULL,
  status identity.subscription_status NOT NULL DEFAULT 'Active',
  current_period_start timestamptz NOT NULL,
  current_period_end timestamptz NOT NULL,
  renders_used integer NOT NULL DEFAULT 0,
  auto_renew boolean NOT NULL DEFAULT false,
  payment_id uuid,
  cancelled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT subscriptions_pkey PRIMARY KEY (id),
  CONSTRAINT subscriptions_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES identity.tenants (id) ON DELETE RESTRICT,
  CONSTRAINT subscriptions_user_id_fkey FOREIGN KEY (user_id) REFERENCES identity.users (id) ON DELETE RESTRICT,
  CONSTRAINT subscriptions_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES identity.plans (id) ON DELETE RESTRICT,
  CONSTRAINT subscriptions_payment_id_fkey FOREIGN KEY (payment_id) REFERENCES identity.payments (id) ON DELETE SET NULL
);
CREATE TRIGGER set_updated_at BEFORE UPDATE ON identity.subscriptions FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
-- At most one active subscription per user.
CREATE UNIQUE INDEX subscriptions_user_id_active_key ON identity.subscriptions (user_id) WHERE status = 'Active';
CREATE INDEX subscriptions_current_period_end_active_idx ON identity.subscriptions (current_period_end) WHERE status = 'Active';
COMMENT ON TABLE identity.subscriptions IS 'A user''s plan subscription and its current period.';
COMMENT ON COLUMN identity.subscriptions.auto_renew IS 'Gateway payments are one-shot, so renewal is manual by default.';

-- user_id NULL = the reseller tenant's own wallet (charged for price_type Reseller).
CREATE TABLE identity.wallets (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  user_id uuid,
  balance_minor bigint NOT NULL DEFAULT 0,
  currency char(3) NOT NULL DEFAULT 'IRR',
  version integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT wallets_pkey PRIMARY KEY (id),
  CONSTRAINT wallets_tenant_id_user_id_key UNIQUE NULLS NOT DISTINCT (tenant_id, user_id),
  CONSTRAINT wallets_balance_minor_check CHECK (balance_minor >= 0),
  CONSTRAINT wallets_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES identity.tenants (id) ON DELETE RESTRICT,
  CONSTRAINT wallets_user_id_fkey FOREIGN KEY (user_id) REFERENCES identity.users (id) ON DELETE RESTRICT
);
CREATE TRIGGER set_updated_at BEFORE UPDATE ON identity.wallets FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
COMMENT ON TABLE identity.wallets IS 'Prepaid balance per user, or per reseller tenant when user_id is null.';
COMMENT ON COLUMN identity.wallets.version IS 'Optimistic lock, bumped on every balance change.';

-- Append-only: no updated_at.
CREATE TABLE identity.wallet_transactions (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  wallet_id uuid NOT NULL,
  type identity.wallet_tx_type NOT NULL,
  amount_minor bigint NOT NULL,
  balance_after_minor bigint NOT NULL,
  reference_type text,
  reference_id uuid,
  payment_id uuid,
  idempotency_key text NOT NULL,
  description text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT wallet_transactions_pkey PRIMARY KEY (id),
  CONSTRAINT wallet_transactions_idempotency_key_key UNIQUE (idempotency_key),
  CONSTRAINT wallet_transactions_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES identity.tenants (id) ON DELETE RESTRICT,
  CONSTRAINT wallet_transactions_wallet_id_fkey FOREIGN KEY (wallet_id) REFERENCES identity.wallets (id) ON DELETE RESTRICT,
  CONSTRAINT wallet_transactions_payment_id_fkey FOREIGN KEY (payment_id) REFERENCES identity.payments (id) ON DELETE SET NULL
);
CREATE INDEX wallet_transactions_wallet_id_created_at_idx ON identity.wallet_transactions (wallet_id, created_at DESC);
CREATE INDEX wallet_transactions_reference_type_reference_id_idx ON identity.wallet_transactions (reference_type, reference_id);
COMMENT ON TABLE identity.wallet_transactions IS 'Append-only wallet ledger; amount is signed (+ credit, - debit).';
COMMENT ON COLUMN identity.wallet_transactions.reference_id IS 'soft -> render.render_jobs | render.exports | identity.payments | identity.earned_gifts (by reference_type: render_job, export, payment, earned_gift)';
COMMENT ON COLUMN identity.wallet_transactions.idempotency_key IS 'e.g. render:<job_id>:charge; makes charges and refunds safe to retry.';

CREATE TABLE identity.discount_redemptions (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  discount_code_id uuid NOT NULL,
  user_id uuid NOT NULL,
  amount_minor bigint NOT NULL,
  payment_id uuid,
  render_job_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT discount_redemptions_pkey PRIMARY KEY (id),
  CONSTRAINT discount_redemptions_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES identity.tenants (id) ON DELETE RESTRICT,
  CONSTRAINT discount_redemptions_discount_code_id_fkey FOREIGN KEY (discount_code_id) REFERENCES identity.discount_codes (id) ON DELETE RESTRICT,
  CONSTRAINT discount_redemptions_user_id_fkey FOREIGN KEY (user_id) REFERENCES identity.users (id) ON DELETE RESTRICT,
  CONSTRAINT discount_redemptions_payment_id_fkey FOREIGN KEY (payment_id) REFERENCES identity.payments (id) ON DELETE SET NULL
);
-- Per-user limit checks.
CREATE INDEX discount_redemptions_discount_code_id_user_id_idx ON identity.discount_redemptions (discount_code_id, user_id);
CREATE INDEX discount_redemptions_render_job_id_idx ON identity.discount_redemptions (render_job_id);
COMMENT ON TABLE identity.discount_redemptions IS 'One use of a discount code (on a payment or a render job).';
COMMENT ON COLUMN identity.discount_redemptions.amount_minor IS 'Discount granted.';
COMMENT ON COLUMN identity.discount_redemptions.render_job_id IS 'soft -> render.render_jobs';

-- 38_identity_billing_guards: database backstops for billing (a discount code never used more
-- than allowed, one credit per payment, one subscription per payment, one redemption per payment)
-- and the record of which render job used a plan's included render, so counting is idempotent.

ALTER TABLE identity.discount_codes
  ADD CONSTRAINT discount_codes_used_count_check CHECK (used_count >= 0 AND (max_uses IS NULL OR used_count <= max_uses)),
  ADD CONSTRAINT discount_codes_max_uses_check CHECK (max_uses IS NULL OR max_uses >= 1),
  ADD CONSTRAINT discount_codes_per_user_limit_check CHECK (per_user_limit >= 1),
  ADD CONSTRAINT discount_codes_min_amount_minor_check CHECK (min_amount_minor IS NULL OR min_amount_minor >= 0),
  ADD CONSTRAINT discount_codes_validity_check CHECK (valid_from IS NULL OR valid_until IS NULL OR valid_until > valid_from);

-- A payment credits a wallet at most once, pays for at most one subscription and carries at most one code.
CREATE UNIQUE INDEX wallet_transactions_payment_id_top_up_key ON identity.wallet_transactions (payment_id) WHERE type = 'TopUp';
CREATE UNIQUE INDEX subscriptions_payment_id_key ON identity.subscriptions (payment_id) WHERE payment_id IS NOT NULL;
CREATE UNIQUE INDEX discount_redemptions_payment_id_key ON identity.discount_redemptions (payment_id) WHERE payment_id IS NOT NULL;

CREATE TABLE identity.subscription_renders (
  render_job_id uuid NOT NULL,
  subscription_id uuid NOT NULL,
  released_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT subscription_renders_pkey PRIMARY KEY (render_job_id),
  CONSTRAINT subscription_renders_subscription_id_fkey FOREIGN KEY (subscription_id) REFERENCES identity.subscriptions (id) ON DELETE CASCADE
);
CREATE INDEX subscription_renders_subscription_id_idx ON identity.subscription_renders (subscription_id);
COMMENT ON TABLE identity.subscription_renders IS 'A render job that used one of its subscription''s included renders (renders_used counts the unreleased ones).';
COMMENT ON COLUMN identity.subscription_renders.render_job_id IS 'soft -> render.render_jobs';
COMMENT ON COLUMN identity.subscription_renders.released_at IS 'Set when the render failed or was cancelled: the render is given back once.';

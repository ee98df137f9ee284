-- 04_identity_gamification: achievement catalog, per-user progress and earned gifts (announced by a notification).

CREATE TYPE identity.gift_type AS ENUM ('WalletCredit', 'DiscountCode', 'FreeRender');
CREATE TYPE identity.gift_status AS ENUM ('Pending', 'Claimed', 'Expired');

-- Platform catalog: no tenant.
CREATE TABLE identity.achievements (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  code text NOT NULL,
  title text NOT NULL,
  description text,
  icon_url text,
  criteria jsonb NOT NULL,
  gift_type identity.gift_type,
  gift_value bigint,
  is_active boolean NOT NULL DEFAULT true,
  sort_order integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT achievements_pkey PRIMARY KEY (id),
  CONSTRAINT achievements_code_key UNIQUE (code)
);
CREATE TRIGGER set_updated_at BEFORE UPDATE ON identity.achievements FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
COMMENT ON TABLE identity.achievements IS 'Gamification catalog: what unlocks an achievement and the gift it grants.';
COMMENT ON COLUMN identity.achievements.criteria IS 'Unlock rule, e.g. {"event":"render.completed","count":10}.';
COMMENT ON COLUMN identity.achievements.gift_value IS 'Minor units, percent or free-render count, depending on gift_type.';

CREATE TABLE identity.user_achievements (
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL,
  achievement_id uuid NOT NULL,
  progress integer NOT NULL DEFAULT 0,
  achieved_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT user_achievements_pkey PRIMARY KEY (user_id, achievement_id),
  CONSTRAINT user_achievements_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES identity.tenants (id) ON DELETE RESTRICT,
  CONSTRAINT user_achievements_user_id_fkey FOREIGN KEY (user_id) REFERENCES identity.users (id) ON DELETE CASCADE,
  CONSTRAINT user_achievements_achievement_id_fkey FOREIGN KEY (achievement_id) REFERENCES identity.achievements (id) ON DELETE CASCADE
);
CREATE TRIGGER set_updated_at BEFORE UPDATE ON identity.user_achievements FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
COMMENT ON TABLE identity.user_achievements IS 'Per-user progress towards an achievement; achieved_at is set on unlock.';

-- notification_id gets its FK to notification.notifications (ON DELETE SET NULL) in 14_notification.sql,
-- because notifications do not exist yet.
CREATE TABLE identity.earned_gifts (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL,
  achievement_id uuid,
  gift_type identity.gift_type NOT NULL,
  amount_minor bigint,
  free_renders integer,
  discount_code_id uuid,
  wallet_transaction_id uuid,
  notification_id uuid,
  status identity.gift_status NOT NULL DEFAULT 'Pending',
  claimed_at timestamptz,
  expires_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT earned_gifts_pkey PRIMARY KEY (id),
  CONSTRAINT earned_gifts_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES identity.tenants (id) ON DELETE RESTRICT,
  CONSTRAINT earned_gifts_user_id_fkey FOREIGN KEY (user_id) REFERENCES identity.users (id) ON DELETE CASCADE,
  CONSTRAINT earned_gifts_achievement_id_fkey FOREIGN KEY (achievement_id) REFERENCES identity.achievements (id) ON DELETE SET NULL,
  CONSTRAINT earned_gifts_discount_code_id_fkey FOREIGN KEY (discount_code_id) REFERENCES identity.discount_codes (id) ON DELETE SET NULL,
  CONSTRAINT earned_gifts_wallet_transaction_id_fkey FOREIGN KEY (wallet_transaction_id) REFERENCES identity.wallet_transactions (id) ON DELETE SET NULL
);
CREATE TRIGGER set_updated_at BEFORE UPDATE ON identity.earned_gifts FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE INDEX earned_gifts_user_id_status_idx ON identity.earned_gifts (user_id, status);
CREATE INDEX earned_gifts_notification_id_idx ON identity.earned_gifts (notification_id);
COMMENT ON TABLE identity.earned_gifts IS 'Rewards granted to a user (by an achievement or an admin), announced by a notification.';
COMMENT ON COLUMN identity.earned_gifts.achievement_id IS 'Null = manual/admin gift.';
COMMENT ON COLUMN identity.earned_gifts.amount_minor IS 'WalletCredit gifts.';
COMMENT ON COLUMN identity.earned_gifts.free_renders IS 'FreeRender gifts.';
COMMENT ON COLUMN identity.earned_gifts.discount_code_id IS 'Personal code of a DiscountCode gift.';
COMMENT ON COLUMN identity.earned_gifts.wallet_transaction_id IS 'Ledger entry, set on claim.';
COMMENT ON COLUMN identity.earned_gifts.notification_id IS 'FK -> notification.notifications (ON DELETE SET NULL), the one hard cross-schema FK; added in 14_notification.sql.';

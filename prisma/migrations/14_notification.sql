-- 14_notification: in-app notifications, their per-channel deliveries, user preferences and message templates;
-- then the one hard cross-schema FK, identity.earned_gifts -> notifications (04 runs before this table exists).

CREATE TYPE notification.channel AS ENUM ('InApp', 'Push', 'Email', 'Sms', 'Telegram');
CREATE TYPE notification.delivery_status AS ENUM ('Pending', 'Sent', 'Delivered', 'Failed', 'Skipped');

-- templates (before notifications, which point at them) -------------------------------------------

CREATE TABLE notification.templates (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  tenant_id uuid,
  -- Equals notifications.type.
  code text NOT NULL,
  channel notification.channel NOT NULL,
  locale text NOT NULL DEFAULT 'fa',
  subject text,
  -- {{var}} placeholders.
  body text NOT NULL,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT templates_pkey PRIMARY KEY (id),
  -- One global row (tenant_id NULL) per code/channel/locale, plus one white-label override per tenant.
  CONSTRAINT templates_tenant_id_code_channel_locale_key UNIQUE NULLS NOT DISTINCT (tenant_id, code, channel, locale)
);
COMMENT ON TABLE notification.templates IS 'Message template per notification type, channel and locale; a tenant row overrides the global one.';
COMMENT ON COLUMN notification.templates.tenant_id IS 'soft -> identity.tenants (NULL = global)';

CREATE TRIGGER set_updated_at BEFORE UPDATE ON notification.templates
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

-- notifications -----------------------------------------------------------------------------------

CREATE TABLE notification.notifications (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL,
  -- render.completed, render.failed, gift.earned, payment.succeeded, export.expiring, ...
  type text NOT NULL,
  title text NOT NULL,
  body text NOT NULL,
  data jsonb NOT NULL DEFAULT '{}',
  action_url text,
  image_url text,
  template_id uuid,
  source_type text,
  source_id uuid,
  -- false for transactional-only sends (OTP) that never appear in the inbox.
  show_in_app boolean NOT NULL DEFAULT true,
  read_at timestamptz,
  expires_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT notifications_pkey PRIMARY KEY (id),
  CONSTRAINT notifications_template_id_fkey FOREIGN KEY (template_id)
    REFERENCES notification.templates (id) ON DELETE SET NULL
);
COMMENT ON TABLE notification.notifications IS 'In-app notification to a user; root of every send.';
COMMENT ON COLUMN notification.notifications.tenant_id IS 'soft -> identity.tenants';
COMMENT ON COLUMN notification.notifications.user_id IS 'soft -> identity.users';
COMMENT ON COLUMN notification.notifications.source_id IS
  'soft -> render.render_jobs | render.exports | identity.earned_gifts | identity.payments, by source_type';

CREATE INDEX notifications_user_id_created_at_idx ON notification.notifications (user_id, created_at DESC);
-- Unread badge count.
CREATE INDEX notifications_unread_idx ON notification.notifications (user_id) WHERE read_at IS NULL AND show_in_app;
CREATE INDEX notifications_source_type_source_id_idx ON notification.notifications (source_type, source_id);
CREATE INDEX notifications_expires_at_idx ON notification.notifications (expires_at);
CREATE INDEX notifications_tenant_id_idx ON notification.notifications (tenant_id);

-- notification_deliveries -------------------------------------------------------------------------

CREATE TABLE notification.notification_deliveries (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL,
  notification_id uuid NOT NULL,
  channel notification.channel NOT NULL,
  -- Email, E.164 phone, telegram chat id or push endpoint.
  destination text NOT NULL,
  push_subscription_id uuid,
  status notification.delivery_status NOT NULL DEFAULT 'Pending',
  provider text,
  provider_message_id text,
  attempts smallint NOT NULL DEFAULT 0,
  next_attempt_at timestamptz,
  sent_at timestamptz,
  delivered_at timestamptz,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT notification_deliveries_pkey PRIMARY KEY (id),
  CONSTRAINT notification_deliveries_notification_id_channel_destination_key
    UNIQUE (notification_id, channel, destination),
  -- In-app is the notification row itself, never a delivery.
  CONSTRAINT notification_deliveries_channel_check CHECK (channel <> 'InApp'),
  CONSTRAINT notification_deliveries_notification_id_fkey FOREIGN KEY (notification_id)
    REFERENCES notification.notifications (id) ON DELETE CASCADE
);
COMMENT ON TABLE notification.notification_deliveries IS 'One send of a notification over push, email, SMS or telegram.';
COMMENT ON COLUMN notification.notification_deliveries.tenant_id IS 'soft -> identity.tenants';
COMMENT ON COLUMN notification.notification_deliveries.user_id IS 'soft -> identity.users';
COMMENT ON COLUMN notification.notification_deliveries.push_subscription_id IS 'soft -> identity.push_subscriptions';

-- Sender loop: due retries.
CREATE INDEX notification_deliveries_pending_idx ON notification.notification_deliveries (status, next_attempt_at)
  WHERE status = 'Pending';
-- Usage metering per tenant and channel.
CREATE INDEX notification_deliveries_tenant_id_channel_created_at_idx
  ON notification.notification_deliveries (tenant_id, channel, created_at);
CREATE INDEX notification_deliveries_user_id_idx ON notification.notification_deliveries (user_id);
CREATE INDEX notification_deliveries_push_subscription_id_idx ON notification.notification_deliveries (push_subscription_id)
  WHERE push_subscription_id IS NOT NULL;

CREATE TRIGGER set_updated_at BEFORE UPDATE ON notification.notification_deliveries
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

-- notification_preferences ------------------------------------------------------------------------

CREATE TABLE notification.notification_preferences (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL,
  user_id uuid NOT NULL,
  channel notification.channel NOT NULL,
  -- '*' = all types; the most specific row wins, no row means enabled.
  notification_type text NOT NULL DEFAULT '*',
  enabled boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT notification_preferences_pkey PRIMARY KEY (id),
  CONSTRAINT notification_preferences_user_id_channel_notification_type_key
    UNIQUE (user_id, channel, notification_type)
);
COMMENT ON TABLE notification.notification_preferences IS 'User opt-in or opt-out per channel and notification type.';
COMMENT ON COLUMN notification.notification_preferences.tenant_id IS 'soft -> identity.tenants';
COMMENT ON COLUMN notification.notification_preferences.user_id IS 'soft -> identity.users';

CREATE INDEX notification_preferences_tenant_id_idx ON notification.notification_preferences (tenant_id);

CREATE TRIGGER set_updated_at BEFORE UPDATE ON notification.notification_preferences
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

-- The only hard cross-schema FK (seed): a gift outlives the notification that announced it.
ALTER TABLE identity.earned_gifts ADD CONSTRAINT earned_gifts_notification_id_fkey FOREIGN KEY (notification_id)
REFERENCES notification.notifications(id) ON DELETE SET NULL;

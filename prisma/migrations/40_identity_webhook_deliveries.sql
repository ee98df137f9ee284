-- 40_identity_webhook_deliveries: every event sent (or to be sent) to a tenant's webhook, with its
-- attempts, so a tenant administrator can see what reached their endpoint and what did not.

CREATE TYPE identity.webhook_delivery_status AS ENUM ('Pending', 'Delivered', 'Failed');

CREATE TABLE identity.tenant_webhook_deliveries (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  webhook_id uuid NOT NULL,
  event text NOT NULL,
  -- The source event's id (render.finished's eventId, or ping:<uuid>): one delivery per webhook and event.
  event_id text NOT NULL,
  payload jsonb NOT NULL,
  status identity.webhook_delivery_status NOT NULL DEFAULT 'Pending',
  attempts smallint NOT NULL DEFAULT 0,
  -- When the next attempt is due; while an attempt runs, when its lease ends.
  next_attempt_at timestamptz,
  last_status_code smallint,
  last_error text,
  response_time_ms integer,
  delivered_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT tenant_webhook_deliveries_pkey PRIMARY KEY (id),
  CONSTRAINT tenant_webhook_deliveries_webhook_id_event_id_key UNIQUE (webhook_id, event_id),
  CONSTRAINT tenant_webhook_deliveries_webhook_id_fkey FOREIGN KEY (webhook_id) REFERENCES identity.tenant_webhooks (id) ON DELETE CASCADE
);
CREATE TRIGGER set_updated_at BEFORE UPDATE ON identity.tenant_webhook_deliveries FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
-- The delivery log of a webhook, newest first.
CREATE INDEX tenant_webhook_deliveries_webhook_id_created_at_idx ON identity.tenant_webhook_deliveries (webhook_id, created_at DESC);
COMMENT ON TABLE identity.tenant_webhook_deliveries IS 'One event sent to a tenant webhook: HMAC-signed, retried with backoff, its outcome kept as a log.';
COMMENT ON COLUMN identity.tenant_webhook_deliveries.response_time_ms IS 'How long the endpoint took to answer the last attempt.';

-- 33_consumed_events: events each owner has handled, so that a redelivered event (the queue delivers at least once) changes nothing the second time.

CREATE TABLE identity.consumed_events (
  event_id text NOT NULL,
  consumed_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT consumed_events_pkey PRIMARY KEY (event_id)
);
COMMENT ON TABLE identity.consumed_events IS 'events from other owners identity has applied (usage metering), by event id';

CREATE TABLE notification.consumed_events (
  event_id text NOT NULL,
  consumed_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT consumed_events_pkey PRIMARY KEY (event_id)
);
COMMENT ON TABLE notification.consumed_events IS 'events from other owners notification has turned into notifications, by event id';

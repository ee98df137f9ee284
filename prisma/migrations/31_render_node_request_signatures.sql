-- 31_render_node_request_signatures: signatures of node-agent requests already accepted, so a captured request cannot be replayed within its 5-minute validity.

-- UNLOGGED: a replay window is minutes long, and after a crash the timestamp check alone still
-- bounds replays to 5 minutes; the table is written on every node request, so it should be cheap.
CREATE UNLOGGED TABLE render.node_request_signatures (
  signature char(64) NOT NULL,
  node_id uuid NOT NULL,
  seen_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT node_request_signatures_pkey PRIMARY KEY (signature)
);
CREATE INDEX node_request_signatures_seen_at_idx ON render.node_request_signatures (seen_at);
COMMENT ON TABLE render.node_request_signatures IS 'HMAC signatures of accepted node-agent requests, kept 5 minutes to refuse replays';
COMMENT ON COLUMN render.node_request_signatures.node_id IS 'node that signed (no FK: deleting a node need not touch this log)';

-- 37_identity_refresh_token_history: every refresh token a session has rotated away, so that any
-- old token presented again (a stolen copy, however many rotations ago) revokes its session.

CREATE TABLE identity.session_rotated_tokens (
  token_hash text NOT NULL,
  session_id uuid NOT NULL,
  rotated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT session_rotated_tokens_pkey PRIMARY KEY (token_hash),
  CONSTRAINT session_rotated_tokens_session_id_fkey FOREIGN KEY (session_id) REFERENCES identity.sessions (id) ON DELETE CASCADE
);
CREATE INDEX session_rotated_tokens_session_id_idx ON identity.session_rotated_tokens (session_id);
COMMENT ON TABLE identity.session_rotated_tokens IS 'SHA-256 of refresh tokens a session rotated away; presenting one again revokes the session (reuse detection)';

-- 50_identity_gamification_catalog: one gift per user and achievement, and the first achievements.
-- An achievement's criteria name the event that counts and how many it takes:
-- {"event": "render.completed", "count": N}.

CREATE UNIQUE INDEX earned_gifts_user_id_achievement_id_key ON identity.earned_gifts (user_id, achievement_id);
COMMENT ON INDEX identity.earned_gifts_user_id_achievement_id_key IS 'An achievement gives its gift once per user (redelivered events cannot give it twice).';

ALTER TABLE identity.achievements ADD CONSTRAINT achievements_criteria_check CHECK (
  criteria ? 'event' AND jsonb_typeof(criteria -> 'count') = 'number' AND (criteria ->> 'count')::int > 0
);

INSERT INTO identity.achievements (code, title, description, criteria, gift_type, gift_value, sort_order) VALUES
  ('first-render', 'First render', 'Your first finished video.', '{"event": "render.completed", "count": 1}', 'WalletCredit', 50000, 10),
  ('ten-renders', 'Ten renders', 'Ten finished videos.', '{"event": "render.completed", "count": 10}', 'WalletCredit', 200000, 20),
  ('fifty-renders', 'Fifty renders', 'Fifty finished videos.', '{"event": "render.completed", "count": 50}', 'WalletCredit', 1000000, 30);

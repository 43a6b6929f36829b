-- Issue 11: the same play submitted again under a new idempotency key must count once on the
-- trainer's dashboard. play_key names a play: the trainee, the mode, the scenario version, the
-- choices and the verified result (outcome, overall, per-dimension scores). The seed is left out
-- on purpose: it orders the replies shown, so the same choices under another seed are the same
-- play (a story that draws random numbers and lands elsewhere has another result, so another key).
-- Every cast is spelled out: a generated column needs an immutable expression, and text || integer
-- would not be.
ALTER TABLE attempts ADD COLUMN play_key text GENERATED ALWAYS AS (md5(
  trainee_id || '|' || mode || '|' || content_hash || '|' || (choices::text) || '|' || coalesce(outcome, '') || '|'
  || (overall::text) || '|' || (scores::text)
)) STORED;

-- The earliest attempt of each play is the one that counts; later ones are repeats.
CREATE INDEX attempts_play_key ON attempts (play_key, seq);

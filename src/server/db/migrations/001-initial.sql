-- Cohorts, trainees, scenario versions, verified attempts, leaderboard bests and the xAPI outbox.
-- Secrets are stored only as sha256 hex; times are timestamptz written from the server's clock.

CREATE TABLE cohorts (
  id text PRIMARY KEY,
  name text NOT NULL,
  join_code text NOT NULL UNIQUE,
  trainer_key_hash text NOT NULL UNIQUE,
  pass_mark integer NOT NULL CHECK (pass_mark BETWEEN 0 AND 100),
  created_at timestamptz NOT NULL
);

CREATE TABLE trainees (
  id text PRIMARY KEY,
  cohort_id text NOT NULL REFERENCES cohorts (id),
  display_name text NOT NULL,
  -- the display name folded for comparison: one "Li Wei" per cohort, whatever the case
  name_key text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  UNIQUE (cohort_id, name_key)
);

-- Every compiled version of every scenario, by the sha256 of its story JSON.
CREATE TABLE scenario_versions (
  content_hash text PRIMARY KEY,
  scenario_id text NOT NULL,
  language text NOT NULL,
  title text NOT NULL,
  meta jsonb NOT NULL,
  bounds jsonb NOT NULL,
  best_path jsonb NOT NULL,
  story_json text NOT NULL,
  rubric_version text NOT NULL,
  -- set while the version ships in stories/: such versions are open to every cohort
  shipped_at timestamptz,
  created_at timestamptz NOT NULL
);
CREATE INDEX scenario_versions_shipped ON scenario_versions (scenario_id, language, shipped_at) WHERE shipped_at IS NOT NULL;

-- Which shipped source files compiled to which version, keyed by a hash of the sources, the
-- rubric and the core's code: a restart with nothing changed skips the checker.
CREATE TABLE shipped_sources (
  source_key text PRIMARY KEY,
  content_hash text NOT NULL REFERENCES scenario_versions (content_hash)
);

CREATE TABLE cohort_scenarios (
  cohort_id text NOT NULL REFERENCES cohorts (id),
  content_hash text NOT NULL REFERENCES scenario_versions (content_hash),
  published_at timestamptz NOT NULL,
  PRIMARY KEY (cohort_id, content_hash)
);

CREATE TABLE attempts (
  id text PRIMARY KEY,
  -- global insertion order: the last tie-break between equal scores submitted in the same instant
  seq bigserial NOT NULL UNIQUE,
  cohort_id text NOT NULL REFERENCES cohorts (id),
  trainee_id text NOT NULL REFERENCES trainees (id),
  idempotency_key text NOT NULL,
  scenario_id text NOT NULL,
  content_hash text NOT NULL REFERENCES scenario_versions (content_hash),
  language text NOT NULL,
  rubric_version text NOT NULL,
  seed integer NOT NULL,
  choices jsonb NOT NULL,
  mode text NOT NULL CHECK (mode IN ('coach', 'exam')),
  outcome text,
  overall integer NOT NULL,
  scores jsonb NOT NULL,
  not_assessed jsonb NOT NULL,
  techniques jsonb NOT NULL,
  faults jsonb NOT NULL,
  simulated_seconds double precision NOT NULL,
  submitted_at timestamptz NOT NULL,
  week_start date NOT NULL,
  UNIQUE (trainee_id, idempotency_key)
);
CREATE INDEX attempts_cohort_seq ON attempts (cohort_id, seq);
CREATE INDEX attempts_cohort_scenario ON attempts (cohort_id, scenario_id);

-- What was offered and taken at each step of an attempt, for the trainer's choice statistics.
CREATE TABLE attempt_decisions (
  attempt_id text NOT NULL REFERENCES attempts (id),
  step integer NOT NULL,
  content_hash text NOT NULL,
  -- the source paths of the offered choices: names the decision point within one story version
  point text NOT NULL,
  prompt text NOT NULL,
  choice_index integer NOT NULL,
  choice_text text NOT NULL,
  points integer NOT NULL,
  faults jsonb NOT NULL,
  PRIMARY KEY (attempt_id, step)
);
CREATE INDEX attempt_decisions_point ON attempt_decisions (content_hash, point);

-- Each trainee's best exam attempt per scenario, all-time (period 'all') and per week (the
-- week's first day), kept in the same transaction as the attempt so reads stay small.
CREATE TABLE leaderboard_entries (
  cohort_id text NOT NULL,
  scenario_id text NOT NULL,
  period text NOT NULL,
  trainee_id text NOT NULL REFERENCES trainees (id),
  attempt_id text NOT NULL REFERENCES attempts (id),
  overall integer NOT NULL,
  submitted_at timestamptz NOT NULL,
  seq bigint NOT NULL,
  PRIMARY KEY (cohort_id, scenario_id, period, trainee_id)
);
CREATE INDEX leaderboard_entries_rank ON leaderboard_entries (cohort_id, scenario_id, period, overall DESC, submitted_at, seq);
CREATE INDEX leaderboard_entries_period ON leaderboard_entries (cohort_id, period, trainee_id);

CREATE TABLE xapi_outbox (
  id bigserial PRIMARY KEY,
  attempt_id text NOT NULL UNIQUE REFERENCES attempts (id),
  statement_id text NOT NULL UNIQUE,
  statement jsonb NOT NULL,
  tries integer NOT NULL DEFAULT 0,
  next_try_at timestamptz NOT NULL,
  lease_until timestamptz,
  sent_at timestamptz,
  failed_at timestamptz,
  last_error text
);
CREATE INDEX xapi_outbox_due ON xapi_outbox (next_try_at) WHERE sent_at IS NULL AND failed_at IS NULL;

-- Issue 13: exams played on the server, assignments, and running a cohort.

-- One exam session per server-played exam: its replay inputs (the server chose the seed) and
-- when each turn reached the server. Written after every turn, so any process on the same
-- database, or this one after a restart, continues it at the same line.
CREATE TABLE exam_sessions (
  id text PRIMARY KEY,
  cohort_id text NOT NULL REFERENCES cohorts (id),
  trainee_id text NOT NULL REFERENCES trainees (id),
  content_hash text NOT NULL REFERENCES scenario_versions (content_hash),
  scenario_id text NOT NULL,
  language text NOT NULL,
  rubric_version text NOT NULL,
  seed integer NOT NULL,
  -- Ink choice indices taken, in order
  choices jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- ISO times at which each choice reached the server, one per entry of choices
  turn_times jsonb NOT NULL DEFAULT '[]'::jsonb,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'finished', 'abandoned')),
  assignment_id text,
  attempt_id text REFERENCES attempts (id),
  started_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX exam_sessions_open ON exam_sessions (trainee_id, content_hash) WHERE status = 'open';

-- Where an attempt was played, and the server's timing of a server-played exam.
ALTER TABLE attempts ADD COLUMN played_on text NOT NULL DEFAULT 'browser' CHECK (played_on IN ('server', 'browser'));
ALTER TABLE attempts ADD COLUMN exam_id text;
ALTER TABLE attempts ADD COLUMN wall_seconds double precision;
ALTER TABLE attempts ADD COLUMN time_limit integer;
ALTER TABLE attempts ADD COLUMN over_time boolean NOT NULL DEFAULT false;
-- milliseconds per trainee reply (null entries where not timed)
ALTER TABLE attempts ADD COLUMN turn_times_ms jsonb;

-- A removed member's token no longer authenticates; the record of their attempts stays.
ALTER TABLE trainees ADD COLUMN removed_at timestamptz;

-- A retired published version is hidden from trainees; its attempts stay.
ALTER TABLE cohort_scenarios ADD COLUMN retired_at timestamptz;

-- Shipped scenarios a cohort's trainer hid from it.
CREATE TABLE cohort_hidden_shipped (
  cohort_id text NOT NULL REFERENCES cohorts (id),
  scenario_id text NOT NULL,
  hidden_at timestamptz NOT NULL,
  PRIMARY KEY (cohort_id, scenario_id)
);

CREATE TABLE assignments (
  id text PRIMARY KEY,
  cohort_id text NOT NULL REFERENCES cohorts (id),
  scenario_id text NOT NULL,
  -- null: either language counts
  language text,
  pass_mark integer NOT NULL CHECK (pass_mark BETWEEN 0 AND 100),
  due_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL,
  removed_at timestamptz
);
CREATE INDEX assignments_cohort ON assignments (cohort_id) WHERE removed_at IS NULL;

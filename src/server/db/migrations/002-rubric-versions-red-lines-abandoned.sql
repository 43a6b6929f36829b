-- Rubric 2.0.0 (issue 10): attempts carry their red lines and whether the exam was abandoned;
-- scenario versions keep their per-ending reach, and their score bounds under any other rubric an
-- attempt names, found once by exploring the stored story again.

-- finished: played to an ending; abandoned: an exam the trainee left (stored, never ranked).
ALTER TABLE attempts ADD COLUMN status text NOT NULL DEFAULT 'finished' CHECK (status IN ('finished', 'abandoned'));
-- red-line fault ids, in the order first committed (any one caps the overall under 2.0.0 on)
ALTER TABLE attempts ADD COLUMN red_lines jsonb NOT NULL DEFAULT '[]'::jsonb;
-- dimensions the ending reached gave no chance to earn, left out of the overall
ALTER TABLE attempts ADD COLUMN out_of_reach jsonb NOT NULL DEFAULT '[]'::jsonb;

-- best raw points per dimension on paths to each ending kind, under rubric_version (null before 2.0.0)
ALTER TABLE scenario_versions ADD COLUMN ending_best jsonb;
-- the visit and turn counts the story reads (from the compiler), so that it can be explored again
-- under another rubric; null for versions stored before, until their source is checked again
ALTER TABLE scenario_versions ADD COLUMN story_reads jsonb;

-- A version's bounds under a rubric other than the one it was checked with (scenario_versions.rubric_version).
CREATE TABLE scenario_bounds (
  content_hash text NOT NULL REFERENCES scenario_versions (content_hash),
  rubric_version text NOT NULL,
  bounds jsonb NOT NULL,
  ending_best jsonb,
  best_path jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (content_hash, rubric_version)
);

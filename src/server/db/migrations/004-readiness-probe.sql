-- Issue 11: GET /api/ready proves the database takes a write and gives it back by upserting this
-- one row and reading it in the same transaction (so readiness checks from several server
-- processes on one PostgreSQL never read each other's token).
CREATE TABLE readiness_probe (
  id integer PRIMARY KEY CHECK (id = 1),
  token text NOT NULL,
  checked_at timestamptz NOT NULL
);

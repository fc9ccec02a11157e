-- Erasure audit log and resume point (issue 17 item 2): one row per erasure request (DELETE of a
-- conversation, or POST /api/v1/erasure by identifier). The identifier itself is never stored:
-- only its sha256 (to resume the same request) and a masked form shown on /settings.
CREATE TABLE erasure_requests (
  project_id text NOT NULL,
  id text NOT NULL,
  kind text NOT NULL,
  identifier_hash text NOT NULL,
  identifier_masked text NOT NULL,
  actor text NOT NULL,
  status text NOT NULL DEFAULT 'running',
  forced boolean NOT NULL DEFAULT false,
  matched integer NOT NULL DEFAULT 0,
  erased integer NOT NULL DEFAULT 0,
  pending text[] NOT NULL DEFAULT '{}',
  rows jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  finished_at timestamptz(3),
  CONSTRAINT erasure_requests_pkey PRIMARY KEY (project_id, id)
);
CREATE INDEX erasure_requests_project_id_created_at_idx ON erasure_requests (project_id, created_at DESC);
CREATE INDEX erasure_requests_project_id_identifier_hash_status_idx ON erasure_requests (project_id, identifier_hash, status);

-- Resume point of `npm run rescore` per project and --since value.
CREATE TABLE baton_rescore_progress (
  project_id  text NOT NULL,
  since       timestamptz(3) NOT NULL,
  last_id     text NOT NULL,
  updated_at  timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (project_id, since)
);

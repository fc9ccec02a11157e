-- Liveness of worker processes, so jobs locked by a worker that died (kill -9, OOM, power loss)
-- are handed back to the queue instead of waiting for graphile-worker's 4-hour lock timeout.
-- Infrastructure, not tenant data: its own schema, outside the project-keyed tables.
CREATE SCHEMA IF NOT EXISTS baton_runtime;
CREATE TABLE baton_runtime.worker_heartbeats (
  worker_id  text PRIMARY KEY,
  process_id text NOT NULL,
  beat_at    timestamptz NOT NULL DEFAULT now()
);

-- Baton initial schema (SPEC §4). Every tenant table's key starts with project_id.

CREATE TABLE projects (
  id          text PRIMARY KEY,
  name        text NOT NULL,
  settings    jsonb NOT NULL DEFAULT '{}',
  created_at  timestamptz(3) NOT NULL DEFAULT now()
);

CREATE TABLE api_keys (
  project_id          text NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  id                  text NOT NULL,
  name                text NOT NULL,
  prefix              text NOT NULL,
  hash                text NOT NULL,
  rate_limit_per_sec  integer,
  created_at          timestamptz(3) NOT NULL DEFAULT now(),
  last_used_at        timestamptz(3),
  revoked_at          timestamptz(3),
  accepted            bigint NOT NULL DEFAULT 0,
  duplicates          bigint NOT NULL DEFAULT 0,
  rejected            bigint NOT NULL DEFAULT 0,
  throttled           bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (project_id, id)
);
CREATE UNIQUE INDEX api_keys_hash_key ON api_keys (hash);

CREATE TABLE users (
  id             text PRIMARY KEY,
  email          text NOT NULL,
  name           text NOT NULL DEFAULT '',
  password_hash  text NOT NULL,
  created_at     timestamptz(3) NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (email);

CREATE TABLE project_members (
  project_id  text NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  user_id     text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role        text NOT NULL DEFAULT 'admin',
  created_at  timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (project_id, user_id)
);
CREATE INDEX project_members_user_id_idx ON project_members (user_id);

CREATE TABLE sessions (
  id          text PRIMARY KEY,
  user_id     text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at  timestamptz(3) NOT NULL DEFAULT now(),
  expires_at  timestamptz(3) NOT NULL
);
CREATE INDEX sessions_user_id_idx ON sessions (user_id);

-- Append-only; the idempotency key is (project_id, id).
CREATE TABLE events (
  project_id       text NOT NULL,
  id               text NOT NULL,
  conversation_id  text NOT NULL,
  ts               timestamptz(3) NOT NULL,
  type             text NOT NULL,
  agent            text,
  turn             integer,
  data             jsonb NOT NULL DEFAULT '{}',
  metadata         jsonb,
  received_at      timestamptz(3) NOT NULL DEFAULT now(),
  seq              bigserial NOT NULL,
  PRIMARY KEY (project_id, id)
);
CREATE INDEX events_project_id_conversation_id_ts_seq_idx ON events (project_id, conversation_id, ts, seq);

CREATE TABLE conversations (
  project_id     text NOT NULL,
  id             text NOT NULL,
  status         text NOT NULL DEFAULT 'open',
  first_at       timestamptz(3) NOT NULL,
  last_at        timestamptz(3) NOT NULL,
  agents         text[] NOT NULL DEFAULT '{}',
  agent_path     text[] NOT NULL DEFAULT '{}',
  handoff_count  integer NOT NULL DEFAULT 0,
  max_depth      integer NOT NULL DEFAULT 0,
  user_turns     integer NOT NULL DEFAULT 0,
  event_count    integer NOT NULL DEFAULT 0,
  flags          text[] NOT NULL DEFAULT '{}',
  preview        text NOT NULL DEFAULT '',
  scores         jsonb,
  score_reasons  jsonb,
  scored_at      timestamptz(3),
  contributions  jsonb NOT NULL DEFAULT '[]',
  PRIMARY KEY (project_id, id)
);
CREATE INDEX conversations_project_id_last_at_id_idx ON conversations (project_id, last_at DESC, id DESC);

CREATE TABLE handoffs (
  project_id       text NOT NULL,
  conversation_id  text NOT NULL,
  idx              integer NOT NULL,
  event_id         text NOT NULL,
  from_agent       text NOT NULL,
  to_agent         text NOT NULL,
  turn             integer NOT NULL,
  at               timestamptz(3) NOT NULL,
  depth            integer NOT NULL,
  mode             text NOT NULL,
  summary          text,
  payload          jsonb,
  diff             jsonb NOT NULL DEFAULT '{}',
  dropped          jsonb NOT NULL DEFAULT '[]',
  reasks           jsonb NOT NULL DEFAULT '[]',
  stale_uses       jsonb NOT NULL DEFAULT '[]',
  requested        jsonb,
  ignored          jsonb NOT NULL DEFAULT '[]',
  dropout_score    double precision,
  context_bytes    integer NOT NULL DEFAULT 0,
  flags            text[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (project_id, conversation_id, idx)
);
CREATE INDEX handoffs_project_id_from_agent_to_agent_at_idx ON handoffs (project_id, from_agent, to_agent, at);
CREATE INDEX handoffs_project_id_at_idx ON handoffs (project_id, at);

CREATE TABLE metric_rollups (
  project_id  text NOT NULL,
  metric      text NOT NULL,
  bucket      timestamptz(3) NOT NULL,
  dim         text NOT NULL DEFAULT '',
  dim_value   text NOT NULL DEFAULT '',
  sum         double precision NOT NULL DEFAULT 0,
  count       double precision NOT NULL DEFAULT 0,
  PRIMARY KEY (project_id, metric, dim, bucket, dim_value)
);

CREATE TABLE alert_rules (
  project_id           text NOT NULL,
  id                   text NOT NULL,
  name                 text NOT NULL,
  metric               text NOT NULL,
  comparator           text NOT NULL,
  threshold            double precision NOT NULL,
  window_minutes       integer NOT NULL,
  min_samples          integer NOT NULL DEFAULT 0,
  interval_seconds     integer NOT NULL DEFAULT 60,
  pending_evaluations  integer NOT NULL DEFAULT 1,
  severity             text NOT NULL DEFAULT 'warning',
  group_by             text,
  webhooks             jsonb NOT NULL DEFAULT '[]',
  enabled              boolean NOT NULL DEFAULT true,
  state                jsonb NOT NULL DEFAULT '{}',
  last_evaluated_at    timestamptz(3),
  created_at           timestamptz(3) NOT NULL DEFAULT now(),
  updated_at           timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (project_id, id)
);

CREATE TABLE alert_events (
  project_id      text NOT NULL,
  id              text NOT NULL,
  rule_id         text NOT NULL,
  state           text NOT NULL,
  value           double precision,
  threshold       double precision NOT NULL,
  group_key       text NOT NULL DEFAULT '',
  window_minutes  integer NOT NULL,
  at              timestamptz(3) NOT NULL DEFAULT now(),
  evaluation_key  text NOT NULL,
  PRIMARY KEY (project_id, id)
);
CREATE UNIQUE INDEX alert_events_project_id_rule_id_group_key_evaluation_key_key
  ON alert_events (project_id, rule_id, group_key, evaluation_key);
CREATE INDEX alert_events_project_id_at_idx ON alert_events (project_id, at DESC);

CREATE TABLE notification_deliveries (
  project_id      text NOT NULL,
  id              text NOT NULL,
  alert_event_id  text,
  rule_id         text NOT NULL,
  url             text NOT NULL,
  attempt         integer NOT NULL DEFAULT 0,
  status          text NOT NULL DEFAULT 'pending',
  status_code     integer,
  error           text,
  next_retry_at   timestamptz(3),
  delivered_at    timestamptz(3),
  created_at      timestamptz(3) NOT NULL DEFAULT now(),
  updated_at      timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (project_id, id)
);
CREATE INDEX notification_deliveries_project_id_alert_event_id_idx ON notification_deliveries (project_id, alert_event_id);

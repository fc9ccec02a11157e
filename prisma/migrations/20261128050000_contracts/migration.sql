-- Handoff contracts (issue 16).
-- handoffs.shape: what the handoff carried (fields with JSON type, used downstream, example; facts
-- only in the summary's prose; summary length; release), computed by the worker as it scores, so
-- inference over an edge reads that edge's rows through handoffs_project_id_from_agent_to_agent_at_idx
-- and never re-reads events. handoffs.contract_breaks: the checker's reasons when the edge has a
-- contract (null = no contract was checked).
ALTER TABLE handoffs
  ADD COLUMN shape jsonb,
  ADD COLUMN contract_breaks jsonb;

-- The pinned contract of one edge (from → to); an edge never seen may have one (it waits for traffic).
CREATE TABLE contracts (
  project_id          text NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  from_agent          text NOT NULL,
  to_agent            text NOT NULL,
  schema              jsonb NOT NULL,
  version             integer NOT NULL DEFAULT 1,
  updated_by          text NOT NULL DEFAULT '',
  updated_at          timestamptz(3) NOT NULL DEFAULT now(),
  -- the rescore a change started: handoffs since rescore_since, rescore_total conversations
  rescore_started_at  timestamptz(3),
  rescore_since       timestamptz(3),
  rescore_total       integer NOT NULL DEFAULT 0,
  PRIMARY KEY (project_id, from_agent, to_agent)
);

-- Every change to a contract: who, when, the new schema (null = removed) and the field-level diff.
CREATE TABLE contract_versions (
  project_id  text NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  from_agent  text NOT NULL,
  to_agent    text NOT NULL,
  version     integer NOT NULL,
  schema      jsonb,
  diff        jsonb NOT NULL DEFAULT '[]',
  author      text NOT NULL DEFAULT '',
  created_at  timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (project_id, from_agent, to_agent, version)
);

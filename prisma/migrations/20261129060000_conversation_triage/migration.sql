-- The conversations list as a triage table (issue 15, item 6): each conversation's CSAT (from its last
-- resolution event) and its events' scalar metadata (release, prompt version, …), written by the
-- worker, and one index per sort so a page is a short index walk, never a scan of events.
ALTER TABLE conversations ADD COLUMN csat integer;
ALTER TABLE conversations ADD COLUMN metadata jsonb NOT NULL DEFAULT '{}';

CREATE INDEX conversations_project_id_handoff_count_id_idx ON conversations (project_id, handoff_count, id);
CREATE INDEX conversations_project_id_max_depth_id_idx ON conversations (project_id, max_depth, id);
CREATE INDEX conversations_project_id_csat_id_idx ON conversations (project_id, csat, id) WHERE csat IS NOT NULL;
-- duration is an expression (lib/conversations/sorts.ts spells it the same way)
CREATE INDEX conversations_project_id_duration_id_idx ON conversations (project_id, (last_at - first_at), id);
CREATE INDEX conversations_metadata_idx ON conversations USING gin (metadata jsonb_path_ops);

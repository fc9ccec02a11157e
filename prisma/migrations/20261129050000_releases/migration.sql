-- Issue 15 (releases, edge page). The release a conversation finished on (lib/releases/extract.ts),
-- for the conversation list's release filter and column; NULL = none reported.
ALTER TABLE conversations ADD COLUMN release text;
CREATE INDEX conversations_release_idx ON conversations (project_id, release, last_at DESC, id DESC) WHERE release IS NOT NULL;

-- The edge page and the release comparison read one dimension value (an edge, a release ␟ edge, a
-- prefix of edge ␟ field) across metrics and hours; the primary key leads with metric and bucket,
-- so without this they would walk every bucket of every edge.
CREATE INDEX metric_rollups_dim_value_idx ON metric_rollups (project_id, dim, dim_value, metric, bucket);

-- Re-ask examples on the edge page: the newest handoffs of one edge that had a re-ask, without
-- walking the edge's clean handoffs.
CREATE INDEX handoffs_edge_reask_idx ON handoffs (project_id, from_agent, to_agent, at DESC) WHERE 'reask' = ANY (flags);

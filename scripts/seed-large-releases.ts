// The release and edge-detail rollups (lib/releases/rollups.ts) for the synthetic seed:large
// project, aggregated in SQL from the seeded conversations and handoffs with the same semantics:
// dims "release", "release_edge:<release>", "release_edge_key:<release>" (value edge ␟ key),
// "edge_field:<edge>", and csat_with/without_dropout on dim "edge". A conversation's CSAT is the
// seeded conversations.csat (the one its resolution event carries; ~30 % are rated). The release_edge*
// dims are bucketed by UTC day, as the worker writes them.
export function seedReleaseRollupsSql(): string {
  return `
WITH c AS (
  SELECT id, release, date_trunc('hour', first_at, 'UTC') AS bucket, status,
         (scores->>'handoffsToResolution')::float8 AS h2r, (scores->>'intentDrift')::boolean AS drift,
         csat::float8 AS csat
    FROM conversations WHERE project_id = $1 AND release IS NOT NULL
), h AS (
  SELECT c.release, c.id AS cid, date_trunc('hour', h.at, 'UTC') AS bucket, h.from_agent || '→' || h.to_agent AS edge,
         (jsonb_array_length(h.dropped) > 0)::int AS dropout, jsonb_array_length(h.reasks) AS reasks,
         coalesce(length(h.summary), 0) AS slen, coalesce(h.payload, '{}'::jsonb) AS payload, h.dropped
    FROM handoffs h JOIN c ON c.id = h.conversation_id
   WHERE h.project_id = $1 AND h.dropout_score IS NOT NULL
), ce AS (
  SELECT c.release, c.bucket, e.edge, e.dropout, c.status, c.h2r, c.drift, c.csat
    FROM (SELECT cid, edge, max(dropout) AS dropout FROM h GROUP BY cid, edge) e JOIN c ON c.id = e.cid
), x AS (
  SELECT 'conversations' AS metric, 'release' AS dim, bucket, release AS dim_value, 1::float8 AS s FROM c
  UNION ALL SELECT 'handoffs', 'release', bucket, release, 1 FROM h
  UNION ALL SELECT m.metric, 'release_edge:' || release, bucket, edge, m.s FROM h
    CROSS JOIN LATERAL (VALUES ('handoffs', 1::float8), ('dropout_rate', dropout::float8), ('reask_rate', reasks::float8)) AS m(metric, s)
  UNION ALL SELECT m.metric, 'release_edge:' || release, bucket, edge, m.s FROM h
    CROSS JOIN LATERAL (VALUES ('summary_length', slen::float8), ('summary_length_sq', (slen * slen)::float8)) AS m(metric, s) WHERE slen > 0
  UNION ALL SELECT 'payload_key', 'release_edge_key:' || release, bucket, edge || chr(31) || k, 1 FROM h, jsonb_object_keys(payload) AS k
  UNION ALL SELECT 'dropped_field', 'release_edge_key:' || release, bucket, edge || chr(31) || (d->>'field'), 1 FROM h, jsonb_array_elements(dropped) AS d
  UNION ALL SELECT 'dropped_field', 'edge_field:' || edge, bucket, d->>'field', 1 FROM h, jsonb_array_elements(dropped) AS d
  UNION ALL SELECT CASE WHEN dropout > 0 THEN 'csat_edge_dropout' ELSE 'csat_edge_clean' END, 'edge', bucket, edge, csat FROM ce WHERE csat IS NOT NULL
  UNION ALL SELECT m.metric, 'release_edge:' || release, bucket, edge, m.s FROM ce
    CROSS JOIN LATERAL (VALUES ('conversations', 1::float8), ('intent_drift_rate', drift::int::float8), ('csat_mean', csat), ('csat_mean_sq', csat * csat),
                               ('handoffs_to_resolution', CASE WHEN status = 'resolved' THEN h2r END),
                               ('handoffs_to_resolution_sq', CASE WHEN status = 'resolved' THEN h2r * h2r END)) AS m(metric, s)
   WHERE m.s IS NOT NULL
)
INSERT INTO metric_rollups (project_id, metric, dim, bucket, dim_value, sum, count)
SELECT $1, metric, dim, b, dim_value, sum(s), count(*)
  FROM (SELECT x.*, CASE WHEN starts_with(dim, 'release_edge') THEN date_trunc('day', bucket, 'UTC') ELSE bucket END AS b FROM x) y
 GROUP BY metric, dim, b, dim_value`;
}

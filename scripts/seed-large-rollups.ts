// Hourly metric_rollups for the synthetic seed:large project, aggregated in SQL from the seeded
// conversations and handoffs with the same semantics as lib/scoring's rollupContributions:
// handoff-level metrics bucketed by the handoff's hour (also per receiving agent and per edge),
// conversation-level ones by the conversation's first event hour. A rate is sum / count. Outcome
// and CSAT (resolution_rate, unresolved_conversations, csat_mean, csat_low_rate) read the seeded
// conversations.status and .csat, like the worker's rollupContributions. The contract statistics
// (dim "contract", lib/contracts/stats.ts) per executed handoff: contract_seen and contract_at on
// [from, to, release], contract_field on [from, to, release, key, "string"] with sum = the receiver
// used it — in the seed, the first handoff's order_id unless billing re-asked for it. The release is
// the conversation's (it travels on the first event, and the worker gives each handoff the release
// in force at its index), "" when the conversation has none.
import { ORIGIN_MS } from "../lib/contracts/stats";
import { CSAT_LOW_MAX } from "../lib/scoring/rollups";

export function seedRollupsSql(): string {
  return `
WITH h AS (
  SELECT date_trunc('hour', at, 'UTC') AS bucket, from_agent, to_agent,
         (jsonb_array_length(dropped) > 0)::int AS dropout, jsonb_array_length(reasks) AS reasks,
         jsonb_array_length(stale_uses) AS stale, context_bytes
    FROM handoffs WHERE project_id = $1
), hm AS (
  SELECT bucket, dim, dim_value, metric, sum(s) AS sum, sum(n) AS count FROM (
    SELECT bucket, d.dim, d.dim_value, m.metric, m.s, m.n
      FROM h
      CROSS JOIN LATERAL (VALUES ('', ''), ('agent', to_agent), ('edge', from_agent || '→' || to_agent)) AS d(dim, dim_value)
      CROSS JOIN LATERAL (VALUES ('dropout_rate', dropout::float8, 1::float8), ('reask_rate', reasks, 1),
                                 ('stale_use_rate', stale, 1), ('context_bytes', context_bytes, 1), ('handoffs', 1, 1)) AS m(metric, s, n)
  ) x GROUP BY bucket, dim, dim_value, metric
), c AS (
  SELECT date_trunc('hour', first_at, 'UTC') AS bucket, status, handoff_count, max_depth,
         (scores->>'intentPreservation')::float8 AS ip, ('drift' = ANY(flags))::int AS drift,
         ('role_confusion' = ANY(flags))::int AS rc, ('ping_pong' = ANY(flags))::int AS pp,
         ((scores->>'reaskCount')::int > 0)::int AS reask, csat::float8 AS csat
    FROM conversations WHERE project_id = $1
), cm AS (
  SELECT bucket, '' AS dim, dim_value, metric, sum(s) AS sum, sum(n) AS count FROM (
    SELECT bucket, '' AS dim_value, m.metric, m.s, m.n FROM c
      CROSS JOIN LATERAL (VALUES ('conversations', 1::float8, 1::float8), ('intent_preservation', ip, 1),
                                 ('intent_drift_rate', drift, 1), ('role_confusion_rate', rc, 1), ('ping_pong_rate', pp, 1),
                                 ('handoffs_to_resolution', CASE WHEN status = 'resolved' THEN handoff_count END,
                                                            CASE WHEN status = 'resolved' THEN 1 END),
                                 ('unresolved_conversations', CASE WHEN status <> 'resolved' THEN 1 END, CASE WHEN status <> 'resolved' THEN 1 END),
                                 ('reask_conversation_rate', reask, 1), ('resolution_rate', (status = 'resolved')::int, 1),
                                 ('csat_mean', csat, CASE WHEN csat IS NOT NULL THEN 1 END),
                                 ('csat_low_rate', (csat <= ${CSAT_LOW_MAX})::int, CASE WHEN csat IS NOT NULL THEN 1 END)) AS m(metric, s, n)
     WHERE m.n IS NOT NULL
    UNION ALL
    SELECT bucket, max_depth::text, 'depth_hist', 1, 1 FROM c
  ) y GROUP BY bucket, dim_value, metric
)
, k AS (
  SELECT date_trunc('hour', h.at, 'UTC') AS bucket,
         '["' || h.from_agent || '","' || h.to_agent || '","' || coalesce(c.release, '') || '"' AS edge,
         coalesce(length(h.summary), 0)::float8 AS slen, extract(epoch FROM h.at - to_timestamp(${ORIGIN_MS / 1000}))::float8 AS secs,
         (h.idx = 0 AND jsonb_array_length(h.reasks) = 0)::int AS used, coalesce(h.payload, '{}'::jsonb) AS payload
    FROM handoffs h JOIN conversations c ON c.project_id = h.project_id AND c.id = h.conversation_id
   WHERE h.project_id = $1 AND h.dropout_score IS NOT NULL
), km AS (
  SELECT bucket, 'contract' AS dim, dim_value, metric, sum(s) AS sum, count(*)::float8 AS count FROM (
    SELECT bucket, edge || ']' AS dim_value, 'contract_seen' AS metric, slen AS s FROM k
    UNION ALL SELECT bucket, edge || ']', 'contract_at', secs FROM k
    UNION ALL SELECT bucket, edge || ',"' || f || '","string"]', 'contract_field', used FROM k, jsonb_object_keys(payload) AS f
  ) z GROUP BY bucket, dim_value, metric
)
INSERT INTO metric_rollups (project_id, metric, dim, bucket, dim_value, sum, count)
SELECT $1, metric, dim, bucket, dim_value, sum, count FROM hm
UNION ALL
SELECT $1, metric, dim, bucket, dim_value, sum, count FROM cm
UNION ALL
SELECT $1, metric, dim, bucket, dim_value, sum, count FROM km`;
}

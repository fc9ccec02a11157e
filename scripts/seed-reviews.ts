// Reviewed conversations written straight into PostgreSQL, for measuring and testing the accuracy of
// the scorers on a project's reviews (lib/reviews/accuracy.ts) at scale: `npx tsx
// scripts/bench-reviews.ts` seeds 20,001 of them, tests/api/review-accuracy.test.ts a few hundred.
// Deterministic (every choice is a hash of the row number), set-based (one INSERT per table), and
// varied where the verdicts differ: scores as the worker writes them (the full Scores object, its
// intent reason included), drift / re-ask / dropout unscored as JSON null and as a missing key, no
// scores at all, unexecuted handoffs behind a null dropout rate, flags and labels that agree and
// disagree, a label missing (a review from before a flag existed), notes on some, and a few
// malformed reviews that parseReview skips.
import type pg from "pg";

type Queryable = Pick<pg.Pool, "query">;

/** `n` reviewed conversations (ids `rv-<i>`) in `projectId`, which is created when missing. */
export async function seedReviews(db: Queryable, projectId: string, n: number): Promise<void> {
  await db.query(`INSERT INTO projects (id, name) VALUES ($1, $1) ON CONFLICT (id) DO NOTHING`, [projectId]);
  // h(k) = a deterministic 0..999 per row and purpose
  await db.query(
    `WITH r AS (
       SELECT i, (abs(hashtext(i::text || ':' || k)) % 1000) AS h, k
         FROM generate_series(0, $2::int - 1) AS i, generate_series(0, 15) AS k),
     p AS (SELECT i, array_agg(h ORDER BY k) AS h FROM r GROUP BY i)
     INSERT INTO conversations (project_id, id, first_at, last_at, status, flags, handoff_count, event_count, scores, review)
     SELECT $1, 'rv-' || i, now() - make_interval(mins => i + 5), now() - make_interval(mins => i), 'resolved',
            array_remove(ARRAY[
              CASE WHEN h[1] < 300 THEN 'dropout' END, CASE WHEN h[2] < 200 THEN 'reask' END,
              CASE WHEN h[3] < 100 THEN 'stale' END, CASE WHEN h[4] < 150 THEN 'drift' END,
              CASE WHEN h[5] < 50 THEN 'role_confusion' END, CASE WHEN h[6] < 40 THEN 'deep' END,
              CASE WHEN h[7] < 60 THEN 'ping_pong' END], NULL),
            1 + h[8] % 3, 12,
            CASE WHEN h[9] < 20 THEN NULL ELSE
              jsonb_build_object(
                   'droppedFields', h[1] % 3, 'staleUseCount', 0, 'maxDepth', 1 + h[8] % 3, 'depthLevel', 'ok',
                   'roleConfusion', h[5] < 50, 'pingPong', h[7] < 60, 'contextBytes', 400 + h[10],
                   'intentPreservation', h[11] / 1000.0, 'intentJudge', 'offline', 'intentConfidence', 0.8,
                   'intentDriftKind', CASE WHEN h[4] < 150 THEN 'topic' END, 'intentLostPart', NULL,
                   'intentReason', 'the final interpretation keeps the action (refund) and the object (order ' || (10000 + i) || ') of the first request',
                   'intentPath', 'action-object', 'handoffsToResolution', 1 + h[8] % 3,
                   'askCarried', NULL, 'compressionRatio', NULL, 'resultUsed', NULL)
              || CASE WHEN h[12] < 100 THEN '{}'::jsonb WHEN h[12] < 200 THEN '{"intentDrift": null}'
                      ELSE jsonb_build_object('intentDrift', h[4] < 150) END
              || CASE WHEN h[13] < 60 THEN '{}'::jsonb WHEN h[13] < 120 THEN '{"reaskCount": null}'
                      ELSE jsonb_build_object('reaskCount', CASE WHEN h[2] < 200 THEN 1 ELSE 0 END) END
              || CASE WHEN h[14] < 80 THEN '{}'::jsonb WHEN h[14] < 160 THEN '{"dropoutRate": null}'
                      ELSE jsonb_build_object('dropoutRate', CASE WHEN h[1] < 300 THEN 0.5 ELSE 0 END) END
            END,
            CASE WHEN h[16] < 5 THEN '{"labels": {"dropout": "yes"}, "by": "key:k", "at": "2026-11-01T00:00:00.000Z"}'::jsonb
                 WHEN h[16] < 10 THEN '{"labels": {}, "at": "2026-11-01T00:00:00.000Z"}'::jsonb ELSE
              jsonb_build_object('by', 'user:reviewer' || (i % 7) || '@example.com', 'at', to_char(now() - make_interval(mins => i), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                                 'events', 12, 'labels',
                jsonb_build_object('reask', (h[2] < 200) <> (h[15] % 11 = 0), 'stale', (h[3] < 100) <> (h[15] % 13 = 1),
                                   'drift', (h[4] < 150) <> (h[15] % 7 = 2), 'role_confusion', h[5] < 50,
                                   'deep', (h[6] < 40) <> (h[15] % 17 = 3), 'ping_pong', h[7] < 60)
                || CASE WHEN h[16] < 40 THEN '{}'::jsonb ELSE jsonb_build_object('dropout', (h[1] < 300) <> (h[15] % 5 = 4)) END)
              || CASE WHEN h[15] < 300 THEN jsonb_build_object('note', 'the order id was on screen, see ticket ' || (5000 + i)) ELSE '{}'::jsonb END
            END
       FROM p`,
    [projectId, n],
  );
  // unexecuted handoffs (rows with no dropout score) behind some conversations: read only where dropoutRate is null
  await db.query(
    `INSERT INTO handoffs (project_id, conversation_id, idx, event_id, from_agent, to_agent, turn, at, depth, mode)
     SELECT $1, 'rv-' || i, j, 'ev-' || i || '-' || j, 'triage', 'billing', 0, now(), 1, 'transfer'
       FROM generate_series(0, $2::int - 1) AS i, generate_series(0, 1) AS j
      WHERE abs(hashtext(i::text || ':h')) % 3 = 0 AND j <= abs(hashtext(i::text || ':j')) % 2`,
    [projectId, n],
  );
  await db.query(`ANALYZE conversations`);
  await db.query(`ANALYZE handoffs`);
}

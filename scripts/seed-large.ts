// `npm run seed:large -- [--conversations 1000000] [--project large] [--days 30] [--rollups-only]`: fills a project
// with 1 M conversations / 10 M events (plus their conversations, handoffs and hourly rollups) in
// SQL with generate_series, for measuring the dashboard at scale. The derived rows are what the
// scoring worker would write for these synthetic conversations; they are generated directly
// because scoring 1 M conversations one by one would take hours on 2 cores.
// Raw SQL on the shared pool (bulk): generate_series inserts in the database; Prisma's createMany
// would ship 10 M rows from Node (measured 218 events/s vs 3,080 for one unnest insert, loaded 2-core box).
import { createApiKey } from "../lib/auth/keys";
import { closePool, pool, usePoolProfile } from "../lib/db/pool";
import { migrate } from "../lib/db/migrate";
import { env } from "../lib/env";
import { arg } from "./args";
import { progressBar } from "./progress";
import { seedReleaseRollupsSql } from "./seed-large-releases";
import { seedRollupsSql } from "./seed-large-rollups";

const N = Number(arg("conversations") || "1000000");
const PROJECT = arg("project") || "large";
const DAYS = Number(arg("days") || "30");
const CHUNK = 50_000;

// One conversation = 10 events: the user's ask, triage, an order lookup, a handoff to billing,
// billing's reply (a re-ask in some), the user, a handoff to refunds, refunds' reply, the final
// intent and the resolution. Flags are spread deterministically by conversation number. Five
// releases (v2.0.0 oldest … v2.4.0 newest) split the time range in five; the release travels as
// metadata.release on each conversation's first event (RELEASE_SQL, $5 = total conversations).
export const SEED_RELEASES = 5;
const RELEASE_SQL = `('v2.' || (${SEED_RELEASES - 1} - (c::bigint * ${SEED_RELEASES} / $5::int)) || '.0')`;
// ~30 % of conversations are rated (c % 10 in 1, 4, 7); those that dropped a field on triage→billing
// (c % 8 = 0) rate 1–3, the others 2–5, so the per-edge CSAT split has a true gap to show.
const CSAT_SQL = `(CASE WHEN c % 10 IN (1, 4, 7) THEN CASE WHEN c % 8 = 0 THEN 1 + (c / 10) % 3 ELSE 2 + (c / 10) % 4 END END)`;
// the metadata the list's key=value filter reads: the release and a prompt version, on the first event
const METADATA_SQL = `jsonb_build_object('release', ${RELEASE_SQL}, 'prompt_version', 'p' || (c % 4))`;

const EVENTS_SQL = `
INSERT INTO events (project_id, id, conversation_id, ts, type, agent, turn, data, metadata)
SELECT $1, 'e' || c || '-' || k, 'conv-' || lpad(c::text, 7, '0'),
       now() - make_interval(secs => c * $4::double precision) + make_interval(secs => k * 7),
       (ARRAY['message','message','tool_call','handoff','message','message','handoff','message','intent','resolution'])[k + 1],
       (ARRAY[NULL,'triage','triage','triage','billing',NULL,'billing','refunds','refunds','refunds'])[k + 1],
       CASE WHEN k < 5 THEN 0 ELSE 1 END,
       CASE k
         WHEN 0 THEN jsonb_build_object('role','user','content','Hi, I need a refund for order #' || (100000 + c % 900000) || ', it arrived broken. My email is user' || c || '@example.com')
         WHEN 1 THEN jsonb_build_object('role','agent','content','Sorry to hear that. Let me look up order ' || (100000 + c % 900000) || '.')
         WHEN 2 THEN jsonb_build_object('tool','lookup_order','args',jsonb_build_object('order_id',(100000 + c % 900000)::text),
                      'result',jsonb_build_object('order_id',(100000 + c % 900000)::text,'status','delivered','amount',(c % 500) + 0.99))
         WHEN 3 THEN jsonb_build_object('from','triage','to','billing','mode','transfer','summary','Customer wants a refund for a broken item',
                      'payload', CASE WHEN c % 8 = 0 THEN '{}'::jsonb ELSE jsonb_build_object('order_id',(100000 + c % 900000)::text) END)
         WHEN 4 THEN jsonb_build_object('role','agent','content', CASE WHEN c % 12 = 0 THEN 'Could you share your order number?'
                      ELSE 'I can see order ' || (100000 + c % 900000) || '. Refunds take 3-5 days.' END)
         WHEN 5 THEN jsonb_build_object('role','user','content','Ok, please go ahead with the refund.')
         WHEN 6 THEN jsonb_build_object('from','billing','to','refunds','mode','transfer','summary','Approve refund',
                      'payload',jsonb_build_object('order_id',(100000 + c % 900000)::text))
         WHEN 7 THEN jsonb_build_object('role','agent','content','Your refund is on its way.')
         WHEN 8 THEN jsonb_build_object('intent', CASE WHEN c % 20 = 0 THEN 'customer wants to upgrade their plan' ELSE 'customer wants a refund for a broken order' END)
         ELSE jsonb_strip_nulls(jsonb_build_object('status', CASE WHEN c % 10 = 0 THEN 'escalated' ELSE 'resolved' END, 'csat', ${CSAT_SQL}))
       END,
       CASE WHEN k = 0 THEN ${METADATA_SQL} END
  FROM generate_series($2::int, $3::int - 1) AS c, generate_series(0, 9) AS k
ON CONFLICT DO NOTHING`;

const CONVERSATIONS_SQL = `
INSERT INTO conversations (project_id, id, status, first_at, last_at, agents, agent_path, handoff_count, max_depth,
                           user_turns, event_count, flags, preview, scores, score_reasons, scored_at, contributions, release, csat, metadata)
SELECT $1, 'conv-' || lpad(c::text, 7, '0'),
       CASE WHEN c % 10 = 0 THEN 'escalated' ELSE 'resolved' END,
       now() - make_interval(secs => c * $4::double precision),
       now() - make_interval(secs => c * $4::double precision) + interval '63 seconds',
       ARRAY['triage','billing','refunds'], ARRAY['triage','billing','refunds'], 2, 2, 2, 10,
       array_remove(ARRAY[CASE WHEN c % 8 = 0 THEN 'dropout' END, CASE WHEN c % 12 = 0 THEN 'reask' END,
                          CASE WHEN c % 20 = 0 THEN 'drift' END], NULL),
       'Hi, I need a refund for order #' || (100000 + c % 900000) || ', it arrived broken.',
       jsonb_build_object('dropoutRate', CASE WHEN c % 8 = 0 THEN 0.5 ELSE 0 END,
                          'droppedFields', CASE WHEN c % 8 = 0 THEN 1 ELSE 0 END,
                          'reaskCount', CASE WHEN c % 12 = 0 THEN 1 ELSE 0 END,
                          'intentPreservation', CASE WHEN c % 20 = 0 THEN 0.2 ELSE 0.9 END,
                          'intentDrift', c % 20 = 0, 'handoffsToResolution', CASE WHEN c % 10 = 0 THEN NULL ELSE 2 END,
                          'staleUseCount', 0, 'maxDepth', 2, 'depthLevel', 'ok', 'roleConfusion', false,
                          'pingPong', false, 'contextBytes', 180),
       '{}'::jsonb, now(), '[]', ${RELEASE_SQL}, ${CSAT_SQL}, ${METADATA_SQL}
  FROM generate_series($2::int, $3::int - 1) AS c
ON CONFLICT DO NOTHING`;

const HANDOFFS_SQL = `
INSERT INTO handoffs (project_id, conversation_id, idx, event_id, from_agent, to_agent, turn, at, depth, mode, summary,
                      payload, diff, dropped, reasks, dropout_score, context_bytes, flags)
SELECT $1, 'conv-' || lpad(c::text, 7, '0'), h, 'e' || c || '-' || (3 + h * 3),
       (ARRAY['triage','billing'])[h + 1], (ARRAY['billing','refunds'])[h + 1], h,
       now() - make_interval(secs => c * $4::double precision) + make_interval(secs => (3 + h * 3) * 7), h + 1, 'transfer',
       (ARRAY['Customer wants a refund for a broken item','Approve refund'])[h + 1],
       CASE WHEN h = 0 AND c % 8 = 0 THEN '{}'::jsonb ELSE jsonb_build_object('order_id', (100000 + c % 900000)::text) END,
       '{"removed":[],"added":[],"changed":[],"unchanged":[]}'::jsonb,
       CASE WHEN h = 0 AND c % 8 = 0 THEN jsonb_build_array(jsonb_build_object('field','order_id','value',(100000 + c % 900000)::text)) ELSE '[]'::jsonb END,
       CASE WHEN h = 0 AND c % 12 = 0 THEN jsonb_build_array(jsonb_build_object('eventId','e' || c || '-4','field','order_id')) ELSE '[]'::jsonb END,
       CASE WHEN h = 0 AND c % 8 = 0 THEN 0.5 ELSE 0 END, 90,
       array_remove(ARRAY[CASE WHEN h = 0 AND c % 8 = 0 THEN 'dropout' END, CASE WHEN h = 0 AND c % 12 = 0 THEN 'reask' END], NULL)
  FROM generate_series($2::int, $3::int - 1) AS c, generate_series(0, 1) AS h
ON CONFLICT DO NOTHING`;

async function main() {
  usePoolProfile("bulk"); // long statements on purpose: no request-sized statement timeout
  const url = env().DATABASE_URL;
  if (!url) throw new Error("set DATABASE_URL (npm start prints nothing of it; use the embedded server's URL or your own)");
  await migrate(url);
  const db = pool();
  await db.query(`INSERT INTO projects (id, name) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING`, [PROJECT, `Large (${N.toLocaleString("en-US")} conversations)`]);
  const spacing = (DAYS * 86_400) / N;
  const started = Date.now();
  const fill = async (name: string, sql: string) => {
    const bar = progressBar(`${name.padEnd(13)}`, N);
    for (let lo = 0; lo < N; lo += CHUNK) {
      const params = [PROJECT, lo, Math.min(N, lo + CHUNK), spacing];
      await db.query(sql, sql.includes("$5") ? [...params, N] : params);
      bar.tick(Math.min(CHUNK, N - lo));
    }
    bar.done();
  };
  // --rollups-only: rebuild the project's rollups from its seeded rows (after a change of dims).
  // Events go last: nothing derived reads them, and the pages can be measured while they load.
  const rollupsOnly = process.argv.includes("--rollups-only");
  if (!rollupsOnly) {
    await fill("conversations", CONVERSATIONS_SQL);
    await fill("handoffs", HANDOFFS_SQL);
  }
  const bar = progressBar("rollups      ", 1);
  await db.query(`DELETE FROM metric_rollups WHERE project_id = $1`, [PROJECT]);
  await db.query(seedRollupsSql(), [PROJECT]);
  await db.query(seedReleaseRollupsSql(), [PROJECT]);
  bar.tick(1);
  bar.done();
  await db.query("ANALYZE conversations; ANALYZE handoffs; ANALYZE metric_rollups");
  if (!rollupsOnly) await fill("events", EVENTS_SQL);
  await db.query("ANALYZE events");
  const { secret } = await createApiKey({ projectId: PROJECT, name: "seed:large" });
  console.log(`project "${PROJECT}" ready: ${N.toLocaleString("en-US")} conversations, ${(N * 10).toLocaleString("en-US")} events (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  console.log(`read key (shown once): ${secret}`);
  await closePool();
}

main().catch(async (err) => {
  console.error(`seed:large: ${(err as Error).message}`);
  await closePool().catch(() => {});
  process.exit(1);
});

// Scores conversations and stores the results: the conversations rows, their handoffs rows, and the
// change in their metric_rollups contribution — all in one transaction per batch, so a crash leaves
// either the old derived rows or the new ones. Set-based: a batch of N conversations costs the same
// 7 statements as one, in two round trips (BEGIN; the locks; the events; the settings with the
// previous contributions; the contract stamps — then ONE write, conversations and handoffs with
// jsonb_to_recordset and the rollup deltas of the whole batch summed into one upsert; COMMIT), which
// is what lets the worker keep up with ingest (SPEC §7). Advisory locks per conversation, taken in id order before the events
// are read, keep two batches holding the same conversation from interleaving and writing a stale
// analysis. A conversation whose analysis throws is reported on its own; the rest of the batch is
// written.
import type pg from "pg";
import { groupBy } from "../collections";
import { applyContracts } from "../contracts/apply";
import { contractsByEdge, contractStampsSql, type ContractStamp } from "../contracts/queries";
import { conversationFacets, type ConversationFacets } from "../conversations/facets";
import { toHandoffRow } from "../conversations/read-model";
import { sqlLiteral } from "../db/literal";
import { withInlineTransaction } from "../db/transaction";
import { fromRow } from "../ingest/schemas";
import { parseSettings } from "../projects/settings";
import { contributionDelta, fromStored, rollupContributions, sumDeltas, toStored, type Contribution } from "./rollups";
import { judgeFor } from "./judge-llm";
import { analyzeConversation, type ConversationAnalysis, type IntentJudge } from "./run-scorers";

const JUDGE_PARALLELISM = 16;

/**
 * A scored conversation as the batch's write needs it: its conversations row, its handoffs rows and its
 * stored contribution, each already JSON. Serialised as soon as it is scored, so the analysis (and the
 * conversation's events) can be collected while the rest of the batch is scored, instead of surviving
 * the young generation's collections until the write (issue 12: the worker spent a fifth of its time in
 * the collector). JSON.stringify of an array is its elements' texts joined by "," in brackets, so the
 * statement's text is the same as when the whole arrays were stringified at the write.
 */
type Scored = { id: string; row: string; handoffs: string[]; contributions: string };

/**
 * Per conversation id: its analysis (null when it has no events, or when the caller did not keep
 * analyses: the worker's batcher reads only the errors) or the error analysing it.
 */
export type BatchOutcome = Map<string, { analysis: ConversationAnalysis | null } | { error: Error }>;

export async function scoreConversations({
  projectId,
  conversationIds,
  judge,
  keepAnalyses = true,
}: {
  projectId: string;
  conversationIds: string[];
  judge?: IntentJudge;
  /** false: the outcome holds no analyses (null), so none outlives its own write row */
  keepAnalyses?: boolean;
}): Promise<BatchOutcome> {
  const ids = [...new Set(conversationIds)].sort();
  const outcome: BatchOutcome = new Map();
  if (!ids.length) return outcome;
  await withInlineTransaction(async (client) => {
    // The batch's reads in one round trip (one simple-query string, values as literals), each
    // statement with its own snapshot as before, so the events are read after the locks are held.
    // synchronous_commit off: durable once the job's own completion commits (WAL is flushed in
    // order), so this commit need not wait for its own flush.
    const project = sqlLiteral(projectId);
    const idList = `${sqlLiteral(ids)}::text[]`;
    const [, , , , events, , prev, stamps] = (await client.query(
      `BEGIN;
       SET LOCAL synchronous_commit = off;
       SELECT pg_advisory_xact_lock(hashtext(${project}), hashtext(c)) FROM unnest(${idList}) AS c;
       ${EVENTS_PLANNER};
       ${eventsRead(project, idList)};
       SET LOCAL enable_sort = DEFAULT;
       SELECT id, contributions FROM conversations WHERE project_id = ${project} AND id = ANY(${idList})
       UNION ALL SELECT NULL, settings::text FROM projects WHERE id = ${project};
       ${contractStampsSql(project)}`,
    )) as unknown as [unknown, unknown, unknown, unknown, pg.QueryResult<Parameters<typeof fromRow>[0]>, unknown, pg.QueryResult<{ id: string | null; contributions: string | null }>, pg.QueryResult<ContractStamp>];
    // the project's settings travel as text in the row whose id is null (a conversation id is never null)
    const settingsText = prev.rows.find((r) => r.id === null)?.contributions;
    const settings = parseSettings(settingsText == null ? undefined : JSON.parse(settingsText));
    const contracts = await contractsByEdge(client, projectId, stamps.rows);
    const useJudge = judge ?? judgeFor(settings);
    const byConversation = groupBy(events.rows.map(fromRow), (e) => e.conversationId);
    const previous = new Map(prev.rows.flatMap((r) => (r.id === null ? [] : [[r.id, fromStored(JSON.parse(r.contributions!))] as const])));
    const scored: Scored[] = [];
    const deltas: Contribution[][] = [];
    const analyse = async (id: string) => {
      const list = byConversation.get(id);
      if (!list) return void outcome.set(id, { analysis: null });
      try {
        const analysis = await analyzeConversation(list, settings, { judge: useJudge });
        applyContracts(analysis, contracts);
        const contributions = rollupContributions(analysis);
        deltas.push(contributionDelta(previous.get(id) ?? [], contributions));
        scored.push({
          id,
          row: JSON.stringify(conversationRow(id, analysis, conversationFacets(list))),
          handoffs: analysis.handoffs.map((h) => JSON.stringify(handoffRow(id, h))),
          contributions: JSON.stringify(toStored(contributions)),
        });
        byConversation.delete(id);
        outcome.set(id, { analysis: keepAnalyses ? analysis : null });
      } catch (err) {
        outcome.set(id, { error: err instanceof Error ? err : new Error(String(err)) });
      }
    };
    // The offline judge is synchronous work; an LLM judge waits on the network, so a batch asks
    // it about several conversations at once rather than one after another.
    for (let i = 0; i < ids.length; i += JUDGE_PARALLELISM) await Promise.all(ids.slice(i, i + JUDGE_PARALLELISM).map(analyse));
    await writeBatch(client, projectId, scored, previous, sumDeltas(deltas));
  });
  return outcome;
}

/**
 * The batch's events, in the order of events_project_id_conversation_id_ts_seq_idx. `project` and
 * `idList` are SQL (literals). Read under EVENTS_PLANNER: for a project whose events arrived after
 * the table's last ANALYZE (a new project; at 1 M events autovacuum analyzes only after 10 % of the
 * table changes), `project_id = …` is estimated at ~1 row and the planner reads the project through
 * the primary key (project_id, id), filtering every one of its events and sorting the batch's:
 * EXPLAIN ANALYZE, 100,000 events of the project, 64 conversations: 224 ms, 99,360 rows removed by
 * the filter. Without a sort to choose, the one index that gives this order answers: 0.9 ms.
 */
export const eventsRead = (project: string, idList: string) =>
  `SELECT id, conversation_id AS "conversationId", ts, type, agent, turn, data, metadata
     FROM events WHERE project_id = ${project} AND conversation_id = ANY(${idList}) ORDER BY conversation_id, ts, seq`;

/** The planner setting eventsRead runs under (a sort only as the last resort), for this transaction. */
export const EVENTS_PLANNER = "SET LOCAL enable_sort = off";

/** One conversation (the rescore script's and the tests' entry point). */
export async function scoreConversation({
  projectId,
  conversationId,
  judge,
}: {
  projectId: string;
  conversationId: string;
  judge?: IntentJudge;
}): Promise<ConversationAnalysis | null> {
  const result = (await scoreConversations({ projectId, conversationIds: [conversationId], judge })).get(conversationId)!;
  if ("error" in result) throw result.error;
  return result.analysis;
}

// Raw SQL in the batch's transaction (hot path): set-based writes took the worker from ~620 to ~2,600–3,400 conversations/s (README).
// The batch's writes are ONE statement (data-modifying CTEs): the conversations upsert, the
// replaced handoffs rows and the rollup deltas cost one round trip instead of four, which matters
// when the machine is loaded and every round trip waits for the scheduler (issue 12 throughput).
// The COMMIT travels in the same simple-query string (values as literals), so it costs no round trip of its own.
async function writeBatch(client: pg.PoolClient, projectId: string, scored: Scored[], previous: Map<string, unknown>, delta: Contribution[]) {
  const project = sqlLiteral(projectId);
  const parts = [
    ...(scored.length ? [`conv AS (${conversationsUpsert(scored, project)})`] : []),
    ...handoffsReplace(scored, previous, project),
    ...(delta.length ? [`roll AS (${rollupUpsert(delta, project)})`] : []),
  ];
  await client.query(parts.length ? `WITH ${parts.join(",\n")} SELECT 1; COMMIT` : "COMMIT");
}

/** A conversation's row as jsonb_to_recordset reads it (conversationsUpsert). */
function conversationRow(id: string, a: ConversationAnalysis, facets: ConversationFacets) {
  const c = a.conversation;
  return {
    id, status: c.status, first_at: c.firstAt, last_at: c.lastAt, agents: c.agents, agent_path: c.agentPath,
    handoff_count: c.handoffCount, max_depth: c.maxDepth, user_turns: c.userTurns, event_count: c.eventCount,
    flags: c.flags, preview: c.preview, scores: a.scores, score_reasons: a.scoreReasons, release: c.release, csat: c.csat,
    metadata: facets.metadata,
  };
}

/** A handoff's row: the read model's (lib/conversations/read-model.ts), plus the shape lib/contracts reads. */
const handoffRow = (conversationId: string, h: ConversationAnalysis["handoffs"][number]) => ({ conversationId, ...toHandoffRow(h), shape: h.shape });

function conversationsUpsert(scored: Scored[], project: string): string {
  const rows = `[${scored.map((x) => x.row).join(",")}]`;
  // contributions travel as their own texts: inside the JSON document PostgreSQL would parse them.
  // They are joined by U+001F, which JSON.stringify never leaves raw (it writes \u001f), so the
  // split gives them back one per row; a text[] parameter would make pg escape every quote.
  const contributions = scored.map((x) => x.contributions).join("\u001f");
  return `INSERT INTO conversations (project_id, id, status, first_at, last_at, agents, agent_path, handoff_count, max_depth,
                                user_turns, event_count, flags, preview, scores, score_reasons, scored_at, contributions, release, csat, metadata)
     SELECT ${project}, x.id, x.status, x.first_at, x.last_at, x.agents, x.agent_path, x.handoff_count, x.max_depth, x.user_turns,
            x.event_count, x.flags, x.preview, x.scores, x.score_reasons, now(), x.contributions, x.release, x.csat, x.metadata
       FROM ROWS FROM (
              jsonb_to_recordset(${sqlLiteral(rows)}::jsonb) AS (id text, status text, first_at timestamptz, last_at timestamptz, agents text[],
                agent_path text[], handoff_count int, max_depth int, user_turns int, event_count int, flags text[], preview text,
                scores jsonb, score_reasons jsonb, release text, csat int, metadata jsonb),
              unnest(string_to_array(${sqlLiteral(contributions)}::text, E'\\x1f'))
            ) AS x(id, status, first_at, last_at, agents, agent_path, handoff_count, max_depth, user_turns, event_count, flags,
                   preview, scores, score_reasons, release, csat, metadata, contributions)
      ORDER BY x.id
     ON CONFLICT (project_id, id) DO UPDATE SET status = EXCLUDED.status, first_at = EXCLUDED.first_at,
       last_at = EXCLUDED.last_at, agents = EXCLUDED.agents, agent_path = EXCLUDED.agent_path,
       handoff_count = EXCLUDED.handoff_count, max_depth = EXCLUDED.max_depth, user_turns = EXCLUDED.user_turns,
       event_count = EXCLUDED.event_count, flags = EXCLUDED.flags, preview = EXCLUDED.preview, scores = EXCLUDED.scores,
       score_reasons = EXCLUDED.score_reasons, scored_at = now(), contributions = EXCLUDED.contributions,
       release = EXCLUDED.release, csat = EXCLUDED.csat, metadata = EXCLUDED.metadata`;
}

/**
 * Replaces the handoffs rows (a conversation scored for the first time has none to delete). The
 * insert reads the delete's count first, so the old rows are gone before the new ones (same keys)
 * go in: in one statement the CTEs otherwise run in no fixed order.
 */
function handoffsReplace(scored: Scored[], previous: Map<string, unknown>, project: string): string[] {
  const rescored = scored.filter((s) => previous.has(s.id)).map((s) => s.id);
  const rows = scored.flatMap((s) => s.handoffs);
  const out: string[] = [];
  if (rescored.length) out.push(`gone AS (DELETE FROM handoffs WHERE project_id = ${project} AND conversation_id = ANY(${sqlLiteral(rescored)}::text[]) RETURNING 1)`);
  if (!rows.length) return out;
  out.push(`hand AS (INSERT INTO handoffs (project_id, conversation_id, idx, event_id, from_agent, to_agent, turn, at, depth, mode, summary,
                           payload, diff, dropped, reasks, stale_uses, requested, ignored, dropout_score, context_bytes, flags,
                           shape, contract_breaks, fan_out_group, fan_out_width, pair_idx, orchestration)
     SELECT ${project}, x."conversationId", x.idx, x."eventId", x."fromAgent", x."toAgent", x.turn, x.at, x.depth, x.mode, x.summary,
            x.payload, x.diff, x.dropped, x.reasks, x."staleUses", x.requested, x.ignored, x."dropoutScore", x."contextBytes", x.flags,
            x.shape, x."contractBreaks", x."fanOutGroup", x."fanOutWidth", x."pairIdx", x.orchestration
       FROM jsonb_to_recordset(${sqlLiteral(`[${rows.join(",")}]`)}::jsonb) AS x("conversationId" text, idx int, "eventId" text, "fromAgent" text, "toAgent" text,
            turn int, at timestamptz, depth int, mode text, summary text, payload jsonb, diff jsonb, dropped jsonb, reasks jsonb,
            "staleUses" jsonb, requested jsonb, ignored jsonb, "dropoutScore" float8, "contextBytes" int, flags text[],
            shape jsonb, "contractBreaks" jsonb, "fanOutGroup" int, "fanOutWidth" int, "pairIdx" int, orchestration jsonb)
      ${rescored.length ? "WHERE (SELECT count(*) FROM gone) >= 0" : ""})`);
  return out;
}

/** Adds deltas to metric_rollups in key order (concurrent jobs lock rows in the same order). */
// Raw SQL (hot path): one unnest upsert of 300 rollup keys 131 ms vs Prisma upsert per key 12.9 s (loaded 2-core box, 2026-11-28).
function rollupUpsert(delta: Contribution[], project: string): string {
  return `INSERT INTO metric_rollups (project_id, metric, dim, bucket, dim_value, sum, count)
     SELECT ${project}, x.metric, x.dim, x.bucket, x.dim_value, x.sum, x.count
       FROM unnest(${sqlLiteral(delta.map((d) => d.metric))}::text[], ${sqlLiteral(delta.map((d) => d.dim))}::text[], ${sqlLiteral(delta.map((d) => d.bucket))}::timestamptz[],
                   ${sqlLiteral(delta.map((d) => d.dimValue))}::text[], ${sqlLiteral(delta.map((d) => d.sum))}::float8[], ${sqlLiteral(delta.map((d) => d.count))}::float8[])
            AS x(metric, dim, bucket, dim_value, sum, count)
      ORDER BY x.metric, x.dim, x.bucket, x.dim_value
     ON CONFLICT (project_id, metric, dim, bucket, dim_value)
     DO UPDATE SET sum = metric_rollups.sum + EXCLUDED.sum, count = metric_rollups.count + EXCLUDED.count`;
}

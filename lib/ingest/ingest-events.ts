// The one write path for telemetry: native events from /api/v1/events and every framework
// adapter land here. Each event is validated on its own; the valid ones are written in one
// statement together with the scoring jobs for the conversations they touch, so an
// acknowledged event is always both stored and queued (SPEC §2.1, §8). Small requests are
// group-committed with concurrent ones (./group-commit.ts: the guarantees stay per request).
import { isDatabaseUnavailable, KeyChangedError, UnavailableError, zodIssues, type Issue } from "../errors";
import type pg from "pg";
import { ingestPool } from "../db/pool";
import { env } from "../env";
import { findJsonProblem } from "../http/json-guard";
import { redactEvent } from "../privacy/redact-events";
import type { Redactor } from "../privacy/redact";
import { COMMON_KEYS, IngestEvent } from "./schemas";
import { count } from "./rate-limit";
import { groupCommit, type GroupCommit } from "./group-commit";
import { queueScoring, scoreJobSpecs } from "./score-jobs";
import { copyEvents, isCopyConflict } from "./copy-events";

export interface IngestContext {
  projectId: string;
  keyId?: string;
  /** the project's PII redaction for this request (read with the API key), null when off */
  redactor: Redactor | null;
  /**
   * Set when the key was looked up from a cache (native ingest): the INSERT then stores the events
   * only if this key is still unrevoked and the project's `settings.redaction` still equals
   * `redaction` (the setting the redactor was built from), and throws KeyChangedError otherwise.
   */
  keyCheck?: { keyId: string; redaction: unknown };
}

export interface IngestError {
  index: number;
  id: string | null;
  issues: Issue[];
}

/** The error entry for item `index` of the request's `container` array that failed validation. */
export function rejectedItem(
  container: string,
  index: number,
  raw: unknown,
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
): IngestError {
  const id = (raw as { id?: unknown } | null)?.id;
  return { index, id: typeof id === "string" ? id : null, issues: zodIssues(issues, [container, index]) };
}

export interface IngestResult {
  accepted: number;
  duplicates: number;
  errors: IngestError[];
}

export const SCORE_TASK = "score_conversation";

export async function ingestEvents({ ctx, input }: { ctx: IngestContext; input: unknown[] }): Promise<IngestResult> {
  const errors: IngestError[] = [];
  const events: StoredEvent[] = [];
  const seen = new Set<string>();
  let inBatchDuplicates = 0;
  // PII redaction happens here, before anything is stored, for every ingest route
  const { redactor } = ctx;
  input.forEach((raw, index) => {
    // strings PostgreSQL cannot store (NUL, lone surrogates): this event is rejected, the rest kept.
    // Depth is the schema's (MAX_JSON_DEPTH, naming the field); this walk is iterative either way.
    const bad = findJsonProblem(raw, { maxDepth: Infinity });
    if (bad) {
      errors.push(rejectedItem("events", index, raw, [bad]));
      return;
    }
    const parsed = IngestEvent.safeParse(raw);
    if (!parsed.success) {
      errors.push(rejectedItem("events", index, raw, parsed.error.issues));
      return;
    }
    if (seen.has(parsed.data.id)) {
      inBatchDuplicates++;
      return;
    }
    seen.add(parsed.data.id);
    // zod's output is a fresh object: stored as it is (insertGroup splits it into columns), not copied again
    events.push(toStored(redactor ? redactEvent(parsed.data, redactor) : parsed.data));
  });

  const inserted = events.length ? await insertEvents(ctx, events) : 0;
  const result = { accepted: inserted, duplicates: events.length - inserted + inBatchDuplicates, errors };
  if (ctx.keyId) {
    count(ctx.projectId, ctx.keyId, {
      accepted: result.accepted,
      duplicates: result.duplicates,
      rejected: errors.length,
    });
  }
  return result;
}

/**
 * A validated event as insertGroup sends it: its timestamp as epoch milliseconds. JSON.stringify of
 * a Date calls toISOString (and leaves the stringifier's fast path) for every event: on a 500-event
 * batch that was two thirds of the stringify (1.24 vs 3.58 ms in a micro-benchmark on the loaded box).
 */
export type StoredEvent = Omit<IngestEvent, "timestamp"> & { timestamp: number };

/** In place: the object is zod's (or the redactor's) fresh copy, owned by this request. */
const toStored = (e: IngestEvent): StoredEvent => Object.assign(e, { timestamp: e.timestamp.getTime() });

/** Where insertGroup runs its statement: ingest's pool, or (tests) a client of the caller's. */
type Queryable = Pick<pg.ClientBase, "query">;

/** One request's valid events for one project: the unit a group commit stores. */
export interface Insert {
  projectId: string;
  events: StoredEvent[];
  keyCheck?: IngestContext["keyCheck"];
}

/** insertGroup's result for an item whose keyCheck failed (nothing of it was stored). */
const KEY_CHANGED = -1;

/** Requests up to this many events are group-committed with concurrent ones; larger ones are a group already. */
export const GROUPED_MAX_EVENTS = 100;
/** Events per group at most, and groups committing at once per process (each holds one connection). */
export const GROUP_MAX_EVENTS = 1000;
export const GROUP_IN_FLIGHT = 2;
/**
 * The second group starts only once the first has been committing this long (ms): a stalled commit
 * (a lock wait, a slow flush) does not hold the queue for longer, and a healthy one (1-2 ms on a quiet
 * box) lets the queue grow into one larger group instead of two small ones side by side
 * (./group-commit.ts staggerMs). Profiled at 16 senders (load 7-9, interleaved): 0 → 30 ms, groups of
 * 4.2-4.3 → 7.5 events, CPU per request web 0.91 → 0.57 ms and PostgreSQL 0.40 → 0.23-0.24 ms, 331-394
 * → 753-768 req/s. 5 ms was too short under that load (groups of 3.9-5.3: commits took longer).
 */
export const GROUP_STAGGER_MS = 30;
/**
 * A group that ends with fewer requests queued than it answered waits, at most this long (ms) and at
 * most half its own run time, until half of both are queued (./group-commit.ts gatherMs): senders
 * waiting for their answer then form two even groups taking turns (16 senders: 1 and 15 → 8 and 8),
 * so the web process reads one while the other commits instead of idling through the larger one.
 */
export const GROUP_GATHER_MS = 10;
/** The ingest INSERT's connections per process: the groups in flight and requests too large to group. */
const INGEST_CONNECTIONS = GROUP_IN_FLIGHT + 2;

// On globalThis: Next bundles each ingest route with its own copy of this module; they share one.
const g = globalThis as unknown as { __batonIngestGroups?: GroupCommit<Insert, number> };
const groups = () =>
  (g.__batonIngestGroups ??= groupCommit<Insert, number>({
    run: insertGroup,
    maxInFlight: GROUP_IN_FLIGHT,
    maxWeight: GROUP_MAX_EVENTS,
    staggerMs: GROUP_STAGGER_MS,
    gatherMs: GROUP_GATHER_MS,
    weight: (i) => i.events.length,
    // a database that is away fails the whole group (503, resend); anything else may be one event's fault
    retrySingly: (err) => !isDatabaseUnavailable(err),
  }));

async function insertEvents(ctx: IngestContext, events: StoredEvent[]): Promise<number> {
  const item: Insert = { projectId: ctx.projectId, events, keyCheck: ctx.keyCheck };
  let stored: number;
  try {
    stored = events.length <= GROUPED_MAX_EVENTS ? await groups().submit(item) : await insertLarge(item);
  } catch (err) {
    if (isDatabaseUnavailable(err)) throw new UnavailableError("storage unavailable, nothing was written; retry later");
    throw err;
  }
  if (stored === KEY_CHANGED) throw new KeyChangedError("the API key or the project's redaction setting changed during the request; nothing was written");
  return stored;
}

/**
 * Stores the events of several requests in one statement — the INSERT and the scoring jobs of the
 * conversations it touched, so atomic on its own — and returns how many events each request
 * stored. An event id sent twice inside the group is stored for the first request and is a
 * duplicate for the later ones; one stored before is a duplicate for all (ON CONFLICT DO NOTHING).
 */
export async function insertGroup(items: Insert[], db: Queryable = ingestPool(INGEST_CONNECTIONS)): Promise<number[]> {
  // Raw SQL (hot path), on ingest's own pool: unnest 3,080 vs Prisma createManyAndReturn 218 events/s (500-event batches, same loaded 2-core box, 2026-11-28).
  // One jsonb parameter holding the validated events as they are ([{p: project, e: [event…]}…], one
  // JSON.stringify per request), split into columns by PostgreSQL, instead of nine column arrays with
  // a jsonb[] of per-event strings (a copy and a stringify per event, then pg escaping every element
  // of every array). `BENCH_ONLY=ingest npm run bench` back to back on a loaded box (2026-11-29):
  // this statement alone 2,748 → 5,275 events/s (0.15 → 0.25 × COPY, load 16–18); with the guard,
  // Timestamp and epoch-ms changes 3,678 → 5,347 events/s (0.24 → 0.39 × COPY, load 16–20). CPU per
  // 500-event request under that load: web 27.6 → 14.7 ms, PostgreSQL 19.0 → 22.0 ms (jsonb
  // extraction costs PostgreSQL ~10 % more than unnest; node saves far more).
  // The split is toRow's (schemas.ts; tests/api/ingest-rows.test.ts holds them equal). DISTINCT ON
  // keeps an id sent by several requests of a group for the first one, and the rows are inserted
  // (and job keys taken) sorted, so concurrent groups lock in the same order: no deadlocks. One
  // statement instead of BEGIN / INSERT / add_jobs / COMMIT: one round trip per group, not four.
  // Timestamps arrive as epoch ms (StoredEvent): whole seconds through to_timestamp (exact in a
  // double up to year 9999) plus the milliseconds as an interval, so no float rounding reaches ts.
  // An item with a keyCheck ({k: key id, r: redaction setting}) is stored only if its key is unrevoked
  // and the setting unchanged, read in this statement's snapshot: a key revoked before it began writes
  // nothing (its item answers KEY_CHANGED), and with no lookup round trip of its own (issue 17 §4).
  const groupJson = `[${items.map((it) => `{"p":${JSON.stringify(it.projectId)},${checkJson(it)}"e":${JSON.stringify(it.events)}}`).join(",")}]`;
  // A named statement on ingest's own connections (ingestPool): parsed once per connection and, after
  // five executions, run on its generic plan, not planned again per group (issue 17 §4). The scoring
  // jobs go through baton_add_jobs_quiet (lib/db/quiet-add-jobs.ts: graphile's add_jobs without its
  // NOTIFY, whose commit lock made concurrent groups wait for each other's WAL flush).
  const { rows } = await db.query<{ i: string; n: number }>({
    name: "baton_insert_group",
    text: INSERT_GROUP_SQL,
    values: [groupJson, COMMON_KEYS, SCORE_TASK, env().BATON_SCORE_DEBOUNCE_MS],
  });
  const stored = items.map(() => KEY_CHANGED);
  for (const r of rows) stored[Number(r.i) - 1] = r.n;
  return stored;
}


const INSERT_GROUP_SQL = `WITH items AS (
       SELECT g.i, g.item FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS g(item, i)
       WHERE NOT g.item ? 'k' OR ${keyUnchanged("g.item->>'p'", "g.item->>'k'", "g.item->'r'")}
     ), src AS (
       SELECT DISTINCT ON (project_id, id) items.i, items.item->>'p' AS project_id, e->>'id' AS id, (e->>'timestamp')::bigint AS ms, e
       FROM items, jsonb_array_elements(items.item->'e') AS e
       ORDER BY project_id, id, items.i
     ), ins AS (
       INSERT INTO events (project_id, id, conversation_id, ts, type, agent, turn, data, metadata)
       SELECT project_id, id, e->>'conversationId', to_timestamp(ms / 1000) + (ms % 1000) * interval '1 millisecond', e->>'type',
              coalesce(e->>'agent', CASE WHEN e->>'type' = 'handoff' THEN e->>'from' END), (e->>'turn')::int,
              e - $2::text[], e->'metadata'
       FROM src ORDER BY project_id, id
       ON CONFLICT (project_id, id) DO NOTHING
       RETURNING project_id, id, conversation_id
     ), touched AS (
       SELECT DISTINCT project_id AS p, conversation_id AS c FROM ins
     ), jobs AS (
       SELECT ${queueScoring("touched", "$3::text", "$4::double precision")} AS n
     )
     SELECT items.i, count(ins.id)::int AS n
     FROM items CROSS JOIN jobs LEFT JOIN (ins JOIN src USING (project_id, id)) ON src.i = items.i GROUP BY items.i`;

/**
 * A request too large to group (it is a group already): its events are COPYed (./copy-events.ts),
 * then its conversations' scoring jobs queued and its keyCheck made, in one transaction. When the
 * COPY loses a race (an id already stored: a resend) the transaction is rolled back and the request
 * stored by insertGroup's ON CONFLICT statement. Batches of 500 (bench, quiet box): see docs/architecture.md.
 */
async function insertLarge(item: Insert, db: pg.Pool = ingestPool(INGEST_CONNECTIONS)): Promise<number> {
  const outcome = await copyLarge(item, db);
  if (outcome === "conflict") return (await insertGroup([item], db))[0];
  return outcome === "stored" ? item.events.length : KEY_CHANGED;
}

async function copyLarge(item: Insert, db: pg.Pool): Promise<"stored" | "conflict" | "key changed"> {
  const client = await db.connect();
  let failure: Error | undefined;
  try {
    await client.query("BEGIN");
    try {
      await copyEvents(client, item.projectId, item.events);
    } catch (err) {
      if (!isCopyConflict(err)) throw err;
      await client.query("ROLLBACK");
      return "conflict";
    }
    const check = item.keyCheck;
    const { rows } = await client.query<{ ok: boolean }>({
      name: "baton_copy_jobs",
      text: COPY_JOBS_SQL,
      values: [
        item.projectId,
        [...new Set(item.events.map((e) => e.conversationId))],
        check?.keyId ?? null,
        JSON.stringify(check?.redaction ?? null),
        SCORE_TASK,
        env().BATON_SCORE_DEBOUNCE_MS,
      ],
    });
    await client.query(rows[0].ok ? "COMMIT" : "ROLLBACK");
    return rows[0].ok ? "stored" : "key changed";
  } catch (err) {
    // a connection that failed mid-transaction is closed, not returned (PostgreSQL rolls it back)
    failure = err as Error;
    throw err;
  } finally {
    client.release(failure);
  }
}

/** After insertLarge's COPY: whether its keyCheck holds (else it rolls back), and its scoring jobs. */
const COPY_JOBS_SQL = `WITH touched AS (SELECT $1::text AS p, c FROM unnest($2::text[]) AS c)
     SELECT ($3::text IS NULL OR ${keyUnchanged("$1", "$3", "$4::jsonb")}) AS ok, ${queueScoring("touched", "$5::text", "$6::double precision")} AS n`;

/** SQL: the item's key is still unrevoked and its project's redaction setting still `redaction` (jsonb). */
function keyUnchanged(project: string, key: string, redaction: string): string {
  return `EXISTS (SELECT 1 FROM api_keys k JOIN projects p ON p.id = k.project_id
         WHERE k.project_id = ${project} AND k.id = ${key} AND k.revoked_at IS NULL
           AND coalesce(p.settings->'redaction', 'null') = ${redaction})`;
}

/** The `"k":…,"r":…,` members of an item with a keyCheck (r: the setting as JSON, null when unset). */
function checkJson(it: Insert): string {
  return it.keyCheck ? `"k":${JSON.stringify(it.keyCheck.keyId)},"r":${JSON.stringify(it.keyCheck.redaction ?? null)},` : "";
}

/**
 * One debounced job per conversation: the job key dedupes a burst into one scoring run, and
 * preserve_run_at keeps the first run_at so a conversation under constant traffic is still scored
 * every debounce interval rather than starved.
 */
export async function enqueueScoring(
  client: { query: (sql: string, params: unknown[]) => Promise<unknown> },
  projectId: string,
  conversationIds: string[],
  delayMs = env().BATON_SCORE_DEBOUNCE_MS,
): Promise<void> {
  await client.query(
    `SELECT count(*) FROM graphile_worker.add_jobs(
       ${scoreJobSpecs("(SELECT $1::text AS p, c FROM unnest($2::text[]) AS c) s", "$4::text", "$3::double precision")}, true)`,
    [projectId, conversationIds, delayMs, SCORE_TASK],
  );
}

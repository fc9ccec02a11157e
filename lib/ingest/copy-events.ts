// COPY of one large request's events straight into the events table (issue 17 §4: batches of 500
// at ≥ 0.5 × the raw COPY rate). The one-statement INSERT … SELECT FROM jsonb_array_elements … ON
// CONFLICT that small requests share (./ingest-events.ts insertGroup) cost PostgreSQL ~44 µs of
// backend CPU per event on a quiet connection: the jsonb parse and extraction, and an executor
// insert per row with ON CONFLICT's speculative insertion. COPY writes the same rows with the heap's
// multi-row insert and no ON CONFLICT. COPY has no ON CONFLICT, so it is optimistic: when one of the
// request's ids is already stored (a resend) or being stored by a concurrent request, the COPY fails
// with a unique violation (or, with crossed orders, a deadlock), the caller rolls the transaction
// back — nothing of it is written — and stores the request with the ON CONFLICT statement instead.
// Exactly-once rests on the unique key (project_id, id) either way.
//
// The rows are split as toRow splits them (schemas.ts; tests/api/ingest-rows.test.ts holds the
// stored rows equal to toRow's for a large request and a small one) and written in COPY's text
// format, sorted by id so two concurrent COPYs of overlapping requests take their index locks in
// the same order.
import type pg from "pg";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { from as copyFrom } from "pg-copy-streams";
import { env } from "../env";
import { COMMON_KEYS } from "./schemas";
import type { StoredEvent } from "./ingest-events";

const COMMON = new Set(COMMON_KEYS);
const COPY_SQL = "COPY events (project_id, id, conversation_id, ts, type, agent, turn, data, metadata) FROM STDIN";

/** The errors a lost COPY race raises: the rows' ids are (being) stored by someone else. */
const CONFLICT_CODES = new Set(["23505", "40P01"]);
export const isCopyConflict = (err: unknown) => CONFLICT_CODES.has((err as { code?: string })?.code ?? "");

/** COPY text: backslash, tab, newline and carriage return escaped (NUL never gets here: findJsonProblem). */
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };
const SPECIAL = /[\\\t\n\r]/;
const text = (s: string) => (SPECIAL.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]) : s);
/** JSON.stringify escapes every control character itself: only its backslashes need doubling. */
const json = (v: unknown) => {
  const s = JSON.stringify(v);
  return s.includes("\\") ? s.replaceAll("\\", "\\\\") : s;
};

/**
 * `ms` as ISO-8601 UTC with milliseconds, as toISOString writes it for the schema's range (years
 * 1970-9999), with the date part kept from the previous call: toISOString was ~2.5 µs per event,
 * and a batch's events mostly share their day.
 */
let day = NaN;
let dayText = "";
const pad = (n: number, width: number) => String(n).padStart(width, "0");
export function isoTime(ms: number): string {
  const d = Math.floor(ms / 86_400_000);
  if (d !== day) {
    dayText = new Date(d * 86_400_000).toISOString().slice(0, 11);
    day = d;
  }
  const r = ms - d * 86_400_000;
  return `${dayText}${pad(Math.floor(r / 3_600_000), 2)}:${pad(Math.floor(r / 60_000) % 60, 2)}:${pad(Math.floor(r / 1000) % 60, 2)}.${pad(r % 1000, 3)}Z`;
}

/** One event as a COPY text line (the columns of COPY_SQL, in order). */
function line(project: string, e: StoredEvent): string {
  const data: Record<string, unknown> = {};
  for (const k in e) if (!COMMON.has(k)) data[k] = (e as unknown as Record<string, unknown>)[k];
  // a handoff is emitted by its sender unless told otherwise (toRow)
  const agent = e.agent ?? (e.type === "handoff" ? (e as { from?: string }).from : undefined);
  return `${project}\t${text(e.id)}\t${text(e.conversationId)}\t${isoTime(e.timestamp)}\t${text(e.type)}\t${
    agent === undefined ? "\\N" : text(agent)
  }\t${e.turn ?? "\\N"}\t${json(data)}\t${e.metadata === undefined ? "\\N" : json(e.metadata)}\n`;
}

/**
 * COPYs `events` (one project's, no id twice) into the events table on `client`, inside the caller's
 * transaction. Fails with a unique violation when an id is already stored (isCopyConflict). Bounded
 * like every query of the pool (BATON_DB_TIMEOUT_MS + 500 ms): a frozen server fails the copy with a
 * "Query read timeout", which the caller answers as storage unavailable, instead of a hang.
 */
export async function copyEvents(client: pg.PoolClient, projectId: string, events: StoredEvent[]): Promise<void> {
  const project = text(projectId);
  const sorted = [...events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let body = "";
  for (const e of sorted) body += line(project, e);
  const stream = client.query(copyFrom(COPY_SQL));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("Query read timeout (COPY into events)")), env().BATON_DB_TIMEOUT_MS + 500);
  });
  try {
    await Promise.race([pipeline(Readable.from([body]), stream), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

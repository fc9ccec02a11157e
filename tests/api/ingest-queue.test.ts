// Ingest queues its scoring jobs without a NOTIFY (lib/db/quiet-add-jobs.ts, issue 17 §4): the
// installed baton_add_jobs_quiet is graphile-worker's add_jobs with only its pg_notify removed, the
// ingest statement queues one job per conversation it touched and sends no "jobs:insert", and
// graphile's own add_jobs (the near miss) does send it, so the check can fail.
//
// A notification a session's own transaction sends is delivered to that session when it commits,
// before the statement's answer: running the ingest statement on a client that LISTENs shows
// whether it notified. Other processes on the test database (the worker's crons) may notify too,
// so the checks look for graphile's payload with this statement's job count ("count":7).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { quietAddJobsSql, QUIET_ADD_JOBS } from "../../lib/db/quiet-add-jobs";
import { insertGroup, type StoredEvent } from "../../lib/ingest/ingest-events";
import { createTestProject } from "../helpers/api";

let client: pg.Client;
const heard: string[] = [];

beforeAll(async () => {
  client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  client.on("notification", (m) => m.channel === "jobs:insert" && heard.push(m.payload ?? ""));
  await client.query(`LISTEN "jobs:insert"`);
});

afterAll(async () => {
  await client?.end();
});

const CONVERSATIONS = 7;

function events(tag: string): StoredEvent[] {
  return Array.from({ length: 14 }, (_, i) => ({
    id: `${tag}-${i}`,
    conversationId: `${tag}-c${i % CONVERSATIONS}`,
    timestamp: Date.now() - 1000 + i,
    type: "message",
    role: "user",
    content: `hello ${i}`,
  })) as StoredEvent[];
}

const fromThisStatement = () => heard.filter((p) => p.includes(`"count":${CONVERSATIONS}}`));

async function definition(fn: string): Promise<string> {
  const { rows } = await client.query<{ def: string }>(`SELECT pg_get_functiondef($1::regprocedure) AS def`, [fn]);
  return rows[0].def;
}

describe("scoring jobs queued without NOTIFY", () => {
  it("baton_add_jobs_quiet is graphile's add_jobs minus its pg_notify, under its own name", async () => {
    const graphile = await definition("graphile_worker.add_jobs(graphile_worker.job_spec[], boolean)");
    const quiet = await definition(`public.${QUIET_ADD_JOBS}(graphile_worker.job_spec[], boolean)`);
    expect(graphile).toContain("pg_notify('jobs:insert'");
    expect(quiet).not.toContain("pg_notify");
    // every line of the quiet function is graphile's, in order, except the renamed header and its
    // planning setting (planned per call: a generic plan of graphile's key update scans the jobs table)
    expect(quiet).toContain("SET plan_cache_mode TO 'force_custom_plan'");
    const lines = (s: string) => s.split("\n").slice(1).filter((l) => !/pg_notify\('jobs:insert'|SET plan_cache_mode/.test(l));
    expect(lines(quiet)).toEqual(lines(graphile));
    // the derivation refuses a definition it does not recognise rather than install something else
    expect(() => quietAddJobsSql(graphile.replace(/perform pg_notify[^;]*;/, ""))).toThrow(/expected one pg_notify/);
    expect(() => quietAddJobsSql(graphile.replace("graphile_worker.add_jobs(", "graphile_worker.add_job("))).toThrow(/unexpected definition/);
  });

  it("the ingest statement queues one job per conversation and sends no jobs:insert; graphile's add_jobs does", async () => {
    const p = await createTestProject();
    heard.length = 0;
    const [stored] = await insertGroup([{ projectId: p.projectId, events: events("quiet") }], client);
    expect(stored).toBe(14);
    const { rows } = await client.query<{ n: number; later: boolean }>(
      `SELECT count(*)::int AS n, bool_and(run_at > now()) AS later FROM graphile_worker.jobs WHERE key LIKE $1`,
      [`score:${p.projectId}:quiet-c%`],
    );
    // queued in the same statement, debounced (the worker has not taken them yet)
    expect(rows[0]).toEqual({ n: CONVERSATIONS, later: true });
    expect(fromThisStatement()).toEqual([]);

    // near miss: the same jobs through graphile's add_jobs notify, and this client hears it
    await client.query(
      `SELECT count(*) FROM graphile_worker.add_jobs(
         (SELECT array_agg(ROW('score_conversation', json_build_object('projectId', $1::text, 'conversationId', c), NULL, now() + interval '1 hour',
                  25, 'score:' || $1 || ':' || c, NULL, NULL)::graphile_worker.job_spec)
            FROM unnest($2::text[]) c), true)`,
      [p.projectId, Array.from({ length: CONVERSATIONS }, (_, i) => `loud-c${i}`)],
    );
    expect(fromThisStatement()).toHaveLength(1);
  });

  it("a conversation whose job is waiting gets no add_jobs: its row is locked until the commit, not rewritten; a taken or retried job is queued anew", async () => {
    const p = await createTestProject();
    const key = (c: string) => `score:${p.projectId}:${c}`;
    const one = (id: string, conversationId: string) =>
      ({ id, conversationId, timestamp: Date.now() - 1000, type: "message", role: "user", content: "hi" }) as StoredEvent;
    const group = (n: number) => [{ projectId: p.projectId, events: ["waiting", "taken", "retried"].map((c) => one(`${c}-${n}`, c)) }];
    const job = async (c: string) =>
      (await client.query(`SELECT id, revision, run_at, attempts, locked_at FROM graphile_worker._private_jobs WHERE key = $1`, [key(c)])).rows;
    await insertGroup(group(1), client);
    // held back from the suite's worker; "taken": a worker started it; "retried": it failed once
    await client.query(`UPDATE graphile_worker._private_jobs SET run_at = now() + interval '1 hour' WHERE key LIKE $1`, [key("%")]);
    await client.query(`UPDATE graphile_worker._private_jobs SET locked_at = now(), locked_by = 'ingest-queue-test' WHERE key = $1`, [key("taken")]);
    await client.query(`UPDATE graphile_worker._private_jobs SET attempts = 1 WHERE key = $1`, [key("retried")]);
    const waiting = await job("waiting");
    expect(waiting).toHaveLength(1);
    const ingest = new pg.Client({ connectionString: inject("databaseUrl") });
    await ingest.connect();
    const fetchable = async () => (await client.query(`SELECT id FROM graphile_worker._private_jobs WHERE key = $1 FOR UPDATE SKIP LOCKED`, [key("waiting")])).rows.length;
    try {
      await ingest.query("BEGIN");
      expect(await insertGroup(group(2), ingest)).toEqual([3]);
      // until the events are committed the worker's fetch (FOR UPDATE SKIP LOCKED) cannot take the job
      expect(await fetchable()).toBe(0);
      await ingest.query("COMMIT");
      expect(await fetchable()).toBe(1);
    } finally {
      await ingest.end();
    }
    // not rewritten: same row, same revision (add_jobs adds one to it) and run_at
    expect(await job("waiting")).toEqual(waiting);
    // near misses, through add_jobs: the taken job lost its key to a new waiting one, the retried one was reset
    const taken = await job("taken");
    expect(taken.map((j) => [j.locked_at, j.attempts])).toEqual([[null, 0]]);
    const old = await client.query(`DELETE FROM graphile_worker._private_jobs WHERE locked_by = 'ingest-queue-test' RETURNING key`);
    expect(old.rows).toEqual([{ key: null }]);
    const retried = await job("retried");
    expect(retried.map((j) => [j.attempts, j.revision])).toEqual([[0, 1]]);
  });
});

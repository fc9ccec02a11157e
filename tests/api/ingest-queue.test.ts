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
});

// Group commit over real HTTP and a real PostgreSQL (issue 17 §4, lib/ingest/group-commit.ts):
// concurrent single-event posts to one web process share transactions, every acknowledged event
// is stored exactly once (a duplicate inside a group and across groups), a group that dies mid-way
// (its backend terminated) answers non-2xx to every request in it and stores none of them, and a
// group that fails on one event (a constraint) is retried request by request so only that one fails.
//
// To hold requests in one group deterministically, a test trigger makes "gate" events wait on an
// advisory lock the test holds: GROUP_IN_FLIGHT gate requests occupy every commit slot of the web
// process, the requests sent meanwhile queue, and they commit together once the lock is released.
// Rows committed by one transaction share their xmin, which shows how the events were grouped.
// GROUP_IN_FLIGHT groups commit at once (each on its own connection; their scoring jobs are queued
// without a NOTIFY, whose commit lock used to serialise them): a web process killed while all but
// one of them, and a large request's COPY, are held open and the last keeps acknowledging loses no
// acknowledged event and writes no request in part.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GROUP_IN_FLIGHT, GROUPED_MAX_EVENTS } from "../../lib/ingest/ingest-events";
import type { Child } from "../../lib/runtime/processes";
import { createTestProject, postEvents, type TestProject } from "../helpers/api";
import { startExtraWeb } from "../helpers/stack";
import { until } from "../helpers/until";

const GATE_LOCK = 917_001;
const GATE_IDS = Array.from({ length: GROUP_IN_FLIGHT }, (_, i) => `gate-${i}`);
const HOLD_LOCK = 917_002;

let admin: pg.Client;
let web: { url: string; web: Child };

beforeAll(async () => {
  const dbUrl = inject("databaseUrl");
  admin = new pg.Client({ connectionString: dbUrl });
  await admin.connect();
  await admin.query(`
    CREATE OR REPLACE FUNCTION gc_test_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.conversation_id = 'gc-gate' THEN PERFORM pg_advisory_xact_lock_shared(${GATE_LOCK}); END IF;
      IF NEW.conversation_id = 'gc-hold' THEN PERFORM pg_advisory_xact_lock_shared(${HOLD_LOCK}); END IF;
      IF NEW.conversation_id = 'gc-poison' THEN RAISE EXCEPTION 'gc test: poisoned event' USING ERRCODE = 'check_violation'; END IF;
      RETURN NEW;
    END $$`);
  await admin.query(`DROP TRIGGER IF EXISTS gc_test_trigger ON events`);
  await admin.query(`CREATE TRIGGER gc_test_trigger BEFORE INSERT ON events FOR EACH ROW WHEN (NEW.conversation_id LIKE 'gc-%') EXECUTE FUNCTION gc_test_trigger()`);
  web = await startExtraWeb(dbUrl, { BATON_RATE_LIMIT_RPS: "100000" }, "group-commit-web");
  // warm: the first requests load the route's modules, slower than the settle window allows for
  const warm = await createTestProject();
  expect((await Promise.all(Array.from({ length: 20 }, (_, i) => post(warm, `warm-${i}`, "warm")))).map((r) => r.status)).toEqual(Array(20).fill(200));
});

afterAll(async () => {
  await web?.web.stop();
  await admin?.query(`DROP TRIGGER IF EXISTS gc_test_trigger ON events`);
  await admin?.query(`DROP FUNCTION IF EXISTS gc_test_trigger()`);
  await admin?.end();
});

const event = (id: string, conversationId: string) => ({ id, conversationId, timestamp: Date.now() - 1000, type: "message", role: "user", content: `hello ${id}` });

async function post(p: TestProject, id: string, conversationId: string): Promise<{ id: string; status: number; body: { accepted?: number; duplicates?: number } }> {
  const res = await postEvents(p.key, { events: [event(id, conversationId)] }, { base: web.url });
  return { id, status: res.status, body: await res.json() };
}

const waiting = async (lock: number) =>
  Number((await admin.query(`SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND NOT granted`, [lock])).rows[0].n);

/** Fills every commit slot of the web process with a gate request blocked on GATE_LOCK (held by the test). */
async function closeGates(p: TestProject): Promise<Array<Promise<Awaited<ReturnType<typeof post>>>>> {
  await admin.query(`SELECT pg_advisory_lock(${GATE_LOCK})`);
  const gates = [];
  for (const [i, id] of GATE_IDS.entries()) {
    gates.push(post(p, id, "gc-gate"));
    await until(`gate ${i} waiting on the lock`, async () => (await waiting(GATE_LOCK)) === i + 1, 20_000);
  }
  return gates;
}

/** The requests sent after closeGates are queued behind the gates once the web process has read them. */
const settle = () => new Promise((r) => setTimeout(r, 3000));

async function stored(p: TestProject): Promise<Array<{ id: string; xmin: string }>> {
  const { rows } = await admin.query(`SELECT id, xmin::text AS xmin FROM events WHERE project_id = $1 ORDER BY id`, [p.projectId]);
  return rows;
}

describe("group commit of concurrent single-event requests", () => {
  it("queued requests share one transaction; each event is stored exactly once, acknowledged once (duplicates inside a group and across groups)", async () => {
    const p = await createTestProject();
    const gates = await closeGates(p);
    const ids = Array.from({ length: 40 }, (_, i) => `ev-${i}`);
    // every id twice, in the same queue: one request stores it, the other gets a duplicate
    const posts = [...ids, ...ids].map((id) => post(p, id, `gc-conv-${id.slice(-1)}`));
    await settle();
    await admin.query(`SELECT pg_advisory_unlock(${GATE_LOCK})`);
    const results = await Promise.all(posts);
    expect((await Promise.all(gates)).map((g) => g.status)).toEqual(Array(GROUP_IN_FLIGHT).fill(200));
    expect(results.filter((r) => r.status !== 200)).toEqual([]);
    for (const id of ids) {
      const mine = results.filter((r) => r.id === id).map((r) => r.body);
      expect(mine.map((b) => b.accepted).sort(), id).toEqual([0, 1]);
      expect(mine.map((b) => b.duplicates).sort(), id).toEqual([0, 1]);
    }
    const rows = (await stored(p)).filter((r) => r.id.startsWith("ev-"));
    expect(rows.map((r) => r.id).sort()).toEqual([...ids].sort());
    // grouped: the requests queued behind the gates committed in one transaction (on this busy
    // machine a few may reach the server after the release and commit in small groups of their own)
    const perTransaction = new Map<string, number>();
    for (const r of rows) perTransaction.set(r.xmin, (perTransaction.get(r.xmin) ?? 0) + 1);
    expect(Math.max(...perTransaction.values())).toBeGreaterThanOrEqual(10);
    // across groups: the same events again are duplicates, nothing new is stored
    const again = await Promise.all(ids.map((id) => post(p, id, `gc-conv-${id.slice(-1)}`)));
    expect(again.every((r) => r.status === 200 && r.body.accepted === 0 && r.body.duplicates === 1)).toBe(true);
    expect((await stored(p)).length).toBe(ids.length + GROUP_IN_FLIGHT);
    // the scoring jobs of the group's conversations were queued in the same statement
    const jobs = await admin.query(`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE key LIKE $1`, [`score:${p.projectId}:%`]);
    const done = await admin.query(`SELECT count(*)::int AS n FROM conversations WHERE project_id = $1`, [p.projectId]);
    expect(jobs.rows[0].n + done.rows[0].n).toBeGreaterThan(0);
  });

  it("a group whose backend is terminated mid-commit answers non-2xx to every request in it and stores none of them; resending stores each once", async () => {
    const p = await createTestProject();
    await admin.query(`SELECT pg_advisory_lock(${HOLD_LOCK})`);
    try {
      const gates = await closeGates(p);
      const victims = Array.from({ length: 20 }, (_, i) => `victim-${i}`);
      const posts = [post(p, "hold", "gc-hold"), ...victims.map((id) => post(p, id, "gc-victims"))];
      await settle();
      await admin.query(`SELECT pg_advisory_unlock(${GATE_LOCK})`);
      // the group holding "hold" now waits on HOLD_LOCK inside its INSERT: end that backend
      await until("the held group waiting on its lock", async () => (await waiting(HOLD_LOCK)) === 1, 20_000);
      const killed = await admin.query(`SELECT pg_terminate_backend(pid) AS ok FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND NOT granted`, [HOLD_LOCK]);
      expect(killed.rows.map((r) => r.ok)).toEqual([true]);
      const results = await Promise.all(posts);
      expect((await Promise.all(gates)).map((g) => g.status)).toEqual(Array(GROUP_IN_FLIGHT).fill(200));
      // every request of the held group is refused and none of its events was written (victims
      // sort before "hold": they were inserted first, then rolled back). A victim that reached the
      // server after the gates opened (a busy machine) commits in a group of its own: stored, 200.
      expect(results[0].status).toBe(503);
      expect(results.filter((r) => r.status !== 503 && r.status !== 200)).toEqual([]);
      const ids = new Set((await stored(p)).map((r) => r.id));
      for (const r of results) expect([r.id, ids.has(r.id)]).toEqual([r.id, r.status === 200]);
      expect(results.filter((r) => r.status === 503).length).toBeGreaterThanOrEqual(10);
    } finally {
      await admin.query(`SELECT pg_advisory_unlock_all()`);
    }
    // the client's retry: every event stored exactly once
    const resent = await Promise.all(["hold", ...Array.from({ length: 20 }, (_, i) => `victim-${i}`)].map((id) => post(p, id, id === "hold" ? "gc-hold" : "gc-victims")));
    expect(resent.every((r) => r.status === 200)).toBe(true);
    expect((await stored(p)).length).toBe(21 + GROUP_IN_FLIGHT);
  });

  it("kill -9 with every group slot but one held open, and a large request mid-COPY: every acknowledged event is stored, each request whole or absent, a resend stores each once", async () => {
    const victim = await startExtraWeb(inject("databaseUrl"), { BATON_RATE_LIMIT_RPS: "100000" }, "group-commit-kill");
    const p = await createTestProject();
    const request = (tag: string, conversationId: string, n = 3) => ({ events: Array.from({ length: n }, (_, k) => event(`${tag}-${k}`, conversationId)) });
    const send = (base: string, body: ReturnType<typeof request>) =>
      postEvents(p.key, body, { base }).then(async (r) => ({ status: r.status, body: (await r.json()) as { accepted: number; duplicates: number } }));
    // GROUP_IN_FLIGHT - 1 groups, each waiting inside its INSERT (its first row waits on HOLD_LOCK), and a
    // request too large to group (stored by COPY on a connection of its own) waiting the same way
    const held = [
      ...Array.from({ length: GROUP_IN_FLIGHT - 1 }, (_, i) => request(`held-${i}`, "gc-hold")),
      { events: [...request("held-large-hold", "gc-hold", 1).events, ...request("held-large", "gc-kill-large", GROUPED_MAX_EVENTS + 20).events] },
    ];
    const acked = Array.from({ length: 6 }, (_, i) => request(`acked-${i}`, "gc-kill-acked"));
    await admin.query(`SELECT pg_advisory_lock(${HOLD_LOCK})`);
    let heldPids: number[] = [];
    try {
      const heldAnswers = [];
      for (const [i, body] of held.entries()) {
        heldAnswers.push(send(victim.url, body).catch(() => null));
        await until(`held request ${i} waiting on its lock`, async () => (await waiting(HOLD_LOCK)) === i + 1, 20_000);
      }
      heldPids = (await admin.query(`SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND NOT granted`, [HOLD_LOCK])).rows.map((r) => r.pid);
      expect(heldPids).toHaveLength(held.length);
      // the last slot keeps committing: these are acknowledged while the others are still open
      const answers = await Promise.all(acked.map((b) => send(victim.url, b)));
      expect(answers.map((a) => [a.status, a.body.accepted])).toEqual(acked.map(() => [200, 3]));
      victim.web.proc.kill("SIGKILL");
      await victim.web.exited;
      expect(await Promise.all(heldAnswers)).toEqual(held.map(() => null)); // never acknowledged
    } finally {
      await admin.query(`SELECT pg_advisory_unlock(${HOLD_LOCK})`);
      await victim.web.stop();
    }
    // the held statements finish on their own (committed or rolled back, never in part)
    await until("the held statements ended", async () => {
      const { rows } = await admin.query(`SELECT 1 FROM pg_stat_activity WHERE pid = ANY($1) AND state = 'active'`, [heldPids]);
      return rows.length === 0;
    }, 20_000);
    const ids = new Set((await stored(p)).map((r) => r.id));
    for (const b of acked) for (const e of b.events) expect(ids.has(e.id), e.id).toBe(true);
    const heldStored = held.map((b) => b.events.filter((e) => ids.has(e.id)).length);
    heldStored.forEach((n, i) => expect([0, held[i].events.length], `held request ${i}`).toContain(n));
    // the client's resend, to a live web process: each event stored once, the rest duplicates
    const resent = await Promise.all([...held, ...acked].map((b) => send(web.url, b)));
    expect(resent.map((r) => r.status)).toEqual(Array(held.length + acked.length).fill(200));
    expect(resent.slice(0, held.length).map((r) => r.body)).toEqual(held.map((b, i) => ({ accepted: b.events.length - heldStored[i], duplicates: heldStored[i], errors: [] })));
    expect(resent.slice(held.length).map((r) => r.body.duplicates)).toEqual(acked.map(() => 3));
    expect((await stored(p)).length).toBe([...held, ...acked].reduce((n, b) => n + b.events.length, 0));
  });

  it("a group failing on one event (a constraint) is retried request by request: only that request fails", async () => {
    const p = await createTestProject();
    const gates = await closeGates(p);
    const good = Array.from({ length: 10 }, (_, i) => `good-${i}`);
    const posts = [...good.map((id) => post(p, id, "gc-good")), post(p, "poison", "gc-poison")];
    await settle();
    await admin.query(`SELECT pg_advisory_unlock(${GATE_LOCK})`);
    const results = await Promise.all(posts);
    await Promise.all(gates);
    const poison = results.find((r) => r.id === "poison")!;
    expect(poison.status).toBeGreaterThanOrEqual(400);
    expect(results.filter((r) => r.id !== "poison").map((r) => [r.id, r.status, r.body.accepted])).toEqual(good.map((id) => [id, 200, 1]));
    const rows = await stored(p);
    expect(rows.map((r) => r.id).sort()).toEqual([...good, ...GATE_IDS].sort());
    // near miss: the same good events from a group without the poisoned one were never at risk
    expect(rows.some((r) => r.id === "poison")).toBe(false);
  });
});

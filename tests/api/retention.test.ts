// Retention (issue 17 item 1) against the running app, worker and PostgreSQL: the worker's
// retention job removes conversations past the project's window with their events and handoffs,
// keeps everything inside it (a near miss a day inside, a long conversation still active, another
// project with a longer window), leaves metric_rollups exactly as they were (the trend panel still
// draws the removed conversation's day), removes rollups past their own window, keeps the
// idempotency of a batch resent inside the window, and a pass killed with kill -9 leaves each
// conversation whole or gone and finishes when run again.
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { pool } from "../../lib/db/pool";
import { applyRetention, RETENTION_TASK } from "../../lib/retention/apply-retention";
import { ROOT } from "../../lib/runtime/processes";
import { createTestProject, getJson, postEvents, rollups, waitScored, type TestProject } from "../helpers/api";
import { cleanConversation, dropoutConversation } from "../helpers/conversations";

const DAY = 86_400_000;

const setRetention = (p: TestProject, events: number, rollupDays = 400) =>
  pool().query(`UPDATE projects SET settings = settings || jsonb_build_object('eventRetentionDays', $2::int, 'rollupRetentionDays', $3::int) WHERE id = $1`, [
    p.projectId,
    events,
    rollupDays,
  ]);

async function counts(p: TestProject, conversationId: string) {
  const q = async (sql: string) => (await pool().query(sql, [p.projectId, conversationId])).rows[0].n as number;
  return {
    events: await q(`SELECT count(*)::int AS n FROM events WHERE project_id = $1 AND conversation_id = $2`),
    handoffs: await q(`SELECT count(*)::int AS n FROM handoffs WHERE project_id = $1 AND conversation_id = $2`),
    conversations: await q(`SELECT count(*)::int AS n FROM conversations WHERE project_id = $1 AND id = $2`),
  };
}

/** Queues the worker's retention job and waits (with a deadline that throws) until `done` holds. */
async function runWorkerRetention(done: () => Promise<boolean>) {
  await pool().query(`SELECT graphile_worker.add_job($1, '{}'::json)`, [RETENTION_TASK]);
  const deadline = Date.now() + 30_000;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error("the worker's retention job did not remove the expired conversation in time");
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("retention", () => {
  it("the worker removes conversations past the window and nothing inside it; rollups stay exact and still draw the trend", async () => {
    const [p, longer] = await Promise.all([createTestProject(), createTestProject()]);
    await setRetention(longer, 60);
    const now = Date.now();
    const old = dropoutConversation("ret-old", now - 31 * DAY);
    const edge = dropoutConversation("ret-edge", now - 29 * DAY); // near miss: a day inside the window
    // a long conversation: began 40 days ago, still active today
    const active = [...cleanConversation("ret-active", now - 40 * DAY).slice(0, 2), ...cleanConversation("ret-active", now - 60_000).slice(2)];
    expect((await postEvents(p.key, { events: [...old, ...edge, ...active] })).status).toBe(200);
    expect((await postEvents(longer.key, { events: old })).status).toBe(200);
    for (const [key, id] of [[p.key, "ret-old"], [p.key, "ret-edge"], [p.key, "ret-active"], [longer.key, "ret-old"]]) await waitScored(key, id, 4);
    const before = await rollups(p.projectId);
    expect((await counts(p, "ret-old")).handoffs).toBe(1);

    await runWorkerRetention(async () => (await counts(p, "ret-old")).conversations === 0);
    expect(await counts(p, "ret-old")).toEqual({ events: 0, handoffs: 0, conversations: 0 });
    expect(await counts(p, "ret-edge")).toEqual({ events: 4, handoffs: 1, conversations: 1 });
    expect(await counts(p, "ret-active")).toEqual({ events: 4, handoffs: 1, conversations: 1 });
    expect(await counts(longer, "ret-old")).toEqual({ events: 4, handoffs: 1, conversations: 1 });
    // removal never subtracts: the rollups are exactly what they were
    expect(await rollups(p.projectId)).toEqual(before);
    // and the trend panel beyond the event window still draws the removed conversation's day
    const from = new Date(now - 32 * DAY).toISOString();
    const to = new Date(now - 30 * DAY).toISOString();
    const series = await (await getJson(`/api/v1/metrics?metric=dropout_rate&bucket=day&from=${from}&to=${to}`, p.key)).json();
    expect(series.points.map((pt: { value: number | null }) => pt.value)).toContain(1);
    expect((await getJson(`/api/v1/conversations/ret-old`, p.key)).status).toBe(404);

    // a batch resent inside the window after the job ran: duplicates, not new rows
    const resent = await postEvents(p.key, { events: [...edge, ...active] });
    expect(await resent.json()).toMatchObject({ accepted: 0, duplicates: 8 });
    expect(await counts(p, "ret-edge")).toMatchObject({ events: 4 });
  });

  it("keeps an expired conversation that received an event inside the window before it was rescored", async () => {
    const p = await createTestProject();
    const now = Date.now();
    expect((await postEvents(p.key, { events: cleanConversation("ret-late", now - 45 * DAY) })).status).toBe(200);
    await waitScored(p.key, "ret-late", 4);
    // the state between an ingest and its rescore: a new event stored, conversations.last_at still old
    await pool().query(
      `INSERT INTO events (project_id, id, conversation_id, ts, type, data) VALUES ($1, 'ret-late-new', 'ret-late', now(), 'message', '{"role":"user","content":"hello again"}')`,
      [p.projectId],
    );
    const r = await applyRetention({ projectIds: [p.projectId] });
    expect(r.conversations).toBe(0);
    expect(await counts(p, "ret-late")).toEqual({ events: 5, handoffs: 1, conversations: 1 });
    // near miss: without the new event it goes
    await pool().query(`DELETE FROM events WHERE project_id = $1 AND id = 'ret-late-new'`, [p.projectId]);
    expect((await applyRetention({ projectIds: [p.projectId] })).conversations).toBe(1);
    expect(await counts(p, "ret-late")).toEqual({ events: 0, handoffs: 0, conversations: 0 });
  });

  it("removes rollups past rollupRetentionDays and keeps newer ones", async () => {
    const p = await createTestProject();
    await setRetention(p, 2, 5);
    const now = Date.now();
    expect((await postEvents(p.key, { events: [...dropoutConversation("ret-r-old", now - 6 * DAY), ...dropoutConversation("ret-r-new", now - 4 * DAY)] })).status).toBe(200);
    await waitScored(p.key, "ret-r-old", 4);
    await waitScored(p.key, "ret-r-new", 4);
    /** age in whole days of each hourly bucket holding rollups */
    const ages = async () =>
      (await pool().query(`SELECT DISTINCT bucket FROM metric_rollups WHERE project_id = $1 ORDER BY 1`, [p.projectId])).rows.map((r) =>
        Math.floor((now - r.bucket.getTime()) / DAY),
      );
    expect(await ages()).toEqual([6, 4]);
    const r = await applyRetention({ projectIds: [p.projectId] });
    expect(r).toMatchObject({ conversations: 2 });
    expect(r.rollups).toBeGreaterThan(0);
    expect(await ages()).toEqual([4]);
  });

  it("a pass killed with kill -9 leaves each conversation whole or gone, never one inside the window, and finishes when run again", async () => {
    const p = await createTestProject();
    const n = 600;
    // seeded in SQL (what the scorer would have written): 600 expired conversations, 50 inside the window
    await pool().query(
      `INSERT INTO conversations (project_id, id, first_at, last_at)
       SELECT $1, 'k-' || lpad(c::text, 4, '0'), now() - make_interval(days => CASE WHEN c < $2 THEN 40 ELSE 20 END),
              now() - make_interval(days => CASE WHEN c < $2 THEN 40 ELSE 20 END) + interval '1 minute'
         FROM generate_series(0, $2 + 49) AS c`,
      [p.projectId, n],
    );
    await pool().query(
      `INSERT INTO events (project_id, id, conversation_id, ts, type, data)
       SELECT c.project_id, c.id || '-' || k, c.id, c.first_at + make_interval(secs => k), 'message', '{"role":"user","content":"hi"}'
         FROM conversations c, generate_series(0, 2) AS k WHERE c.project_id = $1`,
      [p.projectId],
    );
    const remaining = async () => (await pool().query(`SELECT count(*)::int AS n FROM conversations WHERE project_id = $1`, [p.projectId])).rows[0].n as number;
    const child = spawn(process.execPath, ["--import", "tsx", "tests/helpers/retention-child.ts", p.projectId], { cwd: ROOT, env: { ...process.env }, stdio: "ignore" });
    const exited = new Promise((r) => child.on("exit", r));
    const deadline = Date.now() + 60_000;
    while ((await remaining()) > n + 50 - 100) {
      if (Date.now() > deadline) throw new Error("the retention pass did not start in time");
      await new Promise((r) => setTimeout(r, 10));
    }
    child.kill("SIGKILL");
    await exited;
    const left = await remaining();
    expect(left).toBeGreaterThan(50); // killed mid-way, not after the end
    // each conversation whole or gone: 3 events per conversation row, no orphan events
    const { rows } = await pool().query(
      `SELECT count(*)::int AS events, count(DISTINCT conversation_id)::int AS conversations,
              count(*) FILTER (WHERE conversation_id NOT IN (SELECT id FROM conversations WHERE project_id = $1))::int AS orphans
         FROM events WHERE project_id = $1`,
      [p.projectId],
    );
    expect(rows[0]).toEqual({ events: left * 3, conversations: left, orphans: 0 });
    const r = await applyRetention({ projectIds: [p.projectId] });
    expect(r.conversations).toBe(left - 50);
    expect(await remaining()).toBe(50);
    const kept = await pool().query(`SELECT min(id) AS first, count(*)::int AS n FROM events WHERE project_id = $1`, [p.projectId]);
    expect(kept.rows[0]).toEqual({ first: `k-0${n}-0`, n: 150 });
  }, 120_000);
});

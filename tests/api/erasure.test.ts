// Erasure (issue 17 item 2): DELETE /api/v1/conversations/{id} and POST /api/v1/erasure over real
// HTTP against the running app and PostgreSQL. Checks that every row of an erased conversation is
// gone, that metric_rollups equal those of a project where it never existed, the audit log, the
// 404/401/400/409 answers, tenant isolation, and that an interrupted request finishes when resent.
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import { createSession, PROJECT_COOKIE, SESSION_COOKIE } from "../../lib/auth/sessions";
import { pool } from "../../lib/db/pool";
import { hashIdentifier } from "../../lib/erasure/identifier";
import { ROOT } from "../../lib/runtime/processes";
import { listErasures } from "../../lib/erasure/queries";
import { enqueueScoring } from "../../lib/ingest/ingest-events";
import { REVIEW_FLAGS, type ReviewFlag } from "../../lib/reviews/filters";
import { saveReview } from "../../lib/reviews/review";
import { baseUrl, createTestProject, msg, postEvents, waitScored } from "../helpers/api";
import { cleanConversation, dropoutConversation } from "../helpers/conversations";

const del = (key: string, id: string) =>
  fetch(`${baseUrl()}/api/v1/conversations/${encodeURIComponent(id)}`, { method: "DELETE", headers: { authorization: `Bearer ${key}` } });

const erase = (key: string, body: unknown) =>
  fetch(`${baseUrl()}/api/v1/erasure`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });

async function rowsOf(projectId: string, conversationId: string) {
  const q = async (sql: string) => (await pool().query(sql, [projectId, conversationId])).rows[0].n;
  return {
    events: await q(`SELECT count(*)::int AS n FROM events WHERE project_id = $1 AND conversation_id = $2`),
    handoffs: await q(`SELECT count(*)::int AS n FROM handoffs WHERE project_id = $1 AND conversation_id = $2`),
    conversations: await q(`SELECT count(*)::int AS n FROM conversations WHERE project_id = $1 AND id = $2`),
    spans: await q(`SELECT count(*)::int AS n FROM integration_spans WHERE project_id = $1 AND conversation_id = $2`),
  };
}

/** Rollups with float sums rounded (a subtraction may leave 1e-16 where the reference has 0.3). */
const rounded = async (projectId: string) =>
  (
    await pool().query(
      `SELECT metric, dim, bucket, dim_value, sum, count FROM metric_rollups WHERE project_id = $1 ORDER BY metric, dim, bucket, dim_value`,
      [projectId],
    )
  ).rows.map((r) => ({ ...r, sum: Math.round(r.sum * 1e9) / 1e9, count: Math.round(r.count * 1e9) / 1e9 }));

async function stageSpan(projectId: string, traceId: string, spanId: string, conversationId: string | null) {
  await pool().query(
    `INSERT INTO integration_spans (project_id, source, trace_id, span_id, conversation_id, body) VALUES ($1, 'openai-agents', $2, $3, $4, '{}')`,
    [projectId, traceId, spanId, conversationId],
  );
}

describe("DELETE /api/v1/conversations/{id}", () => {
  it("erases one conversation, leaves rollups as if it never existed, audits, and never touches another project", async () => {
    const [p, other, reference] = await Promise.all([createTestProject(), createTestProject(), createTestProject()]);
    const t0 = Date.now() - 3 * 3600_000;
    const gone = dropoutConversation("er-gone", t0);
    const kept = [...cleanConversation("er-kept-1", t0 + 1000), ...dropoutConversation("er-kept-2", t0 + 3600_000)];
    expect((await postEvents(p.key, { events: [...gone, ...kept] })).status).toBe(200);
    expect((await postEvents(other.key, { events: gone })).status).toBe(200);
    expect((await postEvents(reference.key, { events: kept })).status).toBe(200);
    for (const [key, id] of [[p.key, "er-gone"], [p.key, "er-kept-1"], [p.key, "er-kept-2"], [other.key, "er-gone"], [reference.key, "er-kept-1"], [reference.key, "er-kept-2"]])
      await waitScored(key, id, 3);
    // staged spans: one tagged with the conversation, an untagged one of the same trace, and another trace's
    await stageSpan(p.projectId, "tr-gone", "s1", "er-gone");
    await stageSpan(p.projectId, "tr-gone", "s0", null);
    await stageSpan(p.projectId, "tr-kept", "s2", "er-kept-1");
    // a scoring job still queued for it (as after a late event) must not resurrect it
    await enqueueScoring(pool(), p.projectId, ["er-gone"], 3600_000);

    const before = await rowsOf(p.projectId, "er-gone");
    expect(before.handoffs).toBeGreaterThan(0);
    expect(await rounded(p.projectId)).not.toEqual(await rounded(reference.projectId)); // the comparison can fail

    expect((await del("bt_live_wrong", "er-gone")).status).toBe(401);
    const res = await del(p.key, "er-gone");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual({
      conversationId: "er-gone",
      rows: { events: gone.length, handoffs: before.handoffs, conversations: 1, spans: 2, jobs: 1 },
    });
    expect(await rowsOf(p.projectId, "er-gone")).toEqual({ events: 0, handoffs: 0, conversations: 0, spans: 0 });
    const spans = await pool().query(`SELECT span_id FROM integration_spans WHERE project_id = $1 ORDER BY span_id`, [p.projectId]);
    expect(spans.rows.map((r) => r.span_id)).toEqual(["s2"]);
    const jobs = await pool().query(`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE key = $1`, [`score:${p.projectId}:er-gone`]);
    expect(jobs.rows[0].n).toBe(0);
    expect(await rounded(p.projectId)).toEqual(await rounded(reference.projectId));
    expect((await rowsOf(p.projectId, "er-kept-1")).events).toBe(4);
    // the other project's conversation with the same id is untouched
    expect(await rowsOf(other.projectId, "er-gone")).toEqual({ ...before, spans: 0 });

    const log = await listErasures({ projectId: p.projectId });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ kind: "conversation", identifier: "er•••", actor: `key:${p.keyId}`, status: "done", matched: 1, erased: 1 });
    expect(log[0].rows.events).toBe(gone.length);
    expect(await listErasures({ projectId: other.projectId })).toEqual([]);

    // idempotent: the second DELETE (and an unknown id) is a 404 and writes no audit row
    expect((await del(p.key, "er-gone")).status).toBe(404);
    expect((await del(p.key, "er-never-existed")).status).toBe(404);
    expect(await listErasures({ projectId: p.projectId })).toHaveLength(1);
  });
});

describe("POST /api/v1/erasure", () => {
  it("erases only the conversations mentioning the identifier, refuses empty or too-broad ones, and is idempotent", async () => {
    const p = await createTestProject();
    const email = "ann.lee@example.com";
    const t0 = Date.now() - 3600_000;
    const events = [
      ...Array.from({ length: 18 }, (_, i) => cleanConversation(`er-n-${i}`, t0 + i * 1000)).flat(),
      msg("er-m-content", { content: `Hi, I'm Ann (${email}), refund please`, timestamp: new Date(t0).toISOString() }),
      { ...msg("er-m-meta", { timestamp: new Date(t0).toISOString() }), metadata: { customer: { email: "Ann.Lee@Example.com" } } },
      msg("er-near", { content: "Contact joann.lee@example.com about order 55121", timestamp: new Date(t0).toISOString() }),
    ];
    expect((await postEvents(p.key, { events })).status).toBe(200);
    for (const id of ["er-m-content", "er-m-meta", "er-near"]) await waitScored(p.key, id);

    for (const identifier of ["", "   ", "ab1"]) {
      const r = await erase(p.key, { identifier });
      expect(r.status).toBe(400);
      expect((await r.json()).issues[0].path).toBe("body.identifier");
    }
    // "55121" is in 19 of the 21 conversations: refused, nothing deleted
    const broad = await erase(p.key, { identifier: "55121" });
    expect(broad.status).toBe(409);
    expect((await broad.json()).error).toMatch(/matches 19 of 21 conversations .*too broad.*force/);
    expect((await pool().query(`SELECT count(*)::int AS n FROM events WHERE project_id = $1`, [p.projectId])).rows[0].n).toBe(events.length);

    const res = await erase(p.key, { identifier: email });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ matched: 2, erased: 2, resumed: false, rows: { events: 2, conversations: 2 } });
    expect((await rowsOf(p.projectId, "er-m-content")).events).toBe(0);
    expect((await rowsOf(p.projectId, "er-m-meta")).events).toBe(0);
    expect((await rowsOf(p.projectId, "er-near")).events).toBe(1); // near miss: another address
    const convCount = await pool().query(
      `SELECT sum(count)::int AS n FROM metric_rollups WHERE project_id = $1 AND metric = 'conversations' AND dim = ''`,
      [p.projectId],
    );
    const scored = await pool().query(`SELECT count(*)::int AS n FROM conversations WHERE project_id = $1`, [p.projectId]);
    expect(convCount.rows[0].n).toBe(scored.rows[0].n);

    // the same request again: nothing left to match
    expect(await (await erase(p.key, { identifier: email.toUpperCase() })).json()).toMatchObject({ matched: 0, erased: 0 });
    const log = await listErasures({ projectId: p.projectId });
    expect(log.map((e) => [e.identifier, e.matched, e.erased, e.status])).toEqual([
      ["AN•••", 0, 0, "done"],
      ["an•••", 2, 2, "done"],
    ]);
  });

  it("finds the identifier in a review note and erases that conversation whole, counting the note in the audit row", async () => {
    const p = await createTestProject();
    const email = "ann.lee@example.com";
    const t0 = Date.now() - 3600_000;
    const events = [
      ...Array.from({ length: 18 }, (_, i) => cleanConversation(`er-nn-${i}`, t0 + i * 1000)).flat(),
      ...cleanConversation("er-note", t0),
      ...cleanConversation("er-note-near", t0),
      msg("er-both", { content: `I'm ${email}, where is my parcel?`, timestamp: new Date(t0).toISOString() }),
    ];
    expect((await postEvents(p.key, { events })).status).toBe(200);
    for (const id of ["er-note", "er-note-near", "er-both"]) await waitScored(p.key, id);
    const review = (conversationId: string, note: string) =>
      saveReview({ projectId: p.projectId, conversationId, input: { labels: Object.fromEntries(REVIEW_FLAGS.map((f) => [f, false])) as Record<ReviewFlag, boolean>, note }, by: "key:k" });
    // the events of er-note never name her: only the reviewer's note does
    await review("er-note", `Customer ${email.toUpperCase()} called back about this one`);
    await review("er-both", `same as ${email}`);
    await review("er-note-near", "Customer joann.lee@example.com, not the same person"); // near miss

    const res = await erase(p.key, { identifier: email });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ matched: 2, erased: 2, rows: { conversations: 2, notes: 2 } });
    expect(await rowsOf(p.projectId, "er-note")).toEqual({ events: 0, handoffs: 0, conversations: 0, spans: 0 });
    expect((await rowsOf(p.projectId, "er-both")).events).toBe(0);
    const near = await pool().query(`SELECT review ->> 'note' AS note FROM conversations WHERE project_id = $1 AND id = 'er-note-near'`, [p.projectId]);
    expect(near.rows).toEqual([{ note: "Customer joann.lee@example.com, not the same person" }]);
    expect((await listErasures({ projectId: p.projectId }))[0]).toMatchObject({ matched: 2, erased: 2, rows: { notes: 2 } });
    // nothing of her is left to find
    expect(await (await erase(p.key, { identifier: email })).json()).toMatchObject({ matched: 0, rows: { notes: 0 } });
  });

  it("erases a too-broad identifier with force: true", async () => {
    const p = await createTestProject();
    const events = ["er-f-1", "er-f-2", "er-f-3"].flatMap((id) => dropoutConversation(id));
    await postEvents(p.key, { events });
    expect((await erase(p.key, { identifier: "88123" })).status).toBe(409);
    const res = await erase(p.key, { identifier: "88123", force: true });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ matched: 3, erased: 3, rows: { events: events.length } });
    expect((await pool().query(`SELECT count(*)::int AS n FROM events WHERE project_id = $1`, [p.projectId])).rows[0].n).toBe(0);
  });

  it("finishes a request whose process was killed with kill -9 mid-way when it is sent again", async () => {
    const p = await createTestProject();
    const n = 300;
    const events = Array.from({ length: n }, (_, i) => msg(`er-k-${String(i).padStart(3, "0")}`, { content: "ticket from cust-9911" }));
    for (let i = 0; i < n; i += 100) expect((await postEvents(p.key, { events: events.slice(i, i + 100) })).status).toBe(200);
    const child = spawn(process.execPath, ["--import", "tsx", "tests/helpers/erase-child.ts", p.projectId, "cust-9911"], {
      cwd: ROOT,
      env: { ...process.env },
      stdio: "ignore",
    });
    const exited = new Promise((r) => child.on("exit", r));
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { rows } = await pool().query(`SELECT erased FROM erasure_requests WHERE project_id = $1`, [p.projectId]);
      if (rows[0]?.erased >= 5) break;
      if (Date.now() > deadline) throw new Error("the erasure did not start in time");
      await new Promise((r) => setTimeout(r, 10));
    }
    child.kill("SIGKILL");
    await exited;
    const mid = (await pool().query(`SELECT status, erased, cardinality(pending) AS left FROM erasure_requests WHERE project_id = $1`, [p.projectId])).rows[0];
    expect(mid.status).toBe("running");
    expect(mid.left).toBeGreaterThan(0); // killed mid-way, not after the end
    expect(mid.erased + mid.left).toBe(n); // progress is exact: each conversation is erased or still pending
    const left = (await pool().query(`SELECT count(DISTINCT conversation_id)::int AS n FROM events WHERE project_id = $1`, [p.projectId])).rows[0].n;
    expect(left).toBe(mid.left);

    const res = await erase(p.key, { identifier: "cust-9911", force: true });
    expect(await res.json()).toMatchObject({ resumed: true, matched: n, erased: n, rows: { events: n } });
    expect((await pool().query(`SELECT count(*)::int AS n FROM events WHERE project_id = $1`, [p.projectId])).rows[0].n).toBe(0);
  }, 120_000);

  it("finishes an interrupted request when it is sent again", async () => {
    const p = await createTestProject();
    await postEvents(p.key, {
      events: [msg("er-r-1", { metadata: { customerId: "cust-7781" } }), msg("er-r-2", { content: "I am cust-7781" }), msg("er-r-3")],
    });
    // the state a kill -9 leaves after the first of two conversations was erased: er-r-1 done, er-r-2 pending
    await pool().query(`DELETE FROM events WHERE project_id = $1 AND conversation_id = 'er-r-1'`, [p.projectId]);
    await pool().query(
      `INSERT INTO erasure_requests (project_id, id, kind, identifier_hash, identifier_masked, actor, matched, erased, pending, rows)
       VALUES ($1, 'era_killed', 'identifier', $2, 'cu•••', 'key:x', 2, 1, '{er-r-2}', '{"events": 1}')`,
      [p.projectId, hashIdentifier("cust-7781")],
    );
    const res = await erase(p.key, { identifier: "cust-7781" });
    expect(await res.json()).toMatchObject({ requestId: "era_killed", resumed: true, matched: 2, erased: 2, rows: { events: 2 } });
    expect((await rowsOf(p.projectId, "er-r-2")).events).toBe(0);
    expect((await rowsOf(p.projectId, "er-r-3")).events).toBe(1);
    expect((await listErasures({ projectId: p.projectId }))[0]).toMatchObject({ id: "era_killed", status: "done" });
  });
});

describe("who may erase", () => {
  it("a logged-in admin of the project may, a member with another role may not", async () => {
    const p = await createTestProject();
    await postEvents(p.key, { events: [msg("er-s-1"), msg("er-s-2")] });
    const session = async (role: string) => {
      const userId = `usr_${crypto.randomBytes(6).toString("hex")}`;
      await pool().query(`INSERT INTO users (id, email, password_hash) VALUES ($1, $2, 'x')`, [userId, `${userId}@example.com`]);
      await pool().query(`INSERT INTO project_members (project_id, user_id, role) VALUES ($1, $2, $3)`, [p.projectId, userId, role]);
      const { token } = await createSession(userId);
      return { cookie: `${SESSION_COOKIE}=${token}`, email: `${userId}@example.com` };
    };
    const asUser = (cookie: string, id: string) =>
      fetch(`${baseUrl()}/api/v1/conversations/${id}`, { method: "DELETE", headers: { cookie, "x-baton-project": p.projectId } });
    const viewer = await session("viewer");
    const refused = await asUser(viewer.cookie, "er-s-1");
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toMatch(/admin role/);
    expect((await rowsOf(p.projectId, "er-s-1")).events).toBe(1);
    const admin = await session("admin");
    expect((await asUser(admin.cookie, "er-s-1")).status).toBe(200);
    expect((await listErasures({ projectId: p.projectId }))[0].actor).toBe(`user:${admin.email}`);
    // the audit log on /settings: who, what (masked), conversations and rows
    const page = await fetch(`${baseUrl()}/settings`, { headers: { cookie: `${admin.cookie}; ${PROJECT_COOKIE}=${p.projectId}` } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Erasures");
    expect(html).toContain(`user:${admin.email}`);
    expect(html).toContain("er•••");
    expect(html).not.toContain("er-s-1");
  });
});

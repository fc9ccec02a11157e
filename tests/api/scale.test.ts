// Horizontal on one database (issue 17 §4): two web processes on one port (node:cluster, as
// `npm start` runs them with BATON_WEB_PROCESSES=2) and two workers, on a private database, take a
// burst from many concurrent clients. Every event is stored once, every conversation is scored
// and counted once in the rollups (no double contribution from two workers), an alert notifies
// once, and the per-key rate limit holds across the processes (each holds 1/N of it).
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmbeddedDb } from "../../lib/db/embedded";
import type { Child } from "../../lib/runtime/processes";
import { generateSecret, hashKey } from "../../lib/auth/keys";
import { postEvents, keyRequest } from "../helpers/api";
import { startReceiver } from "../helpers/receiver";
import { countRows, startExtraWeb, startExtraWorker, startPrivateDb } from "../helpers/stack";
import { until } from "../helpers/until";

const CONVERSATIONS = 120;
let db: EmbeddedDb;
let key: string;
let projectId: string;
let url: string;
const stops: Array<() => Promise<unknown>> = [];
const env = { BATON_WEBHOOK_ALLOW_PRIVATE: "1", BATON_SCORE_DEBOUNCE_MS: "100", BATON_ALERT_TICK_MS: "500", BATON_RATE_LIMIT_RPS: "100000" };

/** pids of the web processes (lib/runtime/web-server.ts) forked by the cluster primary `parent`. */
function nextChildren(parent: number): number[] {
  return fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d)).map(Number).filter((pid) => {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      return ppid === parent && fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("web-server");
    } catch {
      return false;
    }
  });
}

beforeAll(async () => {
  ({ db, key, projectId } = await startPrivateDb());
  stops.push(() => db.stop());
  const web = await startExtraWeb(db.url, env, "scale-web", 2);
  url = web.url;
  stops.push(() => web.web.stop());
  await until("two web processes", async () => nextChildren(web.web.proc.pid!).length === 2, 30_000);
  for (let i = 0; i < 2; i++) {
    const w = await startExtraWorker(db.url, env, `scale-worker-${i}`);
    stops.push(() => w.stop());
  }
}, 180_000);

afterAll(async () => {
  while (stops.length) await stops.pop()!().catch(() => {});
});

describe("2 web + 2 worker processes", () => {
  it("a concurrent burst is stored once, scored once, rolled up exactly, and alerts notify once", async () => {
    const rx = await startReceiver();
    stops.push(rx.close);
    const rule = await keyRequest(key, "/api/v1/alert-rules", "POST", {
      name: "Any dropout", metric: "dropout_rate", comparator: "gt", threshold: 0, windowMinutes: 60, intervalSeconds: 5, minSamples: 1, pendingEvaluations: 1,
      webhooks: [{ url: rx.url, secret: "whsec_scale_test" }],
    }, url);
    expect(rule.status, await rule.clone().text()).toBe(201);

    const t0 = Date.now() - 60_000;
    const conv = (i: number) => {
      const c = `sc-${i}`;
      const at = (s: number) => new Date(t0 + i * 10 + s * 1000).toISOString();
      return [
        { id: `${c}-u`, conversationId: c, timestamp: at(0), type: "message", role: "user", content: `Refund order ${10000 + i} please` },
        { id: `${c}-h`, conversationId: c, timestamp: at(1), type: "handoff", from: "triage", to: "billing", summary: "Customer wants a refund", payload: i % 2 ? { order_id: String(10000 + i) } : {} },
        { id: `${c}-a`, conversationId: c, timestamp: at(2), type: "message", role: "agent", agent: "billing", content: "Done." },
      ];
    };
    // 40 requests of 3 conversations each, 10 at a time, each event sent twice (a retrying client)
    const batches = Array.from({ length: 40 }, (_, b) => [0, 1, 2].flatMap((k) => conv(b * 3 + k)));
    for (let i = 0; i < batches.length; i += 10) {
      const res = await Promise.all(batches.slice(i, i + 10).flatMap((events) => [postEvents(key, { events }, { base: url }), postEvents(key, { events }, { base: url })]));
      expect(res.map((r) => r.status).every((s) => s === 200)).toBe(true);
    }
    expect(await countRows(db.url, `SELECT count(*) FROM events WHERE project_id = $1`, [projectId])).toBe(CONVERSATIONS * 3);
    await until("every conversation scored", async () =>
      (await countRows(db.url, `SELECT count(*) FROM conversations WHERE project_id = $1 AND scored_at IS NOT NULL AND event_count = 3`, [projectId])) === CONVERSATIONS,
      120_000,
    );
    // exactly one contribution per conversation, whichever worker scored it (and however often)
    await until("exact rollups", async () =>
      (await countRows(db.url, `SELECT coalesce(sum(count), 0) FROM metric_rollups WHERE project_id = $1 AND metric = 'conversations' AND dim = ''`, [projectId])) === CONVERSATIONS &&
      (await countRows(db.url, `SELECT coalesce(sum(sum), 0) FROM metric_rollups WHERE project_id = $1 AND metric = 'dropout_rate' AND dim = ''`, [projectId])) === CONVERSATIONS / 2,
      60_000,
    );
    expect(await countRows(db.url, `SELECT count(*) FROM handoffs WHERE project_id = $1`, [projectId])).toBe(CONVERSATIONS);
    await rx.waitFor((got) => got.some((x) => x.json.state === "firing"));
    // a few more evaluation intervals: still one notification
    await new Promise((r) => setTimeout(r, 5_000));
    expect(rx.received.filter((x) => x.json.state === "firing")).toHaveLength(1);
  }, 180_000);

  it("the per-key rate limit holds across the two processes (each holds half)", async () => {
    const secret = generateSecret();
    await countRows(db.url, `WITH k AS (INSERT INTO api_keys (project_id, id, name, prefix, hash, rate_limit_per_sec) VALUES ($1, 'slow', 'slow', 'bt_', $2, 1) RETURNING 1) SELECT count(*) FROM k`, [projectId, hashKey(secret)]);
    const started = Date.now();
    const res = await Promise.all(
      Array.from({ length: 30 }, (_, i) => postEvents(secret, { events: [{ id: `rl-${i}`, conversationId: "rl", timestamp: new Date().toISOString(), type: "message", role: "user", content: "hi" }] }, { base: url })),
    );
    const seconds = (Date.now() - started) / 1000;
    const accepted = res.filter((r) => r.status === 200).length;
    expect(res.every((r) => r.status === 200 || r.status === 429)).toBe(true);
    // 1/s for the key: each process refills 0.5/s with a burst of 1, so at most 2 + 1/s in all;
    // a process holding the whole rate each would allow 4 + 2/s
    expect(accepted).toBeGreaterThanOrEqual(1);
    expect(accepted).toBeLessThanOrEqual(2 + Math.ceil(seconds));
  }, 120_000);
});

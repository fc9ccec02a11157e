// CSAT and outcome as metrics (issue 15 item 1) and `kind: "change"` alert rules (item 2), over
// real HTTP and PostgreSQL: a rating that arrives hours after its conversation moves that
// conversation's contribution (bucketed by its first event) instead of adding one, the per-edge
// CSAT split, rollups after `npm run rescore` equal to rollups rebuilt from scratch, and a change
// rule firing on a CSAT drop while its mirror (direction "up") stays quiet.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { pool } from "../../lib/db/pool";
import { getEdgeCsat } from "../../lib/metrics/edge-csat";
import { createTestProject, getJson, keyRequest, postEvents, rollups, waitScored } from "../helpers/api";
import { cleanConversation, dropoutConversation } from "../helpers/conversations";
import { rescore } from "../helpers/rescore";

const HOUR = 3_600_000;
const hourOf = (ms: number) => new Date(Math.floor(ms / HOUR) * HOUR).toISOString();

async function series(key: string, metric: string, from: number, to: number) {
  const res = await getJson(`/api/v1/metrics?metric=${metric}&from=${new Date(from).toISOString()}&to=${new Date(to).toISOString()}&bucket=hour`, key);
  expect(res.status).toBe(200);
  const body = await res.json();
  return (body.points as Array<{ bucket: string; value: number | null; samples: number }>).filter((p) => p.samples > 0 || (p.value ?? 0) !== 0);
}

const resolution = (conversationId: string, at: number, over: Record<string, unknown> = {}) => ({
  id: `${conversationId}-res-${crypto.randomBytes(3).toString("hex")}`,
  conversationId,
  timestamp: new Date(at).toISOString(),
  type: "resolution",
  agent: "billing",
  status: "resolved",
  ...over,
});

describe("CSAT and outcome metrics", () => {
  it("a CSAT arriving 3 hours late re-scores its conversation in its own hour; rollups stay exact after rescore", async () => {
    const p = await createTestProject();
    const start = Date.now() - 3 * HOUR - 10 * 60_000;
    // cs-a: triage→billing drops the order id, still open; cs-b: triage→orders clean, resolved without a rating
    await postEvents(p.key, { events: [...dropoutConversation("cs-a", start), ...cleanConversation("cs-b", start)] });
    await waitScored(p.key, "cs-a", 4);
    await waitScored(p.key, "cs-b", 4);
    const from = start - 2 * HOUR;
    const to = Date.now() + HOUR;
    expect(await series(p.key, "resolution_rate", from, to)).toEqual([{ bucket: hourOf(start), group: "", value: 0.5, samples: 2 }]);
    expect(await series(p.key, "unresolved_conversations", from, to)).toEqual([{ bucket: hourOf(start), group: "", value: 1, samples: 1 }]);
    expect(await series(p.key, "csat_mean", from, to)).toEqual([]);

    // three hours later: cs-a is resolved and rated 2, cs-b gets its rating 5
    const late = Date.now();
    await postEvents(p.key, { events: [resolution("cs-a", late, { csat: 2 }), resolution("cs-b", late, { agent: "orders", csat: 5 })] });
    await waitScored(p.key, "cs-a", 5);
    await waitScored(p.key, "cs-b", 5);

    // all in the conversations' first hour, none in the rating's hour, nothing counted twice
    expect(await series(p.key, "csat_mean", from, to)).toEqual([{ bucket: hourOf(start), group: "", value: 3.5, samples: 2 }]);
    expect(await series(p.key, "csat_low_rate", from, to)).toEqual([{ bucket: hourOf(start), group: "", value: 0.5, samples: 2 }]);
    expect(await series(p.key, "resolution_rate", from, to)).toEqual([{ bucket: hourOf(start), group: "", value: 1, samples: 2 }]);
    expect(await series(p.key, "unresolved_conversations", from, to)).toEqual([]);
    expect(await series(p.key, "conversations", from, to)).toEqual([{ bucket: hourOf(start), group: "", value: 2, samples: 2 }]);

    // per edge: billing's rated conversation dropped state there, orders' did not
    const edges = await getEdgeCsat({ projectId: p.projectId, from: new Date(from), to: new Date(to) });
    expect(edges).toEqual([
      { edge: "triage→billing", from: "triage", to: "billing", withDropout: { mean: 2, conversations: 1 }, withoutDropout: { mean: null, conversations: 0 }, difference: null },
      { edge: "triage→orders", from: "triage", to: "orders", withDropout: { mean: null, conversations: 0 }, withoutDropout: { mean: 5, conversations: 1 }, difference: null },
    ]);
    const other = await createTestProject();
    expect(await getEdgeCsat({ projectId: other.projectId, from: new Date(from), to: new Date(to) })).toEqual([]);

    // the incremental rollups (first scoring, then the late delta) equal a rebuild from scratch
    const incremental = await rollups(p.projectId);
    expect(incremental.map((r) => r.metric)).toEqual(expect.arrayContaining(["csat_mean", "csat_low_rate", "resolution_rate", "csat_edge_dropout", "csat_edge_clean"]));
    await pool().query(`DELETE FROM metric_rollups WHERE project_id = $1`, [p.projectId]);
    await pool().query(`UPDATE conversations SET contributions = '[]', scores = NULL WHERE project_id = $1`, [p.projectId]);
    const run = await rescore(["--project", p.projectId, "--restart"]);
    expect(run.code).toBe(0);
    expect(await rollups(p.projectId)).toEqual(incremental);
    // and a second rescore over the rebuilt state changes nothing
    expect((await rescore(["--project", p.projectId, "--restart"])).code).toBe(0);
    expect(await rollups(p.projectId)).toEqual(incremental);
  });

  it("near miss: a rating of 3 is not low, an escalation is not resolved; unknown metric ids are refused", async () => {
    const p = await createTestProject();
    const start = Date.now() - 2 * HOUR;
    await postEvents(p.key, {
      events: [
        ...cleanConversation("nm-a", start).filter((e) => e.type !== "resolution"),
        resolution("nm-a", start + 60_000, { agent: "orders", csat: 3 }),
        ...cleanConversation("nm-b", start).filter((e) => e.type !== "resolution"),
        resolution("nm-b", start + 60_000, { agent: "orders", status: "escalated", csat: 1 }),
      ],
    });
    await waitScored(p.key, "nm-a", 4);
    await waitScored(p.key, "nm-b", 4);
    const [low] = await series(p.key, "csat_low_rate", start - HOUR, Date.now() + HOUR);
    expect(low).toMatchObject({ value: 0.5, samples: 2 }); // nm-b's 1 is low, nm-a's 3 is not
    const [res] = await series(p.key, "resolution_rate", start - HOUR, Date.now() + HOUR);
    expect(res).toMatchObject({ value: 0.5, samples: 2 });
    const bad = await getJson(`/api/v1/metrics?metric=csat_median`, p.key);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain("metric");
  });
});

describe("alert rules of kind change", () => {
  it("validates per kind: thresholds need a comparator and ≤ 1 day, changes do not", async () => {
    const p = await createTestProject();
    const base = { name: "CSAT drop", metric: "csat_mean", windowMinutes: 1440 };
    const noCmp = await keyRequest(p.key, "/api/v1/alert-rules", "POST", { ...base, threshold: 3 });
    expect(noCmp.status).toBe(400);
    expect(JSON.stringify(await noCmp.json())).toContain("comparator");
    const long = await keyRequest(p.key, "/api/v1/alert-rules", "POST", { ...base, comparator: "lt", threshold: 3, windowMinutes: 2880 });
    expect(long.status).toBe(400);
    expect(JSON.stringify(await long.json())).toContain("windowMinutes");
    const change = await keyRequest(p.key, "/api/v1/alert-rules", "POST", { ...base, kind: "change", direction: "down", windowMinutes: 2880 });
    expect(change.status).toBe(201);
    const rule = await change.json();
    expect(rule).toMatchObject({ kind: "change", direction: "down", threshold: 0, windowMinutes: 2880 });
    // a PATCH of one field keeps the kind; turning it into a threshold rule with a 2-day window is refused
    const patched = await keyRequest(p.key, `/api/v1/alert-rules/${rule.id}`, "PATCH", { severity: "critical" });
    expect(await patched.json()).toMatchObject({ kind: "change", direction: "down", severity: "critical" });
    const bad = await keyRequest(p.key, `/api/v1/alert-rules/${rule.id}`, "PATCH", { kind: "threshold", comparator: "lt", threshold: 3 });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain("windowMinutes");
  });

  it("fires when CSAT's level shifts down; the same rule watching for a rise stays ok", async () => {
    const p = await createTestProject();
    const now = Date.now();
    const events: unknown[] = [];
    // 14 hours rated 5/4, then 6 hours rated 2/1: one conversation per hour
    for (let h = 20; h >= 1; h--) {
      const id = `ch-${h}`;
      const start = now - h * HOUR - 5 * 60_000;
      const csat = h > 6 ? (h % 2 ? 5 : 4) : h % 2 ? 2 : 1;
      events.push(...cleanConversation(id, start).filter((e) => e.type !== "resolution"), resolution(id, start + 60_000, { agent: "orders", csat }));
    }
    expect((await postEvents(p.key, { events })).status).toBe(200);
    for (let h = 20; h >= 1; h--) await waitScored(p.key, `ch-${h}`, 4);
    const rule = (direction: string) => ({
      name: `CSAT ${direction}`, metric: "csat_mean", kind: "change", direction, windowMinutes: 1440, minSamples: 5, intervalSeconds: 5,
    });
    const down = await (await keyRequest(p.key, "/api/v1/alert-rules", "POST", rule("down"))).json();
    const up = await (await keyRequest(p.key, "/api/v1/alert-rules", "POST", rule("up"))).json();
    const deadline = Date.now() + 30_000;
    let fired: { value: number; ruleId: string } | undefined;
    while (!fired) {
      if (Date.now() > deadline) throw new Error("the change rule did not fire within 30 s");
      const body = await (await getJson(`/api/v1/alert-events?state=firing`, p.key)).json();
      fired = body.data.find((e: { ruleId: string }) => e.ruleId === down.id);
      if (!fired) await new Promise((r) => setTimeout(r, 250));
    }
    expect(fired.value).toBeLessThan(-2); // ~4.5 → ~1.5
    // the mirror rule has been evaluated (after the firing one was created) and stays ok
    const upDeadline = Date.now() + 30_000;
    for (;;) {
      const r = await (await getJson(`/api/v1/alert-rules/${up.id}`, p.key)).json();
      if (r.lastEvaluatedAt) {
        expect(r.state[""]).toMatchObject({ state: "ok" });
        break;
      }
      if (Date.now() > upDeadline) throw new Error("the mirror rule was never evaluated");
      await new Promise((res) => setTimeout(res, 250));
    }
    const all = await (await getJson(`/api/v1/alert-events`, p.key)).json();
    expect(all.data.filter((e: { ruleId: string }) => e.ruleId === up.id)).toEqual([]);
  });
});

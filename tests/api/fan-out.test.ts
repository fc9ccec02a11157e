// Orchestrator–worker fan-out end to end (issue 14 items 1–2): native events over real HTTP →
// the worker → the drill-down API. A lead delegating to three workers at once is a fan-out (no
// role confusion, nothing ignored, depth 1 width 3, each return paired with its delegation), and
// the three orchestrator scores reach the handoff rows, the conversation, the rollups, the metrics
// API, the conversation filter and the alert rules.
import { describe, expect, it } from "vitest";
import { getJson, keyRequest, createTestProject, postEvents, rollups, waitScored } from "../helpers/api";
import { fanOutConversation } from "../helpers/conversations";

type Handoff = {
  index: number; from: string; to: string; mode: string; depth: number; flags: string[]; requested: string[] | null; ignored: string[];
  fanOut: { group: number; width: number } | null; pair: number | null;
  orchestration: null | { askCarried: number | null; compressionRatio: number | null; lostFacts: Array<{ value: string }>; resultUsed: number | null };
};

describe("a fan-out of three workers with returns", () => {
  it("is one dispatch of width 3, each return paired, no role confusion, scored per delegation and per conversation", async () => {
    const p = await createTestProject();
    expect((await postEvents(p.key, { events: fanOutConversation("fan-faulty") })).status).toBe(200);
    const body = await waitScored(p.key, "fan-faulty", 12);
    const handoffs: Handoff[] = body.handoffs;

    // structure: three delegations, one fan-out, each return paired with its own delegation
    expect(handoffs).toHaveLength(6);
    const delegations = handoffs.filter((h) => h.mode === "delegate");
    expect(delegations.map((h) => h.to)).toEqual(["billing", "policy", "loyalty"]);
    for (const d of delegations) {
      expect(d.fanOut).toEqual({ group: 0, width: 3 });
      expect(d.depth).toBe(1);
      const ret = handoffs[d.pair!];
      expect(ret).toMatchObject({ mode: "return", from: d.to, to: "lead", pair: d.index, fanOut: null });
    }
    // no role confusion, nothing ignored, anywhere
    expect(handoffs.every((h) => h.requested === null && h.ignored.length === 0 && !h.flags.includes("ignored") && !h.flags.includes("role_confusion"))).toBe(true);
    expect(body.scores).toMatchObject({ roleConfusion: false, maxDepth: 1, handoffsToResolution: 1 });
    expect(body.conversation.flags).not.toContain("role_confusion");
    expect(body.conversation.maxDepth).toBe(1);

    // the three scores: the loyalty worker lost the ask, squeezed its lookup, and went unused
    const [billing, policy, loyalty] = delegations;
    for (const ok of [billing, policy]) {
      expect(ok.flags).toEqual([]);
      expect(ok.orchestration!.askCarried).toBeGreaterThanOrEqual(0.5);
      expect(ok.orchestration!.resultUsed).toBe(1);
    }
    expect(loyalty.flags).toEqual(["ask_lost", "over_compressed", "result_unused"]);
    expect(loyalty.orchestration!.askCarried).toBeLessThan(0.5);
    expect(loyalty.orchestration!.compressionRatio).toBeGreaterThan(20);
    expect(loyalty.orchestration!.lostFacts.map((f) => f.value)).toContain("LY-448812");
    expect(loyalty.orchestration!.resultUsed).toBe(0);
    expect(body.conversation.flags).toEqual(expect.arrayContaining(["ask_lost", "over_compressed", "result_unused"]));
    expect(body.scores.askCarried).toBe(loyalty.orchestration!.askCarried);
    expect(body.scores.compressionRatio).toBe(loyalty.orchestration!.compressionRatio);
    expect(body.scores.resultUsed).toBeCloseTo(2 / 3, 2);

    // rollups (per delegation, also per worker and per edge), the metrics API behind the trends
    const rows = await rollups(p.projectId);
    const row = (metric: string, dim = "", dimValue = "") => rows.find((r) => r.metric === metric && r.dim === dim && r.dim_value === dimValue);
    expect(row("ask_lost_rate")).toMatchObject({ sum: 1, count: 3 });
    expect(row("over_compression_rate")).toMatchObject({ sum: 1, count: 3 });
    expect(row("unused_result_rate")).toMatchObject({ sum: 1, count: 3 });
    expect(row("unused_result_rate", "edge", "lead→loyalty")).toMatchObject({ sum: 1, count: 1 });
    expect(row("returns", "edge", "loyalty→lead")).toMatchObject({ count: 1 });
    const series = await (await getJson(`/api/v1/metrics?metric=unused_result_rate&bucket=day`, p.key)).json();
    const values = series.points.filter((x: { value: number | null }) => x.value !== null).map((x: { value: number }) => x.value);
    expect(values).toEqual([1 / 3]);
  });

  it("near miss: the same fan-out with every worker on the ask, returning what it found, and used, is flagged for nothing; filters and alerts tell the two apart", async () => {
    const p = await createTestProject();
    const events = [...fanOutConversation("fan-faulty"), ...fanOutConversation("fan-clean", { faulty: false })];
    expect((await postEvents(p.key, { events })).status).toBe(200);
    await waitScored(p.key, "fan-faulty", 12);
    const clean = await waitScored(p.key, "fan-clean", 12);
    expect(clean.conversation.flags).toEqual([]);
    expect(clean.handoffs.every((h: Handoff) => h.flags.length === 0)).toBe(true);
    expect(clean.scores).toMatchObject({ askCarried: 1, resultUsed: 1, roleConfusion: false });

    for (const flag of ["ask_lost", "over_compressed", "result_unused"]) {
      const list = await (await getJson(`/api/v1/conversations?flag=${flag}`, p.key)).json();
      expect(list.data.map((c: { id: string }) => c.id)).toEqual(["fan-faulty"]);
    }
    for (const metric of ["ask_lost_rate", "compression_ratio", "over_compression_rate", "unused_result_rate"]) {
      const res = await keyRequest(p.key, "/api/v1/alert-rules", "POST", {
        name: `worker ${metric}`, metric, comparator: "gt", threshold: 0.2, windowMinutes: 60, severity: "warning", webhooks: [],
      });
      expect(res.status).toBe(201);
    }
    expect((await keyRequest(p.key, "/api/v1/alert-rules", "POST", { name: "x", metric: "asks_lost", comparator: "gt", threshold: 1, windowMinutes: 60, severity: "warning" })).status).toBe(400);
  });
});

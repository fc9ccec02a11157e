import { describe, expect, it } from "vitest";
import type { EventRecord } from "../ingest/schemas";
import { checkShape } from "./check";
import { edgeStatsFromRows } from "./edge-stats";
import { inferContract, latestRelease, mergeCounts, releaseDrift } from "./infer";
import { contractEntries } from "./stats";
import { observeEvents, type HandoffShape } from "./observe";
import { ContractSchema, ContractsFile, duplicateKeyPaths } from "./schema";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { analyzeConversation } from "../scoring/run-scorers";

const shape = (fields: Record<string, unknown>, o: Partial<HandoffShape> = {}, used = true): HandoffShape => ({
  release: null,
  prose: [],
  summaryLength: 20,
  ...o,
  fields: Object.fromEntries(
    Object.entries(fields).map(([k, v]) => [k, { type: typeof v === "number" ? (Number.isInteger(v) ? "integer" : "number") : (typeof v as "string"), used, example: v }]),
  ),
});

describe("contract schema", () => {
  it("fills defaults and accepts type lists and any-type fields", () => {
    const c = ContractSchema.parse({ properties: { a: { type: "string" }, b: { type: ["number", "null"] }, extra: {} }, required: ["a"] });
    expect(c.additionalProperties).toBe(true);
    expect(c.type).toBe("object");
  });
  it("names the path of an unknown type, a duplicate required field, and a non-object", () => {
    const bad = ContractSchema.safeParse({ properties: { a: { type: "strin" } } });
    expect(bad.error!.issues.map((i) => i.path.join("."))).toEqual(["properties.a.type"]);
    const dup = ContractSchema.safeParse({ properties: { a: { type: "string" } }, required: ["a", "a"] });
    expect(dup.error!.issues.map((i) => i.path.join("."))).toEqual(["required.1"]);
    expect(ContractSchema.safeParse([1]).success).toBe(false);
    expect(ContractSchema.safeParse({ properties: { a: { type: "string", pattern: "x" } } }).success).toBe(false);
  });
  it("rejects more than 500 fields, accepts exactly 500", () => {
    const props = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, { type: "string" }]));
    expect(ContractSchema.safeParse({ properties: props(500) }).success).toBe(true);
    expect(ContractSchema.safeParse({ properties: props(501) }).success).toBe(false);
  });
  it("finds duplicate keys in raw JSON text, not in distinct objects", () => {
    expect(duplicateKeyPaths('{"properties":{"a":{"type":"string"},"a":{"type":"number"}}}')).toEqual(["properties.a"]);
    expect(duplicateKeyPaths('{"contracts":[{"schema":{"properties":{"a":{}}}},{"schema":{"properties":{"a":{}}}}]}')).toEqual([]);
    expect(duplicateKeyPaths('{"a":"x\\"a","b":1}')).toEqual([]);
  });
  it("a project file rejects two contracts for one edge", () => {
    const one = { from: "a", to: "b", schema: {} };
    expect(ContractsFile.safeParse({ contracts: [one] }).success).toBe(true);
    const r = ContractsFile.safeParse({ contracts: [one, one] });
    expect(r.error!.issues[0].path).toEqual(["contracts", 1]);
  });
});

describe("inference on synthetic edges", () => {
  const N = 20;
  it("a stable used field is expected; a flapping field is optional; an unused field is not expected", () => {
    const shapes = Array.from({ length: N }, (_, i) => {
      const s = shape({ order_id: "8812", ...(i % 2 ? { note: "x" } : {}) });
      s.fields.trace = { type: "string", used: false, example: "t" };
      return s;
    });
    const inf = inferContract(shapes);
    const by = Object.fromEntries(inf.fields.map((f) => [f.name, f]));
    expect(by.order_id).toMatchObject({ presence: 1, expected: true, usedRate: 1 });
    expect(by.note).toMatchObject({ presence: 0.5, expected: false });
    expect(by.trace).toMatchObject({ presence: 1, expected: false });
    expect(inf.schema.required).toEqual(["order_id"]);
    expect(inf.schema.properties.note).toEqual({ type: "string" });
  });
  it("exactly 90 % presence is expected, 85 % is not", () => {
    const at = (k: number) => inferContract(Array.from({ length: N }, (_, i) => shape(i < k ? { a: "v1" } : {})));
    expect(at(18).fields[0].expected).toBe(true);
    expect(at(17).fields[0].expected).toBe(false);
  });
  it("a type change yields a type union; a field only in prose is listed apart", () => {
    const shapes = Array.from({ length: N }, (_, i) => shape({ amount: i < 10 ? 12 : "12.00" }, { prose: ["email"] }));
    const inf = inferContract(shapes);
    expect(inf.schema.properties.amount.type).toEqual(["number", "string"]);
    const email = inf.fields.find((f) => f.name === "email")!;
    expect(email).toMatchObject({ source: "prose", presence: 1, expected: false });
    expect(inf.schema.properties.email).toBeUndefined();
  });
  it("release drift: a field no longer sent, a new field, a type change, a summary shift", () => {
    const r1 = Array.from({ length: 10 }, () => ({ shape: shape({ order_id: "1", amount: 5 }, { release: "v1", summaryLength: 100 }) }));
    const r2 = Array.from({ length: 10 }, () => ({ shape: shape({ amount: "5", priority: "high" }, { release: "v2", summaryLength: 20 }) }));
    const changes = releaseDrift([...r1, ...r2]);
    const kinds = changes.map((c) => `${c.kind}:${c.field ?? ""}`).sort();
    expect(kinds).toEqual(["field_added:priority", "field_removed:order_id", "summary_length:", "type_changed:amount"]);
    expect(changes.find((c) => c.kind === "field_removed")).toMatchObject({ release: "v2", previous: "v1", before: 1, after: 0 });
    // the same shapes in one release: no drift
    expect(releaseDrift(r1.concat(r1))).toEqual([]);
  });
});

describe("checker rules", () => {
  const contract = ContractSchema.parse({
    properties: { order_id: { type: "string" }, amount: { type: "number" }, note: {} },
    required: ["order_id", "email"],
    additionalProperties: false,
  });
  it("a conforming handoff passes (integer is a number, any-type field any type)", () => {
    expect(checkShape({ ...contract, required: ["order_id"] }, shape({ order_id: "1", amount: 3, note: 4 }))).toEqual([]);
  });
  it("flags missing, only-in-prose, wrong type and unexpected fields", () => {
    const breaks = checkShape(contract, shape({ amount: "3", debug: true }, { prose: ["order_id"] }));
    expect(breaks.map((b) => `${b.rule}:${b.field}`).sort()).toEqual(["missing:email", "only_in_prose:order_id", "unexpected:debug", "wrong_type:amount"]);
    expect(breaks.find((b) => b.rule === "wrong_type")).toMatchObject({ expected: "number", got: "string" });
  });
  it("fields named like Object.prototype's members are fields like any other (a missing 'constructor', an unexpected 'toString'); near miss: carried, they pass", () => {
    const named = ContractSchema.parse({ properties: { constructor: { type: "string" } }, required: ["constructor"], additionalProperties: false });
    expect(checkShape(named, shape(JSON.parse('{"toString": "x", "__proto__": 1}'))).map((b) => `${b.rule}:${b.field}`).sort()).toEqual(["missing:constructor", "unexpected:__proto__", "unexpected:toString"]);
    expect(checkShape(named, shape({ constructor: "Bob the Builder Ltd" }))).toEqual([]);
  });
  it("extra fields pass when additionalProperties is true", () => {
    expect(checkShape({ ...contract, required: [], additionalProperties: true }, shape({ debug: 1 }))).toEqual([]);
  });
});

describe("observe", () => {
  // cast: loose fixtures of any event type; observeEvents reads only the fields each case sets.
  const ev = (e: Record<string, unknown>) => ({ conversationId: "c1", ...e }) as unknown as EventRecord;
  it("carries payload and stateAfter keys, marks values the receiver mentions, finds facts only in prose", () => {
    const obs = observeEvents([
      ev({ id: "1", timestamp: "2026-01-01T00:00:00Z", type: "message", role: "user", content: "Refund order 8812, email jane@x.com" }),
      ev({ id: "2", timestamp: "2026-01-01T00:00:01Z", type: "handoff", from: "triage", to: "billing", summary: "Customer jane@x.com wants a refund", payload: { order_id: "8812", tier: "gold" }, stateAfter: { lang: "en" }, metadata: { release: "v3" } }),
      ev({ id: "3", timestamp: "2026-01-01T00:00:02Z", type: "tool_call", agent: "billing", tool: "refund", args: { order: "8812" } }),
    ]);
    expect(obs).toHaveLength(1);
    const s = obs[0].shape;
    expect(Object.keys(s.fields).sort()).toEqual(["lang", "order_id", "tier"]);
    expect(s.fields.order_id).toMatchObject({ type: "string", used: true, example: "[redacted]" });
    expect(s.fields.tier.used).toBe(false);
    expect(s.prose).toEqual(["email"]);
    expect(s.release).toBe("v3");
  });

  it("a payload key '__proto__' or 'constructor' (as JSON.parse makes it) is observed as a field; near miss: an ordinary key alongside", () => {
    const obs = observeEvents([
      ev({ id: "1", timestamp: "2026-01-01T00:00:00Z", type: "message", role: "user", content: "Please book the builder" }),
      ev({ id: "2", timestamp: "2026-01-01T00:00:01Z", type: "handoff", from: "triage", to: "works", payload: JSON.parse('{"__proto__": {"x": 1}, "constructor": "Bob Ltd", "site": "rear"}') }),
    ]);
    expect(Object.keys(obs[0].shape.fields).sort()).toEqual(["__proto__", "constructor", "site"]);
    expect(Object.getPrototypeOf(obs[0].shape.fields)).toBe(Object.prototype);
  });

  it("the worker's shape carries the release the handoff ran on (lib/releases), also when only an earlier event or the project's releaseKey names it", async () => {
    const events = (handoffMeta: Record<string, unknown> | undefined, firstMeta: Record<string, unknown> | undefined) => [
      ev({ id: "1", timestamp: "2026-01-01T00:00:00Z", type: "message", role: "user", content: "Refund order 8812", ...(firstMeta ? { metadata: firstMeta } : {}) }),
      ev({ id: "2", timestamp: "2026-01-01T00:00:01Z", type: "handoff", from: "triage", to: "billing", payload: { order_id: "8812" }, ...(handoffMeta ? { metadata: handoffMeta } : {}) }),
    ];
    const release = async (e: EventRecord[], releaseKey?: string) => (await analyzeConversation(e, { ...DEFAULT_SETTINGS, releaseKey })).handoffs[0].shape?.release;
    expect(await release(events({ release: "v3" }, undefined))).toBe("v3");
    expect(await release(events(undefined, { release: "v2" }))).toBe("v2");
    expect(await release(events({ deploy_tag: "2026.11.3" }, undefined), "deploy_tag")).toBe("2026.11.3");
    // near misses: no release anywhere, or a key the project does not read
    expect(await release(events(undefined, undefined))).toBeNull();
    expect(await release(events({ deploy_tag: "2026.11.3" }, undefined))).toBeNull();
  });
});

describe("incremental statistics (rollup entries → per-edge counts)", () => {
  // what PostgreSQL returns for GROUP BY metric, dim_value over the entries of many handoffs
  const rowsOf = (handoffs: Array<{ from: string; to: string; at: string; shape: HandoffShape }>) => {
    const by = new Map<string, { metric: string; dimValue: string; first: Date; last: Date; sum: number; count: number }>();
    for (const h of handoffs)
      for (const e of contractEntries(h.from, h.to, h.at, h.shape)) {
        const k = `${e.metric}|${e.dimValue}`;
        const hour = new Date(Math.floor(Date.parse(h.at) / 3_600_000) * 3_600_000);
        const r = by.get(k) ?? { metric: e.metric, dimValue: e.dimValue, first: hour, last: hour, sum: 0, count: 0 };
        r.sum += e.sum;
        r.count += e.count;
        if (hour < r.first) r.first = hour;
        if (hour > r.last) r.last = hour;
        by.set(k, r);
      }
    return [...by.values()];
  };
  const at = (min: number) => new Date(Date.UTC(2026, 10, 20, 9, 0) + min * 60_000).toISOString();

  it("infers the same contract from the counts as from the shapes (presence, types, used, prose)", () => {
    const shapes = Array.from({ length: 20 }, (_, i) => shape({ order_id: "8812", ...(i % 2 ? { note: "x" } : {}), amount: i < 10 ? 12 : "12.00" }, { prose: ["email"] }, i % 4 !== 0));
    const edges = edgeStatsFromRows(rowsOf(shapes.map((s, i) => ({ from: "triage", to: "billing", at: at(i), shape: s }))));
    expect([...edges.keys()]).toEqual(["triage→billing"]);
    const fromCounts = inferContract(mergeCounts(edges.get("triage→billing")!.releases));
    const fromShapes = inferContract(shapes);
    const strip = (c: typeof fromCounts) => c.fields.map(({ example: _e, ...f }) => f);
    expect(strip(fromCounts)).toEqual(strip(fromShapes));
    expect(fromCounts.schema).toEqual(fromShapes.schema);
  });

  it("keeps edges apart even when agent names contain the separator characters", () => {
    const s = shape({ a: "1" });
    const edges = edgeStatsFromRows(rowsOf([
      { from: 'a","b', to: "c", at: at(0), shape: s },
      { from: "a", to: 'b","c', at: at(1), shape: s },
    ]));
    expect([...edges.keys()].sort()).toEqual(['a","b→c', 'a→b","c']);
  });

  it("orders releases first seen in the same hour by their mean time, and finds drift and the latest release", () => {
    const v1 = Array.from({ length: 5 }, (_, i) => ({ from: "t", to: "b", at: at(i), shape: shape({ order_id: "1", tier: "g" }, { release: "v1" }) }));
    const v2 = Array.from({ length: 5 }, (_, i) => ({ from: "t", to: "b", at: at(10 + i), shape: shape({ order_id: "1" }, { release: "v2" }) }));
    // rows arrive in any order
    const releases = edgeStatsFromRows(rowsOf([...v2, ...v1]).reverse()).get("t→b")!.releases;
    expect(releases.map((r) => r.release)).toEqual(["v1", "v2"]);
    expect(latestRelease(releases)).toBe("v2");
    expect(releaseDrift(releases).map((d) => `${d.kind}:${d.field}`)).toEqual(["field_removed:tier"]);
    // near miss: the same shape in both releases is no drift
    const same = edgeStatsFromRows(rowsOf([...v1, ...v1.map((h) => ({ ...h, at: at(30), shape: { ...h.shape, release: "v2" } }))])).get("t→b")!.releases;
    expect(releaseDrift(same)).toEqual([]);
  });
});

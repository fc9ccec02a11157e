import { describe, expect, it } from "vitest";
import { buildTimeline } from "./timeline";
import { diffState } from "./diff";
import { factsFromText, factsFromJson, mentions } from "./facts";
import { canonicalField } from "./slots";
import { contributionDelta, contributionKey, fromStored, p95FromHistogram, rollupContributions, sumDeltas, toStored } from "./rollups";
import { analyzeFixture } from "./fixture.test-util";

describe("timeline", () => {
  it("sorts out-of-order events and derives turns from user messages", () => {
    const t = buildTimeline([
      { id: "b", conversationId: "c", timestamp: "2026-01-01T00:00:02Z", type: "message", role: "agent", content: "x" },
      { id: "a", conversationId: "c", timestamp: "2026-01-01T00:00:01Z", type: "message", role: "user", content: "x" },
      { id: "c", conversationId: "c", timestamp: "2026-01-01T00:00:03Z", type: "message", role: "user", content: "y" },
      { id: "d", conversationId: "c", timestamp: "2026-01-01T00:00:04Z", type: "intent", intent: "z", turn: 7 },
    ]);
    expect(t.map((x) => [x.event.id, x.turn])).toEqual([["a", 0], ["b", 0], ["c", 1], ["d", 7]]);
  });
});

describe("diff", () => {
  it("reports removed, added, changed (old → new) and unchanged with dotted paths", () => {
    const d = diffState({ orderId: "1", cart: { items: 2, coupon: "X" }, note: "a" }, { order_id: 1, cart: { items: 3 }, lang: "en" });
    expect(d.unchanged).toEqual([{ path: "orderId", value: "1" }]);
    expect(d.changed).toEqual([{ path: "cart.items", from: 2, to: 3 }]);
    expect(d.removed.map((r) => r.path).sort()).toEqual(["cart.coupon", "note"]);
    expect(d.added).toEqual([{ path: "lang", value: "en" }]);
  });
});

describe("diff of an emptied field", () => {
  it("reports a value handed over as null as removed; near miss: a real new value is a change", () => {
    expect(diffState({ order_id: "A1" }, { order_id: null }).removed).toEqual([{ path: "order_id", value: "A1" }]);
    expect(diffState({ order_id: "A1" }, { order_id: "A2" }).changed).toEqual([{ path: "order_id", from: "A1", to: "A2" }]);
  });
});

describe("diff of keys Object.prototype also has", () => {
  // a hostile or unlucky payload key ("constructor", "toString", "__proto__" as JSON.parse makes it)
  // must not find Object.prototype's member on the other side: dropped is dropped
  it("reports a dropped 'constructor' / 'toString' key as removed, at the top and nested; near miss: kept, it is unchanged", () => {
    const before = JSON.parse('{"constructor": "Bob the Builder Ltd", "toString": "x", "__proto__": {"a": 1}, "site": {"valueOf": 3}}');
    const d = diffState(before, { site: {} });
    expect(d.removed.map((r) => r.path).sort()).toEqual(["__proto__", "constructor", "site.valueOf", "toString"]);
    expect(d.changed).toEqual([]);
    const kept = diffState({ constructor: "Bob the Builder Ltd" }, JSON.parse('{"constructor": "Bob the Builder Ltd"}'));
    expect(kept.unchanged).toEqual([{ path: "constructor", value: "Bob the Builder Ltd" }]);
    expect(diffState({ site: {} }, { site: { hasOwnProperty: 1 } }).added).toEqual([{ path: "site.hasOwnProperty", value: 1 }]);
  });
});

describe("facts and slots", () => {
  it("finds ids, emails, phones and amounts in user text", () => {
    const f = factsFromText("Order #88123, email jo@x.io, call +1 415 555 0134, I paid $49.99");
    expect(f).toEqual(expect.arrayContaining([
      { field: "order_id", value: "88123" },
      { field: "email", value: "jo@x.io" },
      { field: "amount", value: "$49.99" },
    ]));
    expect(f.some((x) => x.field === "phone")).toBe(true);
  });
  it("reads alphanumeric codes with dashes, and never takes a word for a code", () => {
    expect(factsFromText("Cancel my booking BK-4410 please")).toEqual([{ field: "booking_id", value: "BK-4410" }]);
    expect(factsFromText("Please cancel booking reference BK-4410")).toEqual([{ field: "booking_id", value: "BK-4410" }]);
    expect(factsFromText("Any tracking information yet?")).toEqual([]);
    // a "#44107" already read as a booking is not also an order
    expect(factsFromText("Cancel my booking #44107")).toEqual([{ field: "booking_id", value: "44107" }]);
  });

  it("maps key spellings to one field and reads tracked fields from tool results", () => {
    expect(canonicalField("orderNumber")).toBe("order_id");
    expect(canonicalField("loyalty_tier", ["loyaltyTier"])).toBe("loyaltyTier");
    expect(factsFromJson({ customer: { loyalty_tier: "gold", status: "x" } }, ["loyalty_tier"])).toEqual([{ field: "loyalty_tier", value: "gold", key: "loyalty_tier" }]);
  });
  it("matches values regardless of case and phone punctuation", () => {
    expect(mentions("Call 415-555-0134 please", "(415) 555 0134")).toBe(true);
    expect(mentions("nothing here", "8812")).toBe(false);
  });
});

describe("rollup contributions", () => {
  it("subtracting the old and adding the new contribution is exact", async () => {
    const a = rollupContributions(await analyzeFixture("reask-order"));
    const b = rollupContributions(await analyzeFixture("clean-refund"));
    expect(contributionDelta(a, a)).toEqual([]);
    const d = contributionDelta(a, b);
    expect(d.length).toBeGreaterThan(0);
    const reask = a.find((c) => c.metric === "reask_rate" && c.dim === "edge")!;
    expect(reask).toMatchObject({ dimValue: "triage→billing", sum: 1, count: 1 });
  });
  it("stores contributions compactly and still reads the older object form", async () => {
    const a = rollupContributions(await analyzeFixture("reask-order"));
    const stored = JSON.parse(JSON.stringify(toStored(a)));
    expect(fromStored(stored)).toEqual(a);
    expect(fromStored(a)).toEqual(a);
    expect(fromStored(null)).toEqual([]);
  });
  it("sums several conversations' deltas into one, dropping keys that cancel out", async () => {
    const a = rollupContributions(await analyzeFixture("reask-order"));
    const b = rollupContributions(await analyzeFixture("clean-refund"));
    const total = sumDeltas([contributionDelta([], a), contributionDelta([], b), contributionDelta(a, [])]);
    // sums of fractional scores carry float rounding ((0.95 + 0.9) − 0.95 ≠ 0.9 exactly)
    const rounded = (cs: typeof total) =>
      cs.map((c) => ({ ...c, sum: Math.round(c.sum * 1e9) / 1e9 })).sort((x, y) => contributionKey(x).localeCompare(contributionKey(y)));
    expect(rounded(total)).toEqual(rounded(contributionDelta([], b)));
  });
  it("reads p95 from a depth histogram", () => {
    expect(p95FromHistogram([{ depth: 1, count: 90 }, { depth: 3, count: 5 }, { depth: 9, count: 5 }])).toBe(3);
    expect(p95FromHistogram([])).toBeNull();
  });
});

// Dropped-field naming counts a field the scorer names beyond the label once per conversation and
// value (eval.ts): a value left out at every handoff of a chain is one field named, as the label
// names it once (blind-v2 `v-airportparking-lost-ticket-chain` listed one reg five times). Two
// different values are two, and so are the same value in two conversations.
import { describe, expect, it } from "vitest";
import { evaluateFixtures, toRecords, type Fixture, type LoadedFixture } from "./eval";
import { EVAL_FLAGS } from "./agreement";

/** a user gives an order and a phone; a chain of `hops` transfers carries only the order */
function chain(name: string, phone: string, hops: number, labelled: Array<{ value: string }>): LoadedFixture {
  const events: Array<Record<string, unknown>> = [{ type: "message", role: "user", content: `Order 4471-KX went missing, call me on ${phone}.`, timestamp: "2026-12-01T10:00:00Z" }];
  for (let i = 0; i < hops; i++) {
    events.push({ type: "handoff", agent: `a${i}`, from: `a${i}`, to: `a${i + 1}`, mode: "transfer", summary: "Order 4471-KX missing.", timestamp: `2026-12-01T10:00:0${i + 1}Z` });
  }
  const labels = Object.fromEntries(EVAL_FLAGS.map((f) => [f, f === "dropout"])) as Fixture["labels"];
  const fixture: Fixture = { labels, expect: { dropped: labelled }, events };
  return { name, fixture, events: toRecords(name, fixture.events) };
}

describe("dropped-field naming", () => {
  it("a value left out at four handoffs is one extra field", async () => {
    const r = await evaluateFixtures([chain("c1", "07700 900 318", 4, [])]);
    expect(r.naming.extra).toEqual(['c1: phone="07700 900 318"']);
  });
  it("near miss: the same value in two conversations is two, and a labelled value is named, not extra", async () => {
    const r = await evaluateFixtures([chain("c1", "07700 900 318", 3, []), chain("c2", "07700 900 318", 2, []), chain("c3", "07700 900 555", 3, [{ value: "07700 900 555" }])]);
    expect(r.naming.extra).toEqual(['c1: phone="07700 900 318"', 'c2: phone="07700 900 318"']);
    expect([r.naming.named, r.naming.expected]).toEqual([1, 1]);
  });
});

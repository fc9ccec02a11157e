// A reference typed as a prefix of capitals and digit groups of different lengths ("ALT 20 8841", "CH 55
// 210") is one code (values.ts spacedCodes): the groups' lengths had to match ("4471 0093 2210") or all
// be three digits or more, so "Order ALT 20 8841" gave no order and its re-ask went unseen. Near misses:
// a word that is no prefix ("Room 12 345"), no prefix at all ("12 10 2026"), and two groups ("UK 12", a size) stay apart.
// Domains in no corpus: a tailor, a costume hire, a piano removals firm.
import { describe, expect, it } from "vitest";
import { scored } from "./conversation.test-util";
import { spacedCodes } from "./values";

const codes = (t: string) => spacedCodes(t).map((c) => c.value);

describe("a prefix of capitals and digit groups of any lengths", () => {
  it("by shape", () => {
    expect(codes("Order ALT 20 8841, two shirts")).toEqual(["ALT 20 8841"]);
    expect(codes("hire ref CH 55 210, paid")).toEqual(["CH 55 210"]);
    expect(codes("job PR 31 7712 for the upright")).toEqual(["PR 31 7712"]);
    expect(codes("Room 12 345 is booked")).toEqual([]);
    expect(codes("on 12 10 2026 please")).toEqual([]);
    expect(codes("a UK 12 dress")).toEqual([]);
  });

  it.each([
    ["tailor", "Order ALT 20 8841, two shirts to collect.", "Two shirts to collect.", "Can you confirm the order number?", "ALT 20 8841, as in my first message"],
    ["costume hire", "returned the cape, hire ref CH 55 210, deposit not back", "Cape returned, deposit not refunded.", "What's the hire reference?", "CH 55 210. already said"],
    ["piano removals", "Moving the upright on job PR 31 7712 next week, can you add stairs?", "Upright move next week, stairs to add.", "Which job is this for?", "PR 31 7712 like I said"],
  ])("%s: given again after the handoff dropped it, a re-ask", async (_d, first, summary, ask, reply) => {
    const r = await scored([{ user: first }, { from: "desk", to: "team", summary }, { agent: "team", says: ask }, { user: reply }]);
    expect(r.reasks).toHaveLength(1);
    expect(r.dropped).toHaveLength(1);
  });
});

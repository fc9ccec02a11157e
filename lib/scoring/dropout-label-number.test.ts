// A reference typed as a label and a number with a space between ("PO 2025-0731", "TS 2026-118") is
// carried when the handoff states its number whole (dropout.ts mentionsNumberPart): the letters say
// what kind of record, the number which one. Near misses: another number, the number inside a longer
// one, or a short number (under five digits, as often a count) are no carry. Domains in no corpus:
// a school supplier, a temp agency's timesheets, a marine chandlery.
import { describe, expect, it } from "vitest";
import { scored } from "./conversation.test-util";

const run = async (user: string, summary: string) =>
  (await scored([{ user }, { from: "front", to: "desk", summary }, { agent: "desk", says: "That's in hand." }])).dropped;

describe("a label and a number, carried by the number", () => {
  it.each([
    ["school supplier", "Our purchase order is PO 2025-0731, can you deliver the paper this week?", "Paper delivery this week against purchase order 2025-0731."],
    ["temp agency", "The timesheet is TS 2026-118 and Saturday is missing from it.", "Saturday missing from timesheet 2026-118."],
    ["chandlery", "My order number is CH 558213, the mooring lines haven't arrived.", "Mooring lines not arrived on order 558213."],
  ])("%s: the number stated whole carries it", async (_d, user, summary) => {
    expect(await run(user, summary)).toEqual([]);
  });

  it.each([
    ["school supplier", "Our purchase order is PO 2025-0731, can you deliver the paper this week?", "Paper delivery this week against purchase order 2025-0732."],
    ["temp agency", "The timesheet is TS 2026-118 and Saturday is missing from it.", "Saturday missing from timesheet 12026-1189."],
    ["chandlery", "My order number is CH 5582, the mooring lines haven't arrived.", "Mooring lines not arrived: 5582 m of rope short."],
  ])("near miss, %s: another number, a longer one, or a short one carries nothing", async (_d, user, summary) => {
    expect(await run(user, summary)).toHaveLength(1);
  });
});

// A newer fresh call made with one value of a listed option took that option again (freshness.ts
// listItemOf): from blind-w2's clean `w-codingcamp-cancel-then-half-term`, where an option listed as
// `{start: "2025-10-27", label: "October half-term"}` was booked by its start date 11 s before the
// agent said the label, 141 s after the list. Near misses: the call took another option of the list,
// or the value sits in a flat record (a call made with an order's id takes no status of it again).
// A chess club, a lido and a ceramics studio (domains no corpus has).
import { describe, expect, it } from "vitest";
import { listThenBook as listed, staleTools } from "./freshness.test-util";

const listThenBook = (result: unknown, bookArgs: Record<string, unknown>, says: string) => listed(result, bookArgs, says);

describe("an option booked by one of its values is taken again, its other values with it", () => {
  it.each([
    ["chess club", { options: [{ start: "2026-01-12", label: "Monday improvers" }, { start: "2026-01-15", label: "Thursday open" }] }, "All moved: you're in the Monday improvers group now.", "All moved: you're in the Thursday open group now."],
    ["lido", { slots: [{ time: "07:30", lane: "fast lane four" }, { time: "08:15", lane: "medium lane two" }] }, "Booked: fast lane four tomorrow.", "Booked: medium lane two tomorrow."],
    ["ceramics studio", { courses: [{ start: "2026-02-07", title: "Wheel throwing for beginners" }, { start: "2026-02-14", title: "Hand building weekend" }] }, "You're on Wheel throwing for beginners.", "You're on Hand building weekend."],
  ])("%s: the label of the option booked is no stale use; the label of another option is", async (_d, result, said, other) => {
    const first = Object.values(Object.values(result)[0][0])[0] as string;
    const key = Object.keys(Object.values(result)[0][0])[0];
    expect(await staleTools(listThenBook(result, { [key]: first }, said))).toEqual([]);
    expect(await staleTools(listThenBook(result, { [key]: first }, other))).toEqual(["list_options"]);
  });

  it("a call made with a flat record's value takes none of its other values again", async () => {
    const events = listThenBook({ order: "ORD-55102", status: "awaiting parts" }, { order: "ORD-55102" }, "Your order is awaiting parts.");
    expect(await staleTools(events)).toEqual(["list_options"]);
  });
});

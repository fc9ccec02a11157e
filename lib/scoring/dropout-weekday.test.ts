// A tool's date that the dialogue named by its weekday ("the glacier walk on saturday got cancelled",
// then `"date": "2026-12-05"`) entered the dialogue, so it is this case's fact (dropout.ts
// weekdayNamed): before, only a date stated in a date's own forms did, and a handoff leaving it out
// dropped nothing (blind-z1 `z-tramtours-trackworks-refund`). Near misses: the weekday of a date more
// than a week from the message (another Saturday), and the date carried in the summary in words.
// Domains: glacier guiding, organ building, pearl diving. (The helper's messages are written on
// Friday 2026-12-04.)
import { describe, expect, it } from "vitest";
import { scored } from "./conversation.test-util";

const refund = (user: string, date: string, summary: string) =>
  scored([
    { user },
    { tool: "lookup_booking", by: "triage", args: { name: "Reyes" }, result: { date, status: "cancelled_by_operator" } },
    { from: "triage", to: "refunds", summary },
  ]);

describe("a tool's date named by its weekday in the dialogue is a fact", () => {
  it("glacier guiding: 'on saturday' names the looked-up Saturday, which the handoff leaves out", async () => {
    const r = await refund("the glacier walk on saturday got cancelled because of the storm, i want my money back", "2026-12-05", "Refund for a glacier walk we cancelled.");
    expect(r.dropped).toEqual(["date=2026-12-05"]);
  });
  it("near miss, glacier guiding: a Saturday more than a week away is another day", async () => {
    const r = await refund("the glacier walk on saturday got cancelled because of the storm, i want my money back", "2026-12-19", "Refund for a glacier walk we cancelled.");
    expect(r.dropped).toEqual([]);
  });

  it("organ building: 'Tuesday's tuning visit' names the visit's date", async () => {
    const r = await refund("Please cancel Tuesday's tuning visit to St Anne's, the church is closed.", "2026-12-08", "Cancel a tuning visit; the church is closed.");
    expect(r.dropped).toEqual(["date=2026-12-08"]);
  });
  it("near miss, organ building: the date carried in words is not dropped", async () => {
    const r = await refund("Please cancel Tuesday's tuning visit to St Anne's, the church is closed.", "2026-12-08", "Cancel the tuning visit on 8 December; the church is closed.");
    expect(r.dropped).toEqual([]);
  });

  it("pearl diving: 'this saturday' names the boat dive's date", async () => {
    const r = await refund("hey this saturday's pearl dive was called off, can i get a refund", "2026-12-05", "Diver wants a refund for a called-off dive.");
    expect(r.dropped).toEqual(["date=2026-12-05"]);
  });
  it("near miss, pearl diving: no weekday said, the date never entered the dialogue", async () => {
    const r = await refund("hey my pearl dive was called off, can i get a refund", "2026-12-05", "Diver wants a refund for a called-off dive.");
    expect(r.dropped).toEqual([]);
  });
});

// A tool re-run after the customer changes something: what the newer, fresh call took again or
// returned again is no stale use (freshness.ts `madeWith`, the amount check). From blind-ad1's clean
// `ad-orchard-new-member-fanout` (an event listed as one string, "Grafting day, Sat 1 March", booked by
// its name), blind-ad2's clean `ad-speechtherapy-son-session-moved` (a slot `{day, time}` booked with
// a timestamp holding its time) and blind-ad1's clean `ad-zipline-sunday-then-saturday` (`free: 0` of
// an old availability read as the "£0.00" change fee a fresh amendment returned). Near misses:
// another item of the list, another amount. Glacier guiding, organ building, pearl diving.
import { describe, expect, it } from "vitest";
import type { EventRecord } from "../ingest/schemas";
import { staleTools } from "./freshness.test-util";

function listThenRerun(result: unknown, args: Record<string, unknown>, newer: unknown, says: string): EventRecord[] {
  const t0 = Date.UTC(2026, 10, 20, 9, 0, 0);
  const at = (s: number) => new Date(t0 + s * 1000).toISOString();
  return [
    { id: "e1", conversationId: "c", timestamp: at(0), type: "message", role: "user", content: "What is there?" },
    { id: "e2", conversationId: "c", timestamp: at(5), type: "tool_call", agent: "w", tool: "list_options", args: { site: "north" }, result },
    { id: "e3", conversationId: "c", timestamp: at(10), type: "handoff", agent: "w", from: "w", to: "lead", mode: "return" },
    { id: "e4", conversationId: "c", timestamp: at(150), type: "message", role: "user", content: "actually change it, sorry" },
    { id: "e5", conversationId: "c", timestamp: at(160), type: "tool_call", agent: "lead", tool: "book", args, result: newer },
    { id: "e6", conversationId: "c", timestamp: at(170), type: "message", role: "agent", agent: "lead", content: says },
  ] as EventRecord[];
}

describe("a listed item booked by a value that holds one of its own, or is held in it, is taken again", () => {
  it.each([
    ["glacier guiding (a list of strings)", { trips: ["Ice cave walk, Tue 4 March", "Summit crossing, Thu 6 March"] }, { trip: "ice cave walk" }, "You're on the ice cave walk, 4 March.", "You're on the summit crossing, 6 March."],
    ["pearl diving (a slot booked by a timestamp)", { dives: [{ site: "Coral Shelf", time: "07:45" }, { site: "Oyster Bank", time: "10:15" }] }, { at: "2026-12-03T07:45" }, "Coral Shelf it is, see you on the boat.", "Oyster Bank it is, see you on the boat."],
    ["organ building (a list of strings)", { visits: ["Pipe voicing, 12 January", "Console fitting, 19 January"] }, { visit: "Pipe voicing" }, "The pipe voicing visit on 12 January is confirmed.", "The console fitting visit on 19 January is confirmed."],
  ])("%s: the item booked is fresh, another item is stale", async (_d, result, args, said, other) => {
    expect(await staleTools(listThenRerun(result, args, { booked: true }, said))).toEqual([]);
    expect(await staleTools(listThenRerun(result, args, { booked: true }, other))).toEqual(["list_options"]);
  });

  it("a part under four characters takes nothing again", async () => {
    expect(await staleTools(listThenRerun({ trips: ["Ice cave walk, Tue 4 March"] }, { trip: "ice" }, { booked: true }, "You're on the ice cave walk, 4 March."))).toEqual(["list_options"]);
  });
});

describe("a short number stated as money is the newer result's amount when it has that one", () => {
  it.each([
    ["glacier guiding", { slots: [{ time: "08:00", left: 0 }] }, "£0.00", "£5.00", "Moved, and there is no change fee (£0.00)."],
    ["pearl diving", { deposit: 40, boat: "Marlin" }, "£40.00", "£45.00", "The deposit stays at £40."],
    ["organ building", { call_out: 95 }, "€95", "€120", "That visit is €95 in all."],
  ])("%s", async (_d, result, same, other, said) => {
    expect(await staleTools(listThenRerun(result, { site: "north", change: true }, { fee: same }, said))).toEqual([]);
    expect(await staleTools(listThenRerun(result, { site: "north", change: true }, { fee: other }, said))).toEqual(["list_options"]);
  });
});

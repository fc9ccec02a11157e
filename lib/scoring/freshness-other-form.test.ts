// A newer fresh call made with a listed value written in another form took that value again (freshness.ts: facts.ts
// mentions over the newer call's arguments): from blind-bj1's clean `bj-balloon-bath-sunrise-voucher`, where a slot
// search returned "2025-05-17", the customer answered "17th please" half an hour later, the agent booked with
// `date: "17 May"` and said "Saturday 17 May" — a stale use of the search before. Near misses: the booking was made
// with another of the listed dates (the one said is still the old list's), and a value of words alone is never read in
// another form. A magnifying-glass engraver, a prayer-mat weaving class and an ouija-themed murder-mystery night (domains
// no corpus has).
import { describe, expect, it } from "vitest";
import { listThenBook as listed, staleTools } from "./freshness.test-util";

const listThenBook = (result: unknown, bookArgs: Record<string, unknown>, says: string) => listed(result, bookArgs, says, { tool: "list_dates", mode: "transfer", userAt: 1500, asks: "Which days have you got?", choice: "the second one please" });

describe("a listed value booked in another form is taken again", () => {
  it.each([
    ["magnifying-glass engraver", { open: ["2026-05-10", "2026-05-17"] }, { date: "17 May" }, { date: "10 May" }, "Booked: your engraving slot is Saturday 17 May."],
    ["prayer-mat weaving class", { sessions: ["2026-03-04", "2026-03-11"] }, { day: "11/03/2026" }, { day: "04/03/2026" }, "You're in the class on 11 March."],
    ["ouija murder-mystery night", { nights: ["2026-10-24", "2026-10-31"] }, { night: "Saturday 31 October" }, { night: "Saturday 24 October" }, "All set for the Halloween night, 31 October."],
  ])("%s: the date booked is no stale use; a date booked beside it is", async (_d, result, booked, other, said) => {
    expect(await staleTools(listThenBook(result, booked, said))).toEqual([]);
    expect(await staleTools(listThenBook(result, other, said))).toEqual(["list_dates"]);
  });

  it("a value of words alone is not read in another form", async () => {
    const events = listThenBook({ rooms: ["lantern room", "cellar room"] }, { room: "the cellar" }, "You're in the cellar room.");
    expect(await staleTools(events)).toEqual(["list_dates"]);
  });
});

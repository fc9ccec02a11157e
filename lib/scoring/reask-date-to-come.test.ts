// A date asked for as a choice to come does not re-ask a known date that is already past (reask.ts,
// date-to-come.ts): from blind-ad1's clean `ad-zipline-voucher-email-check`, where "Do you already
// know which date you'd like to redeem it for?" was read as asking again for the voucher's purchase
// date, "3 May", a month before. Near misses, still re-asks: a requested date still to come asked
// again with the same wish, the past date asked for as what it was ("What date did you buy it?"), and
// a date without a year more than half a year back (read as next year's). Glacier guiding, organ
// building and pearl diving (domains in no corpus; texts written here). Messages are on 2026-12-04.
import { describe, expect, it } from "vitest";
import { scored } from "./conversation.test-util";

const done = { agent: "desk", says: "Lovely, speak soon." };
const reasks = async (first: string, payload: Record<string, unknown>, says: string, reply: string) =>
  (await scored([{ user: first }, { from: "front", to: "desk", summary: "See payload.", payload }, { agent: "desk", says }, { user: reply }, done])).reasks;

describe("a date wished for is not a past date asked again", () => {
  it("glacier guiding: a voucher bought in November, the day to go up still open", async () => {
    const bought = "I bought a glacier walk voucher GV-30418 on 2 November and want to use it.";
    expect(await reasks(bought, { voucher: "GV-30418", purchase_date: "2 November" }, "It's valid a year. Do you know which date you'd like to go up?", "not yet, maybe spring")).toEqual([]);
    // near miss: the past date asked for as itself
    expect(await reasks(bought, { voucher: "GV-30418", purchase_date: "2 November" }, "What date did you buy it?", "2 November")).toEqual(["date"]);
  });
  it("organ building: last tuned in September (with a year), the next visit to choose", async () => {
    const tuned = "Our organ was last tuned on 2026-09-12, job OB-55120. It needs another.";
    expect(await reasks(tuned, { job: "OB-55120", date: "2026-09-12" }, "We can do that. What date would suit you for the visit?", "any weekday morning")).toEqual([]);
    // near miss: a date without a year more than half a year back is read as next year's: still a re-ask
    const february = "Our organ was last tuned on 12 February, job OB-55120. It needs another.";
    expect(await reasks(february, { job: "OB-55120", date: "12 February" }, "We can do that. What date would suit you for the visit?", "any weekday morning")).toEqual(["date"]);
  });
  it("pearl diving: a past dive, then a requested one asked again", async () => {
    const past = "I dived with you on 2026-10-20 (booking PD-44710) and want to come back.";
    expect(await reasks(past, { booking: "PD-44710", date: "2026-10-20" }, "Welcome back! Which date would you prefer for the next dive?", "early January")).toEqual([]);
    // near miss: the date the user asked for, still to come, asked for again with the same wish
    const wanted = "I'd like to book a pearl dive on 9 January, booking PD-44710.";
    expect(await reasks(wanted, { booking: "PD-44710", date: "9 January" }, "Sure. Which date would you prefer for the dive?", "9 January, as I said")).toEqual(["date"]);
  });
});

// A field handed inside an object (reask.ts withHanded) was handed: from blind-w2's
// `w-marathon-entry-transfer-sister`, where the last worker returned its whole board as
// `board: {entry, email, …}` and the lead then asked for the entry number and the email. An item of a
// list in such an object (`board: {weeks: [...]}`) is an option offered, not a value of the case, so
// "Which week?" asks nothing known. Failure cases and near misses in a driving school, a kennels and
// a furniture restorer (domains no corpus has).
import { describe, expect, it } from "vitest";
import { scored, type Step } from "./conversation.test-util";

const fanIn = (user: string, handed: Record<string, unknown>, board: Record<string, unknown>, asks: string): Step[] => [
  { user },
  { from: "triage", to: "lead", summary: "Customer request.", payload: handed },
  { from: "lead", to: "worker", mode: "delegate", summary: "Check it.", payload: handed },
  { tool: "lookup", by: "worker", args: {}, result: { ok: true } },
  { from: "worker", to: "lead", mode: "return", summary: "Checked.", payload: { board, ok: true } },
  { agent: "lead", says: asks },
];

describe("a value handed inside an object is known to the receiver; an item of a list in it is not", () => {
  it.each([
    ["driving school", "Please move my test booking DT-40917, my email is rhian.m@example.com", { booking: "DT-40917", email: "rhian.m@example.com" }, { weeks: ["2026-03-02", "2026-03-09"] }, "Before I start, what email address is on your account?", "Which week suits you better?"],
    ["kennels", "I need to extend Bramble's stay, booking KN-55210, phone 07700 900 614", { booking: "KN-55210", phone: "07700 900 614" }, { rooms: ["North run", "Garden suite"] }, "Could you give me a phone number we can reach you on?", "Which room would you like for the extra nights?"],
    ["furniture restorer", "Chair job FR-30177 - any update? Reach me at tom.okoro@example.org", { job: "FR-30177", email: "tom.okoro@example.org" }, { finishes: ["oil", "wax"] }, "Can I take the email address you'd like the quote sent to?", "Which finish would you like, oil or wax?"],
  ])("%s: asking for a value the returned board held is a re-ask; asking which of its listed options is not", async (_d, user, handed, options, reask, choice) => {
    expect((await scored(fanIn(user, handed, { ...handed, ...options }, reask))).reasks).toHaveLength(1);
    expect((await scored(fanIn(user, handed, { ...handed, ...options }, choice))).reasks).toEqual([]);
  });
});

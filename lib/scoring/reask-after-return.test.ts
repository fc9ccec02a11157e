// After a worker returns to the orchestrator that delegated to it, the return owes only the worker's
// news (dropout's return reading), but the orchestrator held the user's identity values from before
// it delegated: asking the user for one again is a re-ask (run-scorers.ts withHeldIdentities; blind-w2
// `w-marathon-entry-transfer-sister`). A date or an amount asked then is often another thing's
// ("What dates suit you for the tasting?" after a wedding date), so those keep the return's reading.
// Near misses: a date asked after the return, a value never given. Glacier guiding, organ building and
// pearl diving (domains in no corpus; texts written here).
import { describe, expect, it } from "vitest";
import { scored } from "./conversation.test-util";

const afterReturn = async (first: string, payload: Record<string, unknown>, says: string, reply: string) =>
  (
    await scored([
      { user: first },
      { from: "front", to: "lead", summary: "See payload.", payload },
      { from: "lead", to: "worker", mode: "delegate", summary: "Check it.", payload },
      { tool: "check", by: "worker", args: {}, result: { ok: true } },
      { from: "worker", to: "lead", mode: "return", summary: "Checked, all fine." },
      { agent: "lead", says },
      { user: reply },
      { agent: "lead", says: "Thanks, done." },
    ])
  ).reasks;

describe("an orchestrator asking again, after a return, for an identity it held", () => {
  it("glacier guiding: the trip reference the lead held is asked for again", async () => {
    expect(await afterReturn("Please move glacier walk GW-48812 to a later slot.", { booking_ref: "GW-48812" }, "Before I move it, what's your booking reference?", "Hang on, it should be in the first message I sent you this morning.")).toEqual(["booking_ref"]);
  });
  it("organ building: the email the lead held is asked for again; a value never given is a new question", async () => {
    expect(await afterReturn("The swell pedal sticks again. Reach me on ruth@stannes-organ.org", { email: "ruth@stannes-organ.org" }, "Could you confirm your email address?", "ruth@stannes-organ.org, as before")).toEqual(["email"]);
    expect(await afterReturn("The swell pedal sticks again. Reach me on ruth@stannes-organ.org", { email: "ruth@stannes-organ.org" }, "What's your phone number, in case the tuner is late?", "07700 900 441")).toEqual([]);
  });
  it("pearl diving: a date asked after the return keeps the return's reading (another thing's date)", async () => {
    expect(await afterReturn("Dive PD-77120 on 2026-05-02 for four of us, can we add a photo package?", { dive: "PD-77120", date: "2026-05-02" }, "The photographer is free. What date suits you for the photo review?", "2026-05-09")).toEqual([]);
  });
});

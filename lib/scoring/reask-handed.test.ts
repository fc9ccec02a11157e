// What a handoff handed over (payload, stateAfter) was known before it: the receiver asking for it
// re-asks it, even when the user's words gave it in a form no fact reader reads (reask.ts
// withHanded). Near misses: a confirmation that states the value, a slot the handoff did not hand
// over, and prose a key held ("issue": "…"), which is no value to ask again.
// Failure cases and near misses in a piano-lesson school, an allotment society and a ferry
// terminal (domains in no corpus).
import { describe, expect, it } from "vitest";
import { scored } from "./conversation.test-util";

const run = (user: string, payload: Record<string, unknown>, says: string) =>
  scored([{ user }, { from: "front", to: "desk", summary: "Customer needs help with a booking.", payload }, { agent: "desk", says }]);

describe("a value the handoff handed over, asked for again", () => {
  it("piano lessons: 'Name on the booking?' re-asks a name handed over; a confirmation stating it does not", async () => {
    const user = "hey, Lorna Pike here, can my daughter's Thursday lesson move to 5pm?";
    expect((await run(user, { name: "Lorna Pike" }, "Hi! Name on the booking?")).reasks).toEqual(["name"]);
    expect((await run(user, { name: "Lorna Pike" }, "Hi, is the booking under Lorna Pike?")).reasks).toEqual([]);
  });
  it("allotment society: asking for the plot number handed over re-asks it; asking for the email, not handed, does not", async () => {
    const user = "The water trough by my plot is leaking again, 14B if that helps";
    expect((await run(user, { plot_number: "14B" }, "Which plot number is it?")).reasks).toEqual(["plot_number"]);
    expect((await run(user, { plot_number: "14B" }, "What's your email address?")).reasks).toEqual([]);
  });
  it("ferry terminal: a booking reference handed over is re-asked; prose a key held is not", async () => {
    const user = "I'm stuck in the queue at lane 4 and my sailing leaves at 10";
    expect((await run(user, { booking_reference: "FX-220914" }, "Can you give me your booking reference?")).reasks).toEqual(["booking_id"]);
    expect((await run(user, { issue: "stuck in queue lane 4" }, "What's the issue exactly?")).reasks).toEqual([]);
  });
});

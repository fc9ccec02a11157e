// A weak slot noun ("the address", "the booking", "the order": asks.ts slots whose bare noun only asks
// in a which/what question) is asked for by its value when the user is asked to tell or remind the
// agent of it ("Could you tell me the address again?"); "confirm the order" still asks about the
// order, and "tell me about the booking" about the booking. Failure cases and near misses in a
// hedge-laying contractor, a harp hire and a pigeon-racing club (domains in no corpus).
import { describe, expect, it } from "vitest";
import { askedSlots } from "./asks";
import { DEFAULT_VOCABULARY } from "./slots";
import { scored } from "./conversation.test-util";

const asked = (t: string) => askedSlots(t, DEFAULT_VOCABULARY).map((a) => a.slot?.name ?? a.field ?? "reference");

describe("a weak noun the user is asked to tell or remind the agent of", () => {
  it.each([
    ["hedge laying", "Could you tell me the address again so I can find the field?", "address"],
    ["harp hire", "Sorry, can you remind me of the booking?", "booking_id"],
    ["pigeon racing", "Please tell me the order you placed for the rings.", "order_id"],
  ])("%s: asked for", (_d, text, slot) => {
    expect(asked(text)).toEqual([slot]);
  });

  it.each([
    ["hedge laying", "Can you confirm the address is the farm gate?"],
    ["harp hire", "Let me tell you about the booking process."],
    ["pigeon racing", "Could you tell me about the order of the race?"],
  ])("near miss, %s: a question about the thing, or the agent telling, asks for no value", (_d, text) => {
    expect(asked(text)).toEqual([]);
  });

  it("hedge laying: the address asked for again after the handoff is a re-ask; asked before it was given is none", async () => {
    const steps = (user: string) => [
      { user },
      { from: "front", to: "crew", summary: "Hedge laying job, 40 metres of hawthorn." },
      { agent: "crew", says: "Could you tell me the address again so I can find the field?" },
      { user: "12 Long Drove, Fenby" },
    ];
    expect((await scored(steps("40 metres of hawthorn to lay at 12 Long Drove, Fenby please"))).reasks).toEqual(["address"]);
    expect((await scored(steps("40 metres of hawthorn to lay please"))).reasks).toEqual([]);
  });
});

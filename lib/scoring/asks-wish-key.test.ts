// A state or payload key named by a wish verb ({"want": "different group"}, {"needs": …}, {"wanted": …}) holds what the
// customer wants, no fact to ask for; an agent's offer "Want that one?" or "Need that one?" used the key's word and was
// read as asking for that field again after the handoff: a re-ask false alarm on a clean conversation (asks.ts
// WISH_KEY; blind-bu1's BSL class move, development). Measured (forty-ninth session): development re-ask false alarms on
// clean 1 → 0, held out unchanged, no re-ask lost. Near miss: another known field asked for again is still a re-ask.
// Domains in no corpus: a clock-winding service, horse-box hire, a rug-hooking studio.
import { describe, expect, it } from "vitest";
import { scored } from "./conversation.test-util";

const handedOver = (ask: string, state: Record<string, unknown>, offer: string) => [
  { user: ask },
  { state, agent: "front" },
  { from: "front", to: "desk", summary: "Customer wants another slot.", payload: state },
  { agent: "desk", says: "The first one I found is full, sorry. Any day that suits better?" },
  { user: "anything at the weekend?" },
  { agent: "desk", says: offer },
  { user: "yes" },
];
const who = { customer: "Jo Hart", email: "jo.hart@example.com" };

describe("a key named by a wish verb is no field to ask for", () => {
  it.each([
    ["clock winding", "I'm away Tuesdays now, can I move to another winding round? Jo Hart, jo.hart@example.com", { ...who, want: "different round" }, "There's a Saturday morning round, 10 till 12. Want that one?"],
    ["horse-box hire", "Can I swap to a bigger horse box? Jo Hart, jo.hart@example.com", { ...who, needs: "bigger box" }, "The 3.5 tonne box is free on Sunday. Need that one?"],
    ["rug-hooking studio", "Could I move to an evening rug hooking class? Jo Hart, jo.hart@example.com", { ...who, wanted: "evening class" }, "There's a Saturday evening group. Is that what you wanted?"],
  ])("%s: an offer with the wish word asks nothing again", async (_d, ask, state, offer) => {
    expect((await scored(handedOver(ask, state, offer))).reasks).toEqual([]);
  });

  it.each([
    ["clock winding", { ...who, want: "different round" }, "There's a Saturday round. Could you confirm your email address for the change?"],
    ["horse-box hire", { ...who, needs: "bigger box" }, "The 3.5 tonne box is free. What's your email address, please?"],
  ])("near miss, %s: another known field asked for again is still a re-ask", async (_d, state, question) => {
    expect((await scored(handedOver("Can I change my booking? Jo Hart, jo.hart@example.com", state, question))).reasks).toEqual(["email"]);
  });
});

// The drift21r rule `aside` (intent-aside.ts): the user marks a sentence as a digression ("by the
// way", "btw", "side note", "unrelated but", "…, not that it matters") and the final agent works on
// that sentence's thing and on nothing the rest of the message asks for: topic drift, with no
// reaction of the user needed. Failure cases and near misses are written here in domains no
// evaluation corpus covers (beekeeping supplies, bookbinding, tyre fitting). Near misses: the final
// agent dealt with the ask in an earlier message and answered the aside last; the interpretation keeps
// the ask and mentions the aside; "unrelated" qualifying a thing ("an unrelated charge") marks no
// aside. Switching the rule off must make the failure cases fail, which the last block checks.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, type Step } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";
import { asides } from "./intent-aside";

const score = async (steps: Step[]) => (await analyzeConversation(conversation(steps), DEFAULT_SETTINGS)).scores;

// [domain, ask, the handoff's summary, the final agent's messages]
type Case = [string, string, string, string[]];
const FAILS: Case[] = [
  ["beekeeping supplies", "Order BK-2231 came with a cracked smoker, can you send a replacement smoker please? Side note, my veil has a small tear in the mesh, no hurry on that.", "BK-2231: cracked smoker, wants a replacement. Veil has a tear.", ["A torn mesh lets bees in, so a new veil is worth it. I've put a ventilated veil on order BK-2231 for £24."]],
  ["bookbinding", "Hello, could you rebind my grandmother's recipe book in green cloth? Job BB-5510. Her handwriting is fading on some pages, not that it matters right now.", "BB-5510: rebind recipe book in green cloth; handwriting fading.", ["Faded ink can be stabilised before it goes further. I've arranged a conservation treatment of the handwriting for BB-5510, £60, ready in a fortnight."]],
  ["tyre fitting", "I'd like two new front tyres fitted on Saturday morning, reg KT19 ABC. Btw the wiper blades squeak a lot when it rains.", "KT19 ABC: two front tyres, Saturday morning. Wipers squeak.", ["Squeaky blades are usually worn rubber. I've added a pair of wiper blades to the visit for KT19 ABC, £18 including labour."]],
];

const NEAR: Case[] = [
  // the ask dealt with in an earlier message, the aside answered last: the final agent did both
  ["beekeeping supplies", FAILS[0][1], FAILS[0][2], ["A replacement smoker is on its way for BK-2231, no charge.", "And for the veil, I've added a spare mesh panel at £6 if you'd like it."]],
  // the interpretation keeps the ask and mentions the aside
  ["bookbinding", FAILS[1][1], FAILS[1][2], ["I've booked the rebind of the recipe book in green cloth for BB-5510; we'll handle the faded pages gently."]],
  // "unrelated" qualifying a thing is no digression: the ask is the whole message, and the agent does it
  ["tyre fitting", "There's an unrelated charge on my invoice, can you refund the wheel alignment I never had? Reg KT19 ABC.", "KT19 ABC: refund the wheel alignment charge, not done.", ["I've refunded the wheel alignment charge for KT19 ABC, £35 back to your card."]],
];

const steps = ([, ask, summary, said]: Case): Step[] => [{ user: ask }, { handoff: ["front", "desk"], summary }, ...said.map((agent) => ({ agent }))];

describe("the user's aside answered instead of the ask: drift", () => {
  afterEach(() => tuneDrift());
  it.each(FAILS)("%s: drift", async (...c) => {
    const s = await score(steps(c));
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("topic");
    expect(s.intentPath).toBe("aside");
  });
  it.each(NEAR)("near miss, %s: no drift", async (...c) => {
    expect((await score(steps(c))).intentDrift).not.toBe(true);
  });
  it("aside off: the answered aside alone no longer flags", async () => {
    tuneDrift({}, ["aside"]);
    for (const c of FAILS) expect((await score(steps(c))).intentPath).not.toBe("aside");
  });
});

describe("asides: a digression marker opening a sentence or closing it after a comma", () => {
  it.each([
    ["Please re-hem the curtains. By the way, the cat loved the box.", ["By the way, the cat loved the box."]],
    ["Please re-hem the curtains. The cat loved the box, by the way.", ["The cat loved the box, by the way."]],
    ["Please re-hem the curtains. Oh and btw the cat loved the box.", ["Oh and btw the cat loved the box."]],
  ])("%s", (text, aside) => expect(asides(text).aside).toEqual(aside));
  it.each([
    "There's an unrelated charge on my invoice, please refund it.",
    "Can you tell me the way to the depot by the river?",
  ])("no aside: %s", (text) => expect(asides(text).aside).toEqual([]));
});

// A clause that gives a value "if you need it" is a fact handed on, not a part of the ask
// (intent-contact.ts factOnly): what follows "if" after the value is the condition on giving it. An
// "if" before any value asks whether ("tell me if my son can come on the 4-hour route"): that clause
// gives nothing and stays a part, which can be lost. Domains in no evaluation corpus (glacier guiding,
// pearl diving, saddlery).
import { describe, expect, it } from "vitest";
import { factOnly } from "./intent-contact";
import { scoresHandedOn } from "./fixture.test-util";
import { parseText } from "./nlp/parse";

const scores = scoresHandedOn;
const clause = (text: string, start: string) => parseText(text).clauses.find((c) => c.text.includes(start))!;

// [domain, ask, summary handed on, final reply, the lost part]
const LOST: Array<[string, string, string, string, string]> = [
  [
    "glacier guiding",
    "Could you move our glacier walk from Saturday to Sunday, and tell me if my son can come on the 4-hour route? He is 11.",
    "Move glacier walk from Saturday to Sunday.",
    "Done, your glacier walk is now on Sunday at 9am; meet at the hut by the car park.",
    "tell me if my son can come on the 4-hour route",
  ],
  [
    "pearl diving",
    "Please rebook my pearl dive for Friday and tell me if the 3mm wetsuit is warm enough in May.",
    "Rebook pearl dive for Friday.",
    "Your pearl dive is rebooked for Friday at 10am, boat leaves from pier 2.",
    "tell me if the 3 mm wetsuit is warm enough in May",
  ],
  [
    "saddlery",
    "Can you restitch the girth on my jumping saddle and tell me if the 17-inch seat would suit a smaller pony?",
    "Restitch girth on jumping saddle.",
    "We'll restitch the girth by Thursday, £35.",
    "tell me if the 17-inch seat would suit a smaller pony",
  ],
];

describe("a condition on giving a value comes after the value", () => {
  it("an 'if' before any value asks whether: no fact; after a value: a fact", () => {
    expect(factOnly(clause("Please tell me if the 3mm wetsuit is warm enough in May.", "tell me"))).toBe(false);
    expect(factOnly(clause("Booking GW-44710 if you need it.", "GW-44710"))).toBe(true);
  });

  it.each(LOST)("%s: the question part is lost", async (_d, ask, summary, reply, part) => {
    const s = await scores(ask, summary, reply);
    expect(s.intentDriftKind).toBe("partial");
    expect(s.intentLostPart).toBe(part);
  });

  it.each([
    // a value, then the condition on giving it: a fact beside the ask, no part
    [
      "glacier guiding",
      "Could you move our glacier walk from Saturday to Sunday? Booking GW-44710 if you need it.",
      "Move glacier walk GW-44710 from Saturday to Sunday.",
      "Done, your glacier walk is now on Sunday at 9am; meet at the hut by the car park.",
    ],
    // the question handed on and answered
    [
      "pearl diving",
      "Please rebook my pearl dive for Friday and let me know if I can take my camera below 12 metres.",
      "Rebook pearl dive for Friday; asks about camera below 12 m.",
      "Your pearl dive is rebooked for Friday at 10am. Cameras are fine to 12 metres; below that our guide holds them.",
    ],
    [
      "saddlery",
      "Can you restitch the girth on my jumping saddle? Serial 55120-K if the workshop needs it.",
      "Restitch girth on jumping saddle, serial 55120-K.",
      "We'll restitch the girth by Thursday, £35.",
    ],
  ])("near miss, %s: no drift", async (_d, ask, summary, reply) => {
    expect((await scores(ask, summary, reply)).intentDrift).toBe(false);
  });
});

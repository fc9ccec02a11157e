// After "be" inverted before its subject — a yes/no question — comes what the user asks whether is so: "Is the Pharaoh
// room *free* on Friday?" asks whether the room is free, not for it to be freed, so "I've blocked out the Pharaoh room"
// is the booking asked for, not its opposite (rule `copulaAdjective`, nlp/parse.ts verbsAsPredicates). blind-ch1's
// launderette ("is it free right now??", read as the action "free" against "use the app") and blind-at1's memorial bench
// were false alarms on clean conversations. Near misses: the rule off, the same thing asked for as an action ("please
// free up the room", still opposed to blocking it), a participle ("is it booked") and "make sure the gate is open" (no
// inversion). Domains in no corpus: an escape game, bubble football, a sound bath.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "../drift-tuning";
import { scoresHandedOn } from "../fixture.test-util";
import { parseText } from "./parse";

// [domain, ask whether a thing is free, summary, reply booking it, the thing asked to be freed]
const CASES: Array<[string, string, string, string, string]> = [
  [
    "escape game",
    "Is the Pharaoh room free on Friday at 7? We'd like to book it for five of us.",
    "Pharaoh room, Friday 7pm, five players.",
    "I've blocked out the Pharaoh room for your group of five on Friday at 7pm.",
    "Please free up the Pharaoh room for Friday at 7, we're five of us.",
  ],
  [
    "bubble football",
    "Is the indoor pitch free on Sunday afternoon? Can we book it for the bubble football party, ten kids?",
    "Indoor pitch, Sunday afternoon, bubble football party for ten children.",
    "I've blocked the indoor pitch out for your bubble football party of ten on Sunday at 2pm.",
    "Could you free up the indoor pitch on Sunday afternoon for our bubble football party of ten?",
  ],
  [
    "sound bath",
    "Is the Tuesday sound bath free? Please book me and my mum in.",
    "Tuesday sound bath, two places, customer and her mother.",
    "I've blocked out the Tuesday sound bath for you and your mum, two places at 7:30pm.",
    "Please free up the Tuesday sound bath for me and my mum.",
  ],
];

afterEach(() => tuneDrift());

describe("copulaAdjective: what a yes/no question asks whether is so is no action", () => {
  for (const [domain, ask, summary, reply, freeUp] of CASES) {
    it(`${domain}: asked whether it is free, then booked: no drift`, async () => {
      expect((await scoresHandedOn(ask, summary, reply)).intentDrift).toBe(false);
    });
    it(`${domain}: without the rule "free" is read as the action, opposed to blocking`, async () => {
      tuneDrift({}, ["copulaAdjective"]);
      const s = await scoresHandedOn(ask, summary, reply);
      expect(s.intentDrift).toBe(true);
      expect(s.intentPath).toBe("antonym");
    });
    it(`${domain}: near miss, asked to free it up and it was blocked: drift`, async () => {
      const s = await scoresHandedOn(freeUp, summary, reply);
      expect(s.intentDrift).toBe(true);
      expect(s.intentPath).toBe("antonym");
    });
  }

  it("reads the predicate as a state, and leaves a participle and a statement as they were", () => {
    const term = (text: string, value: string) => parseText(text).terms.find((t) => t.value === value);
    expect(term("is it free right now??", "free")).toMatchObject({ pos: "ADJ", state: true });
    expect(term("when was it last oiled?", "last")?.pos).not.toBe("VERB");
    expect(term("is it booked for Friday?", "booked")?.pos).toBe("VERB");
    expect(term("make sure the gate is open please", "open")?.state).toBeUndefined();
  });
});

// "make" and its object and "firm" says what "firm up" says: a thing made sure to go ahead (rule `madeFirm`,
// nlp/parse.ts; lexicon.ts MAKING_SURE). blind-ch1's stilt walkers: the fete was called off and the customer asked to
// cancel, and the intent event "organiser wants the fete booking made firm" was read as no action at all. Near misses:
// the rule off, the booking cancelled as asked, "Shall I make it firm?" (the phrasal action), and "a firm offer" (an
// adjective after its determiner, no action). Domains in no corpus: a barn dance caller, a fire eater, a steel band.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "../drift-tuning";
import { scoresHandedOn } from "../fixture.test-util";
import { parseText } from "./parse";

// [domain, ask to cancel, summary, interpretation made firm, interpretation cancelled]
const CASES: Array<[string, string, string, string, string]> = [
  [
    "barn dance caller",
    "Please cancel the barn dance caller for 14 June, the farm party is off.",
    "Barn dance caller, 14 June: party off.",
    "organiser wants the barn dance caller booking made firm for 14 June",
    "organiser wants the barn dance caller booking for 14 June cancelled",
  ],
  [
    "fire eater",
    "Please cancel the fire eater for Saturday's fundraiser, the council refused the licence.",
    "Fire eater, Saturday fundraiser: licence refused.",
    "organiser wants the fire eater booking made firm for Saturday's fundraiser",
    "organiser wants the fire eater booking for Saturday's fundraiser cancelled",
  ],
  [
    "steel band",
    "Please cancel the steel band for the street party on 5 July, the road closure was refused.",
    "Steel band, street party 5 July: road closure refused.",
    "organiser wants the steel band booking made firm for 5 July",
    "organiser wants the steel band booking for 5 July cancelled",
  ],
];

afterEach(() => tuneDrift());

describe("madeFirm: a booking made firm is firmed up", () => {
  for (const [domain, ask, summary, firm, cancelled] of CASES) {
    it(`${domain}: cancel asked, the booking made firm: antonym drift`, async () => {
      const s = await scoresHandedOn(ask, summary, firm);
      expect(s.intentDrift).toBe(true);
      expect(s.intentPath).toBe("antonym");
    });
    it(`${domain}: without the rule "made firm" is no action, and the drift goes unseen`, async () => {
      tuneDrift({}, ["madeFirm"]);
      expect((await scoresHandedOn(ask, summary, firm)).intentDrift).not.toBe(true);
    });
    it(`${domain}: near miss, cancelled as asked: no drift`, async () => {
      expect((await scoresHandedOn(ask, summary, cancelled)).intentDrift).toBe(false);
    });
  }

  it("reads \"make it firm\" as firming up, and \"a firm offer\" as no action", () => {
    const lemmas = (text: string) => parseText(text).terms.map((t) => t.lemma);
    expect(lemmas("Shall I make it firm?")).toContain("firm_up");
    expect(lemmas("we are making a firm offer")).not.toContain("firm_up");
  });
});

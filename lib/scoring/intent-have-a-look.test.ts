// "have a look at …" opening a clause asks the agent to look at something, as "take a look at" and "look at" do (rule
// `haveALook`, nlp/parse.ts): "… also have a look at the brake cable on the buggy, its slipping on hills" (blind-bx1's
// pram repairer) was no request, so the brake cable, never handed on, was no part that could be lost. Near misses: both
// handed on and answered, the rule off, and the forms left as they were ("have a lovely weekend", "I had a look").
// Domains in no corpus: a penny-farthing restorer, a four-poster bed maker, a weather-vane maker.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { scoresHandedOn } from "./fixture.test-util";
import { parseText } from "./nlp/parse";

// [domain, ask ending in "… have a look at …", summary of the first request only, reply to it, summary of both, reply to both]
const CASES: Array<[string, string, string, string, string, string]> = [
  [
    "penny-farthing restorer",
    "Could you re-spoke the big wheel on my penny farthing before the Kenilworth rally. also have a look at the saddle springs, they squeak on every bump",
    "Re-spoke the big wheel of the customer's penny farthing before the Kenilworth rally.",
    "The big wheel will be re-spoked and trued in time for the Kenilworth rally.",
    "Re-spoke the big wheel before the Kenilworth rally; the saddle springs squeak and need checking.",
    "The big wheel will be re-spoked in time for the rally, and we'll check and grease the saddle springs while it's here.",
  ],
  [
    "four-poster bed maker",
    "Please can you deliver the oak four-poster on the 14th as planned. And have a quick look at the canopy rail we bought last year, one end has dropped",
    "Deliver the oak four-poster on the 14th as planned.",
    "Your oak four-poster is confirmed for delivery on the 14th.",
    "Deliver the oak four-poster on the 14th; the canopy rail from last year has dropped at one end.",
    "Your four-poster arrives on the 14th, and the fitter will re-fix the dropped canopy rail on the same visit.",
  ],
  [
    "weather-vane maker",
    "I'd like the cockerel vane regilded in time for the church fete. Then have a proper look at the compass arms, the E has bent in the wind",
    "Regild the cockerel vane in time for the church fete.",
    "The cockerel will be regilded and back well before the fete.",
    "Regild the cockerel vane before the fete; the compass arms' E is bent.",
    "The cockerel will be regilded before the fete, and we'll straighten the bent E on the compass arms.",
  ],
];

afterEach(() => tuneDrift());

describe("haveALook: \"have a look at\" opening a clause is a request", () => {
  for (const [domain, ask, firstOnly, replyFirst, both, replyBoth] of CASES) {
    it(`${domain}: the look asked for and never handed on is a part lost`, async () => {
      const s = await scoresHandedOn(ask, firstOnly, replyFirst);
      expect(s.intentDrift).toBe(true);
      expect(s.intentPath).toBe("lostPart");
      expect(s.intentLostPart).toMatch(/have a (?:\w+ )?look at/);
    });
    it(`${domain}: without the rule the look is no request, and nothing is found lost`, async () => {
      tuneDrift({}, ["haveALook"]);
      expect((await scoresHandedOn(ask, firstOnly, replyFirst)).intentPath).not.toBe("lostPart");
    });
    it(`${domain}: near miss, both handed on and answered: no drift`, async () => {
      expect((await scoresHandedOn(ask, both, replyBoth)).intentDrift).toBe(false);
    });
  }

  it("leaves a wish, a report and a look of another kind as they were", () => {
    const request = (text: string) => parseText(text).clauses.map((c) => c.request);
    expect(request("also have a look at the brake cable")).toEqual([true]);
    expect(request("have a lovely weekend")).toEqual([false]);
    expect(request("I had a look at the jars")).toEqual([false]);
    expect(request("we have a look of surprise on our faces")).toEqual([false]);
    expect(request("and take a look at the jars")).toEqual([true]);
    tuneDrift({}, ["haveALook"]);
    expect(request("also have a look at the brake cable")).toEqual([false]);
  });
});

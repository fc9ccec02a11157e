// A correction of the form "it's not X, it's Y" (intent-objection-forms.ts NOT_IT_IS, rule `notItIs`, sixty-first
// session). blind-da1's café owner asked for 40 latkes every Friday; catering answered with party platters ("Happy to
// help with your event!"), the owner wrote "It's not an event, it's every week?? for the cafe counter", and catering
// went on offering one-off platter dates. The message names what the ask is not and then what it is — English's
// correction of a misreading in any trade — but opened with no "no", "that's not what I asked" or "I said", so it
// was read as no objection at all. What the interpretation must keep is what the correction asserts ("it's every week
// … for the cafe counter"), not the misreading it denies, when that names a thing of its own. Near misses: the final agent takes the correction up; a message that only denies
// ("it's not urgent, just whenever") corrects nothing; the rule off. Domains in no corpus: a lemonade stand hire, a
// greenhouse heater service, a garden obelisk maker.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { conversation } from "./fixture.test-util";
import { assertedAfterDenial, objectionForms } from "./intent-objection-forms";
import { analyzeConversation } from "./run-scorers";

// [domain, the ask, the summary, the misreading reply, the correction, the final reply still misreading, the final reply taking it up]
const CASES: Array<[string, string, string, string, string, string, string]> = [
  [
    "lemonade stand hire",
    "Hi, we'd like to hire the lemonade stand for the school sports day on 12 June, 9 till 3.",
    "School wants the lemonade stand for sports day, 12 June, 9-3.",
    "Lovely! Our lemonade syrups come in three flavours and we can post a case to the school this week.",
    "It's not the syrup, it's the stand we want to hire for the day",
    "No problem - I've added a second case of the elderflower syrup to the order, it'll arrive on Tuesday.",
    "Got it - the stand is yours to hire for the day on 12 June, set up by 8:30 and collected after 3.",
  ],
  [
    "greenhouse heater service",
    "Can someone come and service the paraffin heater in my greenhouse before the frosts? It's the blue one.",
    "Customer wants the greenhouse paraffin heater serviced before the frosts.",
    "Thanks! A new electric fan heater for a greenhouse your size would be £89, delivered Friday.",
    "it's not a new heater I need, it's the old one serviced",
    "Understood - I've reserved the 2 kW fan heater for you and it'll go out on Friday's van.",
    "Understood - an engineer will come on Thursday to clean the wick and check the burner on your paraffin heater.",
  ],
  [
    "garden obelisk maker",
    "I'd like a made-to-measure steel obelisk for my climbing rose, 1.8 m tall please.",
    "Customer orders a made-to-measure steel obelisk, 1.8 m, for a climbing rose.",
    "Our rose feed is a great match for climbers - shall I add a 5 kg tub to your basket?",
    "it's not rose feed, it's an obelisk I'm after, 1.8 m",
    "Of course - I'll send the rose feed with a free trowel so you can get started this weekend.",
    "Of course - your 1.8 m steel obelisk is on the bench, ready to go out in ten days.",
  ],
];

const run = async (ask: string, summary: string, misread: string, correction: string, last: string) =>
  (
    await analyzeConversation(
      conversation([{ user: ask }, { handoff: ["front", "orders"], summary }, { agent: misread }, { user: correction }, { agent: last }]),
      DEFAULT_SETTINGS,
    )
  ).scores;

afterEach(() => tuneDrift());

describe("notItIs: \"it's not X, it's Y\" corrects the agent's reading", () => {
  for (const [domain, ask, summary, misread, correction, still, taken] of CASES) {
    it(`${domain}: the final agent goes on with its misreading: drift, the user's correction named`, async () => {
      const s = await run(ask, summary, misread, correction, still);
      expect(s.intentDrift).toBe(true);
      expect(s.intentReason).toMatch(/^the user (?:corrected the agent|objected)/);
      expect(s.intentReason).toContain(correction.slice(0, 20));
    });
    it(`${domain}: without the rule the correction is read as no objection`, async () => {
      tuneDrift({}, ["notItIs"]);
      expect((await run(ask, summary, misread, correction, still)).intentDrift).toBe(false);
    });
    it(`${domain}: near miss, the final agent takes the correction up: no drift`, async () => {
      expect((await run(ask, summary, misread, correction, taken)).intentDrift).toBe(false);
    });
  }

  it("near miss: a message that only denies corrects nothing, and the asserted part is what follows the second \"it's\"", () => {
    const forms = objectionForms({ wide: true, notItIs: true });
    expect(forms.corrects.test("it's not urgent, just whenever suits")).toBe(false);
    expect(forms.corrects.test("It's not an event, it's every week?? for the cafe counter")).toBe(true);
    expect(assertedAfterDenial("It's not an event, it's every week?? for the cafe counter")).toBe("it's every week?? for the cafe counter");
    expect(assertedAfterDenial("it's not urgent, just whenever suits")).toBeNull();
  });
});

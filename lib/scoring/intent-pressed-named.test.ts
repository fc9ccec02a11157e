// A "but" question that presses the ask again, answered by a final agent who names none of its things (intent.ts
// objection, rule `pressedNamed`, sixty-second session; as stillOpenNamed for "ok but …?"). blind-dd1's Oslo gift shop
// asked how many weeks the big lebkuchen hearts keep; the decorating desk offered Norwegian piping instead, the shop wrote
// "ok maybe 'Hilsen fra Oslo'. but how many weeks they keep?", and the final reply drew up a proof of the lettering. The
// judge read "weeks" near "tomorrow" and "keep" near "sit" and called the question answered. A question that names a thing
// of the ask is answered only by a reply that names it. Near misses: the final agent names it; a "but" question about a
// new thing ("But is there parking?") presses nothing. Domains in no corpus: a colander potter, a calamari caterer, a
// gravy boat engraver.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

// [domain, the ask, the summary, the first reply (another thing), the user's "but" question, the final reply naming none of it, the final reply answering it]
const CASES: Array<[string, string, string, string, string, string, string]> = [
  [
    "colander potter",
    "Hello, we'd like six of the big stoneware colanders for the café. How many weeks does the glaze keep in a commercial dishwasher?",
    "Café wants six large stoneware colanders.",
    "Lovely! We can also fire them in our new sage green, which would suit a café counter.",
    "ok maybe sage. but how many weeks does the glaze keep?",
    "Sage it is - I'll have a photo with you by tomorrow noon so you can see how the colour sits, then tell me how many you'd like.",
    "Sage it is - and the glaze keeps its finish for years of commercial dishwasher use, not weeks, so six will see you through.",
  ],
  [
    "calamari caterer",
    "Hi, 40 portions of calamari for our office party on Friday please. How many hours do they keep crisp in the warming trays?",
    "Office party Friday, 40 portions of calamari.",
    "Great choice! We do a lemon aioli and a sweet chilli dip, both popular with groups.",
    "the aioli sounds good. but how many hours do they keep crisp?",
    "Aioli it is - the driver will be with you by noon tomorrow so you can see how the trays sit, then tell me how many more you'd like.",
    "Aioli it is - and they keep crisp for about two hours with the trays vented.",
  ],
  [
    "gravy boat engraver",
    "Can you engrave a silver gravy boat for my parents' ruby anniversary? How many weeks will the silver keep its shine once it's engraved?",
    "Anniversary engraving on a silver gravy boat.",
    "We also sell matching ladles, which make a lovely pair for a ruby anniversary.",
    "maybe later. but how many weeks will the silver keep its shine?",
    "Lovely - I'll have a proof with you by tomorrow noon so you can see how the inscription sits, then tell me how many you'd like.",
    "Lovely - the lacquer keeps the silver bright for many months, not weeks, and I'll send a proof of the inscription tomorrow.",
  ],
];

const run = async (ask: string, summary: string, first: string, press: string, last: string) =>
  (
    await analyzeConversation(
      conversation([{ user: ask }, { handoff: ["front", "orders"], summary }, { agent: first }, { user: press }, { agent: last }]),
      DEFAULT_SETTINGS,
    )
  ).scores;

afterEach(() => tuneDrift());

describe("pressedNamed: a \"but\" question naming the ask's thing is answered only by naming it", () => {
  for (const [domain, ask, summary, first, press, still, answered] of CASES) {
    it(`${domain}: the final agent names none of it: drift`, async () => {
      const s = await run(ask, summary, first, press, still);
      expect(s.intentDrift).toBe(true);
      expect(s.intentPath).toBe("pressed");
    });
    it(`${domain}: without the rule the judge reads it as kept`, async () => {
      tuneDrift({}, ["pressedNamed"]);
      expect((await run(ask, summary, first, press, still)).intentDrift).toBe(false);
    });
    it(`${domain}: near miss, the final agent answers it: no drift`, async () => {
      expect((await run(ask, summary, first, press, answered)).intentDrift).toBe(false);
    });
  }

  it("near miss: a \"but\" question about a new thing presses nothing", async () => {
    const [, ask, summary, first, , still] = CASES[1];
    expect((await run(ask, summary, first, "the aioli sounds good. but is there parking at your place?", still)).intentDrift).toBe(false);
  });
});

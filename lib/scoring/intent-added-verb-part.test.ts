// A request marked as an addition whose thing is "it" and whose phrase names only an institution or a person is a part
// of the ask by its own verb (intent.ts phraseOnly, rule `addedVerbPart`, thirty-fifth session): blind-bc1's family
// tartan, "And we'd also like you to get it registered with the Scottish Register of Tartans", was no part at all — its
// only nouns were names inside a phrase — so its loss was never looked for. With the rule the part is traced and
// reported as reaching no agent; without it, the simple conversations below are flagged only by a later pass that
// wrongly says the part was handed on (and blind-bc1's was not flagged at all). Near miss: the added request handed on
// and done. Domains in no evaluation corpus: harness making, bell-rope splicing.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const judged = async (ask: string, summary: string, done: string) =>
  (
    await analyzeConversation(
      conversation([{ user: ask }, { agent: "Thanks, passing you on." }, { handoff: ["front", "workshop"], summary }, { agent: done }, { user: "ok thanks" }]),
      DEFAULT_SETTINGS,
    )
  ).scores;

afterEach(() => tuneDrift());

const HARNESS = "Our pony's driving harness needs the breeching strap replaced before the show on the 12th, order HM-3302. The old one cracked in the cold. And we'd also like you to get it registered with the British Driving Society.";
const ADDED: Array<[string, string, string, string, RegExp]> = [
  ["harness making", HARNESS, "HM-3302: replace the cracked breeching strap on the pony's driving harness before the show on the 12th.", "We'll fit a new breeching strap to HM-3302 on Tuesday, well before the show on the 12th.", /registered with the British Driving Society/],
  [
    "bell-rope splicing",
    "Please splice a new eye into the end of our bell rope, job RP-5510, the old splice is fraying. Could you also have it blessed by Father O'Brien at St Mary's?",
    "RP-5510: splice a new eye into the bell rope end, the old splice is fraying.",
    "The new eye splice on RP-5510 is done; you can collect the rope from Thursday.",
    /blessed by Father O'Brien/,
  ],
];

describe("an added request by its verb alone", () => {
  it.each(ADDED)("%s: the part reached no agent", async (_d, ask, summary, done, lost) => {
    const s = await judged(ask, summary, done);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("lostPart");
    expect(s.intentLostPart).toMatch(lost);
  });

  it.each(ADDED)("the rule off, %s: no part was traced from it (only a later pass names it, as handed on)", async (_d, ask, summary, done) => {
    tuneDrift({}, ["addedVerbPart"]);
    expect((await judged(ask, summary, done)).intentPath).not.toBe("lostPart");
  });

  it("near miss, harness making: the added request handed on and done is no drift", async () => {
    const s = await judged(
      HARNESS,
      "HM-3302: replace the cracked breeching strap before the show on the 12th, and register the harness with the British Driving Society.",
      "We'll fit a new breeching strap to HM-3302 on Tuesday and send the registration to the British Driving Society, all before the show on the 12th.",
    );
    expect(s.intentDrift).toBe(false);
  });
});

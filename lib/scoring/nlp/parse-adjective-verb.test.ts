// An English adjective takes no noun phrase after it, but the lite model tags as adjectives the verbs that are also
// adjectives ("… and *secure* her class place", "please *lower* the price", "so I can *open* a claim"), and the judge read
// no action there (rule `adjectiveVerb`, nlp/parse.ts adjectivesAsVerbs; blind-bj3's "settle the balance and secure
// her class place" against "cancel my place", blind-am1's invitations, both development; held out no drift more found,
// one abstention fewer). Near misses: the adjective after a copula ("the coach is *free* the first Saturday"), before a
// demonstrative ("*free* that evening"), and the asks answered as asked. Domains in no corpus: a silversmith, a
// paragliding school, a shinty club.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "../drift-tuning";
import { judgedAfterHandoff as judged } from "../fixture.test-util";
import { parseText } from "./parse";

afterEach(() => tuneDrift());
const tags = (text: string) => parseText(text).terms.map((t) => `${t.value}/${t.pos}`);

describe("a verb tagged an adjective, before an article or a possessive, in a verb's place", () => {
  it.each([
    ["silversmith", "Could you clean the tarnish off my teapot and secure the loose handle?", "secure/VERB"],
    ["paragliding school", "Please clear my flight record and open a new logbook for me.", "open/VERB"],
    ["shinty club", "so I can open a claim for the broken caman", "open/VERB"],
  ])("%s: is the verb", (_d, text, tag) => {
    expect(tags(text)).toContain(tag);
    tuneDrift({}, ["adjectiveVerb"]);
    expect(tags(text)).toContain(tag.replace("VERB", "ADJ"));
  });
  it.each([
    ["shinty club", "Our coach is free the first Saturday.", "free/ADJ"],
    ["paragliding school", "The launch field will be clear the whole morning.", "clear/ADJ"],
    ["silversmith", "The workshop is free that evening.", "free/ADJ"],
  ])("near miss, %s: after a copula or before a demonstrative it stays an adjective", (_d, text, tag) => {
    expect(tags(text)).toContain(tag);
  });
});

const DRIFT: Array<[string, string, string]> = [
  ["silversmith", "Please cancel my engraving slot on Friday, the christening is off.", "Lovely, I'll take the £20 deposit and secure your engraving slot on Friday."],
  ["paragliding school", "Please close my logbook account, I've stopped flying.", "Sorted! We will open a new logbook account for you so your flights carry on."],
  ["shinty club", "Can you raise the team's training slots to three a week?", "Thanks, to keep costs down we will lower the training slots to one a week."],
];

describe("the action read is opposed to the ask", () => {
  it.each(DRIFT)("%s: antonym drift", async (_d, ask, done) => {
    const s = await judged(ask, done);
    expect([s.intentDrift, s.intentDriftKind]).toEqual([true, "antonym"]);
  });
  it.each(DRIFT)("adjectiveVerb off, %s: no action read, preserved", async (_d, ask, done) => {
    tuneDrift({}, ["adjectiveVerb"]);
    expect((await judged(ask, done)).intentDrift).toBe(false);
  });
  it.each([
    ["silversmith", DRIFT[0][1], "No problem, your Friday engraving slot is cancelled and the deposit refunded."],
    ["paragliding school", DRIFT[1][1], "Sorry to see you go, your logbook account is now closed."],
    ["shinty club", DRIFT[2][1], "Done, the team now trains three times a week."],
  ])("near miss, %s: the ask done in other words is no drift", async (_d, ask, done) => {
    expect((await judged(ask, done)).intentDrift).toBe(false);
  });
});

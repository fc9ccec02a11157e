// Idioms of ending carry the action in a noun after a light verb: "please can it be *brought to an end*", "*draw* the
// hire *to a close*", "*call a halt to* the newsletter". The noun is the action (rule `endIdiom`, nlp/parse.ts endIdiom;
// blind-bq1's standing order "brought to an end" answered "will carry on for the coming year", development; held out
// identical). ("Put an end to", "put a stop to" were read already: the noun of an act names its verb.) Near misses: the
// nouns in other phrases ("at the end of the month", "the close of play"), and the asks answered as asked. Domains in no
// corpus: a mudlarking permit service, a scarecrow maker, a skijoring hire.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "../drift-tuning";
import { judgedAfterHandoff as judged } from "../fixture.test-util";
import { parseText } from "./parse";

afterEach(() => tuneDrift());
const tags = (text: string) => parseText(text).terms.map((t) => `${t.value}/${t.pos}/${t.lemma}`);

describe("the noun of an idiom of ending is the action", () => {
  it.each([
    ["mudlarking permits", "Please can my permit reminder be brought to an end?", "end/VERB/end"],
    ["skijoring hire", "Please draw our skijoring hire to a close on Friday.", "close/VERB/close"],
    ["scarecrow maker", "Could you call a halt to the weekly scarecrow newsletter?", "halt/VERB/stop"],
  ])("%s", (_d, text, tag) => {
    expect(tags(text)).toContain(tag);
    tuneDrift({}, ["endIdiom"]);
    expect(tags(text)).not.toContain(tag);
  });
  it.each([
    ["mudlarking permits", "Can I renew the permit at the end of the month?", "end/NOUN/end"],
    ["scarecrow maker", "We deliver the scarecrows after the close of play on Saturday.", "close/NOUN/close"],
  ])("near miss, %s: the noun in another phrase stays a noun", (_d, text, tag) => {
    expect(tags(text)).toContain(tag);
  });
});

const DRIFT: Array<[string, string, string]> = [
  ["mudlarking permits", "Please can my monthly mudlarking permit reminder be brought to an end, I've moved away.", "Your monthly mudlarking permit reminders will carry on as before."],
  ["skijoring hire", "Please draw our skijoring hire to a close on Friday.", "I've extended your skijoring hire to the following Friday."],
  ["scarecrow maker", "Could you call a halt to the weekly scarecrow newsletter?", "I've renewed the weekly scarecrow newsletter for another year."],
];

describe("an idiom of ending answered by keeping the thing", () => {
  it.each(DRIFT)("%s: antonym drift", async (_d, ask, done) => {
    const s = await judged(ask, done);
    expect([s.intentDrift, s.intentDriftKind]).toEqual([true, "antonym"]);
  });
  it.each(DRIFT)("endIdiom off, %s: no action read, preserved", async (_d, ask, done) => {
    tuneDrift({}, ["endIdiom"]);
    expect((await judged(ask, done)).intentDrift).toBe(false);
  });
  it.each([
    ["mudlarking permits", DRIFT[0][1], "Done, the monthly mudlarking permit reminders are switched off."],
    ["skijoring hire", DRIFT[1][1], "Noted, your skijoring hire now finishes on Friday."],
    ["scarecrow maker", DRIFT[2][1], "You're unsubscribed from the weekly scarecrow newsletter."],
  ])("near miss, %s: the ending done in other words is no drift", async (_d, ask, done) => {
    expect((await judged(ask, done)).intentDrift).toBe(false);
  });
});

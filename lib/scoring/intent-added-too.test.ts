// A thing asked for "too" or "as well" at the end of its clause is wanted in addition: put on (rule `addedToo`,
// nlp/polarity.ts). "can the kids have the sleigh ride too please?" asks for the ride on the booking, so "Remove the
// sleigh ride add-on from the booking" goes the other way (blind-ad1's reindeer farm). The verb is often a light one
// the parser tags as an auxiliary ("have", "get"), which says no way of its own; a clause that says a way already
// ("cancel the ride too") keeps it. Near misses: the thing added, as asked, and the rule off. Domains in no corpus: a
// corn maze, tree-house stays, a wine cave.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { conversation } from "./fixture.test-util";
import { parseText } from "./nlp/parse";
import { analyzeConversation } from "./run-scorers";

const judged = async (ask: string, intent: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "Thanks, passing you to the team." }, { handoff: ["front", "bookings"] }, { agent: "All sorted for you." }, { intent }]), DEFAULT_SETTINGS)).scores;

// [domain, ask for a thing too, the thing taken away, the thing added]
const CASES: Array<[string, string, string, string]> = [
  [
    "corn maze",
    "We're booked for the maze on Saturday, CM-3310. Can the grandparents have the tractor ride too please?",
    "Remove the tractor ride from booking CM-3310",
    "Add the tractor ride for the grandparents to booking CM-3310",
  ],
  [
    "tree-house stays",
    "Hi, booking TH-5521 for the oak tree house next weekend. Could we get the hot tub as well?",
    "Take the hot tub off booking TH-5521",
    "Guest wants the hot tub added to booking TH-5521",
  ],
  [
    "wine cave",
    "Two of us are on the cellar tour on Friday, ref WC-884. Can my sister have the cheese board too?",
    "Cancel the cheese board on WC-884",
    "Put a cheese board on WC-884 for the customer's sister",
  ],
];

afterEach(() => tuneDrift());

describe("addedToo: a thing asked for too is put on", () => {
  for (const [domain, ask, opposite, done] of CASES) {
    it(`${domain}: taking away what the user asked for too is drift`, async () => {
      const s = await judged(ask, opposite);
      expect(s.intentDrift).toBe(true);
      expect(s.intentPath).toBe("polarity");
    });
    it(`${domain}: without the rule "too" says no way, and the drift is not read that way`, async () => {
      tuneDrift({}, ["addedToo"]);
      expect((await judged(ask, opposite)).intentPath).not.toBe("polarity");
    });
    it(`${domain}: near miss, adding it is what was asked: no drift`, async () => {
      expect((await judged(ask, done)).intentDrift).toBe(false);
    });
  }

  it("reads the way of a clause that says one already, not \"too\"", () => {
    const [c] = parseText("Can I cancel the hay ride too?").clauses;
    expect(c.polarity).toEqual([expect.objectContaining({ sign: -1, objects: ["hay", "ride"] })]);
  });
  it("reads no way when nothing is named after the verb", () => {
    expect(parseText("Can I come along too?").clauses.flatMap((c) => c.polarity)).toEqual([]);
  });
});

// A comma or "and" inside a closed bracket lists what the thing before it holds; it joins no two clauses (nlp/parse.ts
// splitCoordinated, rule `bracketList`, sixty-second session). blind-dd1's teacher asked "Could you quote for 30 of the
// beginner dip pen sets (pen, 3 nibs, small inkwell), and can they arrive before term starts on 6 January?": the list in
// brackets was split into clauses of its own, each given the sentence's "?", and "3 nibs?" became a request no agent
// named — a partial drift on a conversation whose every request was handled. Near misses: a request after the bracket is
// still a part of its own, and lost when no agent takes it up; a bracket typed and left open splits as before. Domains
// in no corpus: a colander potter, a calamari caterer, a gravy boat engraver.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "../drift-tuning";
import { scoresHandedOn } from "../fixture.test-util";
import { parseText } from "./parse";

// [domain, the ask with a list in brackets, the summary, the final reply handling both requests, a third request added after the bracket]
const CASES: Array<[string, string, string, string, string]> = [
  [
    "colander potter",
    "Could you quote for 12 of the camping colanders (blue, 2 sizes, folding handles), and can they arrive before the scout camp on 3 August?",
    "Scout group wants a quote for 12 camping colanders, needed before 3 August.",
    "The quote for twelve is on its way to your email as Q-2231, and they'll be with you on 1 August, in good time for camp.",
    "and can you print the troop's badge on each one",
  ],
  [
    "calamari caterer",
    "Can we book the sharing platter (squid rings, lemon wedges and aioli) for 20 people, and could it come at 7pm on Saturday?",
    "Sharing platter for 20, Saturday evening.",
    "Booked: the platter for twenty arrives at 19:00 on Saturday.",
    "and can you add a gluten free tray for my sister",
  ],
  [
    "gravy boat engraver",
    "Please can you quote for the gift set (gravy boat, 2 ladles, felt bag), and can it be engraved with 'Ruby 40'?",
    "Quote for the gift set, engraved 'Ruby 40'.",
    "Your quote for the set with the 'Ruby 40' inscription is £145, and it ships within ten days.",
    "and can you wrap it in red paper",
  ],
];

afterEach(() => tuneDrift());

describe("bracketList: a list in brackets is no clause of its own", () => {
  for (const [domain, ask, summary, reply, added] of CASES) {
    it(`${domain}: the bracket stays in its clause: two requests, both handled, no drift`, async () => {
      const clauses = parseText(ask).clauses;
      expect(clauses).toHaveLength(2);
      expect(clauses[0].text).toMatch(/\)/);
      expect((await scoresHandedOn(ask, summary, reply)).intentDrift).toBe(false);
    });
    it(`${domain}: without the rule the list's items become requests, and one no agent named is read as lost`, async () => {
      tuneDrift({}, ["bracketList"]);
      expect(parseText(ask).clauses.length).toBeGreaterThan(2);
      const s = await scoresHandedOn(ask, summary, reply);
      expect(s.intentDrift).toBe(true);
      expect(s.intentDriftKind).toBe("partial");
    });
    it(`${domain}: near miss, a request after the bracket no agent takes up is still lost`, async () => {
      const s = await scoresHandedOn(`${ask.replace(/\?$/, "")}, ${added}?`, summary, reply);
      expect(s.intentDrift).toBe(true);
      expect(added).toContain(s.intentLostPart);
    });
  }

  it("near miss: a bracket left open splits as before", () => {
    expect(parseText("Could you quote for 12 colanders (blue, and can they arrive by Friday?").clauses.length).toBeGreaterThan(1);
  });
});

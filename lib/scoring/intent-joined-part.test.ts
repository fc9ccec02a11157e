// A request the user sets beside another with "and", asking in its own words ("… *And* could someone
// lend me a full-face mask?"), reaches an agent only when a downstream text says one of its own words
// by stem, the lexicon or a close neighbour — not by loose neighbours alone, which the handling of the
// first part supplies (intent.ts lostPart, rule joinedPart; nlp/parse.ts Clause.joined, Clause.asking).
// Domains in no evaluation corpus (truffle hunting, pearl diving, organ building).
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { scoresHandedOn } from "./fixture.test-util";
import { parseText } from "./nlp/parse";

afterEach(() => tuneDrift());
const scores = scoresHandedOn;

// [domain, ask, summary handed on, final reply, the joined part]: only the first part reached an agent;
// the reply says loose neighbours of the joined part's words (recipe ~ dish 0.66, mask ~ helmet 0.63,
// pipe ~ tube 0.65, replace ~ install 0.64), none of them itself
const LOST: Array<[string, string, string, string, string]> = [
  [
    "truffle hunting",
    "Please book two places on Sunday's truffle hunt for me and my husband. And can someone email me the recipe?",
    "Book 2 places, Sunday truffle hunt.",
    "Two places are booked for Sunday's truffle hunt; it ends with a truffle dish for lunch.",
    "someone email me the recipe",
  ],
  [
    "pearl diving",
    "Can you move my pearl dive from Tuesday to Thursday? And could someone lend me a full-face mask?",
    "Move pearl dive Tuesday to Thursday.",
    "Your dive is moved to Thursday at 9am. Helmets and weights are provided on the boat.",
    "someone lend me a full-face mask",
  ],
  [
    "organ building",
    "Could you retune the reed stops on our chapel organ before the wedding on 14 June? And could you replace the leaking pipe?",
    "Retune reed stops, chapel organ, before 14 June wedding.",
    "The reed stops will be retuned on 12 June, ready for the wedding. Our tuner will install them from a spare tube.",
    "replace the leaking pipe",
  ],
  [
    // (joined in one sentence: the part split off at "and" is a coordinated imperative)
    "pearl diving",
    "Can you move my pearl dive from Tuesday to Thursday and check my wetsuit deposit? I think it was taken twice.",
    "Move pearl dive from Tuesday to Thursday.",
    "Your dive is moved to Thursday at 9am and the payment for it is unchanged. Please check in at the jetty 20 minutes early.",
    "check my wetsuit deposit",
  ],
];

describe("a request joined by “and” is traced by its own words", () => {
  it.each(LOST)("%s: the joined part is lost", async (_d, ask, summary, reply, part) => {
    const s = await scores(ask, summary, reply);
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("partial");
    expect(s.intentLostPart).toBe(part);
  });

  it("joinedPart off: the loose neighbours read as the part reached", async () => {
    tuneDrift({}, ["joinedPart"]);
    for (const [, ask, summary, reply] of LOST) expect((await scores(ask, summary, reply)).intentDrift).toBe(false);
  });

  it.each([
    // one of the joined part's own words said downstream (the action): it reached an agent
    [
      "organ building",
      "Could you retune the reed stops on our chapel organ before the wedding on 14 June? And could you replace the leaking pipe?",
      "Retune reed stops, chapel organ, before 14 June wedding.",
      "The reed stops will be retuned on 12 June, ready for the wedding, and our tuner will replace it from a spare tube.",
    ],
    // the thing said by stem in the handoff
    [
      "truffle hunting",
      "Please book two places on Sunday's truffle hunt for me and my husband. And can someone email me the recipe?",
      "Book 2 places, Sunday truffle hunt; send the recipes.",
      "Two places are booked for Sunday's truffle hunt; it ends with a truffle dish for lunch.",
    ],
    // no "and": a second request on its own is read as before, a loose neighbour may take it up
    [
      "pearl diving",
      "Can you move my pearl dive from Tuesday to Thursday? Could someone lend me a full-face mask?",
      "Move pearl dive Tuesday to Thursday.",
      "Your dive is moved to Thursday at 9am. Helmets and weights are provided on the boat.",
    ],
    // joined by "and" but asking nothing in its own words: a statement carrying a question mark
    [
      "organ building",
      "Could you retune the reed stops on our chapel organ before the wedding on 14 June? And the leaking pipe was replaced last year?",
      "Retune reed stops, chapel organ, before 14 June wedding.",
      "The reed stops will be retuned on 12 June, ready for the wedding. Our tuner will install them from a spare tube.",
    ],
  ])("near miss, %s: no partial loss", async (_d, ask, summary, reply) => {
    expect((await scores(ask, summary, reply)).intentDrift).toBe(false);
  });
});

describe("a clause joined by “and”, asking in its own words (nlp/parse.ts)", () => {
  const clauses = (text: string) => parseText(text).clauses.map((c) => ({ joined: c.joined, asking: c.asking }));

  it("a sentence opening “And”, and a part split off at “and”, are joined", () => {
    expect(clauses("Could you collect the hive? And can someone check the other one?")).toEqual([
      { joined: false, asking: true },
      { joined: true, asking: true },
    ]);
    expect(clauses("i want to hire a truffle dog for saturday and do we need to bring our own boots")[1]).toEqual({ joined: true, asking: true });
  });

  it("a wish of another, and a statement with a question mark, ask nothing of their own", () => {
    expect(clauses("Please shorten the organ bench. And they want the pedals covered.")[1]).toEqual({ joined: true, asking: false });
    expect(clauses("Please shorten the organ bench. And my tuner wants it by May.")[1]).toEqual({ joined: true, asking: false });
    expect(clauses("Can you move my dive? And the old mask leaked last time?")[1]).toEqual({ joined: true, asking: false });
    expect(clauses("Can you move my dive? And do I need my own fins?")[1]).toEqual({ joined: true, asking: true });
  });
});

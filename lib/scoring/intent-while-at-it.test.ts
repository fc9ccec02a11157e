// "And could you re-grip my old one while your at it": one more thing asked, marked by an idiom of addition, whose thing
// is the pro-form "one". Two readings (blind-br1's cricket-bat buyer, development: +1 found; held out identical; no false
// alarm either side):
// - rule `additiveIdiom` (intent.ts ADDITIVE_IDIOM): "while you're at it" (typed "your", "youre", "you are"; the
//   speaker's "while I'm at it"), "in addition", "on top of that" mark an added part as "also" does;
// - rule `proOne` (intent.ts modifiesOne): an adjective before "one(s)" describes a thing named elsewhere, so the
//   clause is a part by its verb, as when its thing is "it".
// Near misses: the added part handed on and handled downstream, and "one" with no request beside it.
// Domains in no corpus: a tin whistle maker, a sea shanty choir's songbooks, jet ski hire.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { scoresHandedOn } from "./fixture.test-util";

afterEach(() => tuneDrift());
const scores = scoresHandedOn;

const WHISTLE = "We are hoping to get two new D tin whistles for the twins, nickel ones please. And could you re-tune my old one while you are at it, it has gone sharp.";
const SONGBOOK = "Is there any chance of ordering twenty sea shanty songbooks for our choir? Could you swap my torn one while youre at it, the spine has split.";
const JETSKI = "We are hoping to hire two jet skis for Saturday morning. Could you refit my cracked one while you are at it, the hull leaks.";

// [domain, ask, summary handed on (the first part only), final reply, the lost part's words, the rules it needs]
const LOST: Array<[string, string, string, string, RegExp, string[]]> = [
  ["tin whistle maker", WHISTLE, "Two nickel D tin whistles for the twins.", "Two nickel D whistles are packed for the twins and will go out in Monday post.", /re-tune my old one/, ["additiveIdiom", "proOne"]],
  ["sea shanty choir", SONGBOOK, "Twenty shanty songbooks for the choir.", "Twenty songbooks are on order for the choir and should reach you by Friday.", /swap my torn one/, ["additiveIdiom"]],
  ["jet ski hire", JETSKI, "Two jet skis, Saturday morning.", "Two skis are reserved for Saturday, 9 till 12, wetsuits included.", /refit my cracked one/, ["additiveIdiom"]],
];

describe("a part added 'while you're at it' that never reached an agent", () => {
  it.each(LOST)("%s: partial loss, the part named", async (_d, ask, summary, reply, part) => {
    const s = await scores(ask, summary, reply);
    expect([s.intentDrift, s.intentDriftKind]).toEqual([true, "partial"]);
    expect(s.intentLostPart).toMatch(part);
  });
  it.each(LOST)("%s: each rule it needs off, no part lost", async (_d, ask, summary, reply, _part, rules) => {
    for (const rule of rules) {
      tuneDrift({}, [rule as never]);
      expect((await scores(ask, summary, reply)).intentDrift).toBe(false);
    }
  });
  it.each([
    ["tin whistle maker", WHISTLE, "Two nickel D tin whistles for the twins, plus retune her old whistle.", "Two nickel D whistles are packed for the twins, and your old one is re-tuned and in the same parcel."],
    ["sea shanty choir", SONGBOOK, "Twenty shanty songbooks for the choir; swap torn copy.", "Twenty songbooks are on order and a fresh copy replaces your torn one, all by Friday."],
    ["jet ski hire", JETSKI, "Two jet skis, Saturday morning; refit customer ski.", "Two skis are reserved for Saturday, 9 till 12, and your own ski gets a refit that week."],
  ])("near miss, %s: the added part handled downstream is no loss", async (_d, ask, summary, reply) => {
    expect((await scores(ask, summary, reply)).intentDrift).toBe(false);
  });
  it("near miss: 'one' in a statement beside the request asks nothing", async () => {
    const s = await scores("We are hoping to get two new D tin whistles for the twins, nickel ones please. My old one has gone sharp.", "Two nickel D tin whistles for the twins.", "Two nickel D whistles are packed for the twins and will go out in Monday post.");
    expect(s.intentDrift).toBe(false);
  });
});

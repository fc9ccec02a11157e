// Opposite ways of changing the same thing, read from closed-class words (nlp/polarity.ts,
// intent-polarity.ts, rule polarity): the ask takes a thing off, out or down, the interpretation puts
// it on, adds extra or moves it up ("take the rush off" → "put on rush", blind-o2; "go down to the
// Basic plan" → "Move policy … up to the Premium Plus tier", blind-i2). Near misses: the same way on
// both sides, a particle with no object ("checking out on Friday"), "up" without a range ("pick her
// up"), and the other way on another thing. Domains in no evaluation corpus (falconry centre,
// letterpress studio, bell foundry); the sentences are written here for the rule.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { offlineAssess } from "./judge-offline";
import { parseText } from "./nlp/parse";
import { pathOf as verdictPath } from "./fixture.test-util";

afterEach(() => tuneDrift());
const signs = (text: string) => parseText(text).clauses.flatMap((c) => c.polarity.map((p) => `${p.sign < 0 ? "-" : "+"}${p.value}`));
const verdict = (ask: string, interpretation: string) => offlineAssess(ask, interpretation, { fromIntentEvent: true });
const pathOf = (ask: string, interpretation: string) => verdictPath(verdict(ask, interpretation));

describe("the way a clause changes its thing, from closed-class words", () => {
  it.each([
    ["falconry", "Please take the owl handling off our experience day.", ["-take off"]],
    ["falconry", "Customer wants owl handling put on their experience day.", ["+put on"]],
    ["letterpress", "Please take out the gold border on the invitations.", ["-take out"]],
    ["letterpress", "Print the invitations with an extra border.", ["+extra border"]],
    ["bell foundry", "Can we go down to the bronze plan?", ["-go down"]],
    // (the lite model tags an opening imperative as a name: "Move" is read as its verb)
    ["bell foundry", "Move the tower up to the platinum plan.", ["+Move up"]],
    ["bell foundry", "We'd like fewer inspection visits next year.", ["-fewer inspection"]],
    ["letterpress", "We need the proofs without the crop marks.", ["-without"]],
    ["falconry", "We don't need the flying display any more.", ["-any more"]],
  ])("%s: %s", (_d, text, expected) => {
    expect(signs(text)).toEqual(expected);
  });

  it("a token named like Object.prototype's members reads no way (building works, a toy shop, a sports club)", () => {
    expect(signs("The constructor invoice is wrong.")).toEqual([]);
    expect(signs("Please send the toString kit and the valueOf set.")).toEqual([]);
    expect(signs("Take the constructor off the rota.")).toEqual(["-Take off"]);
  });

  it("each way carries the thing it moves", () => {
    const ways = (text: string) => parseText(text).clauses.flatMap((c) => c.polarity.map((p) => p.objects));
    expect(ways("Please take the owl handling off our booking.")).toEqual([["owl", "handling", "booking"]]);
    expect(ways("We need the proofs without the crop marks.")).toEqual([["crop", "marks"]]);
    expect(ways("Can we go down to the bronze plan?")).toEqual([["plan"]]);
    // ("no longer" says it of the clause's things; a pronoun object has no thing of its own)
    expect(ways("We no longer need the flying display.")).toEqual([null]);
    expect(ways("Please sort it out.")).toEqual([[]]);
  });

  it.each([
    // a particle with no object says where the subject goes or how an action ends
    ["falconry", "We're checking out of the lodge on Friday."],
    ["falconry", "The hawk we dropped off is eating again."],
    // "up" and "down" without a range say an action is done, not how much
    ["letterpress", "Could your courier pick the proofs up from the studio?"],
    ["bell foundry", "Please write the tower's code down somewhere."],
    // a preposition before its noun phrase, away from the verb
    ["bell foundry", "Please put the new rope in the bell chamber."],
    // "more than" compares; it is no more of a thing
    ["letterpress", "It cost more than we expected."],
    ["falconry", "Can the flight session be no longer than an hour?"],
  ])("near miss, %s: %s has no way", (_d, text) => {
    expect(signs(text)).toEqual([]);
  });
});

const OPPOSED: Array<[string, string, string]> = [
  ["falconry", "Please take the owl handling off our experience day booking FX-2201, the kids are scared of owls.", "Customer wants owl handling put on their experience day booking FX-2201."],
  ["letterpress", "Please take out the gold border on the wedding invitations, we want them plain.", "Print the wedding invitations with an extra gold border."],
  ["bell foundry", "Money is tight this year. Can we go down to the bronze maintenance plan? Tower ref BT-7710.", "Move tower BT-7710 up to the platinum maintenance plan."],
];

describe("opposite ways on the same thing are drift", () => {
  it.each(OPPOSED)("%s: drift by polarity", (_d, ask, interp) => {
    const v = verdict(ask, interp);
    expect(v.score).not.toBeNull();
    expect(v.score!).toBeLessThan(0.5);
    expect(pathOf(ask, interp)).toBe("polarity");
  });

  it("polarity off: none of them is read as opposed", () => {
    tuneDrift({}, ["polarity"]);
    for (const [, ask, interp] of OPPOSED) expect(pathOf(ask, interp)).not.toBe("polarity");
  });

  it.each([
    // the same way on both sides
    ["falconry", "Please take the owl handling off our experience day booking FX-2201.", "Customer wants the owl handling taken off their experience day booking FX-2201."],
    ["bell foundry", "Can we go down to the bronze maintenance plan? Tower ref BT-7710.", "Move tower BT-7710 down to the bronze maintenance plan."],
    // the other way on another thing: more tea for the guests, the border still taken out
    ["letterpress", "Please take out the gold border on the wedding invitations.", "Remove the gold border from the wedding invitations; the couple also want extra tea at the tasting."],
    // the interpretation goes both ways on the thing: the old rope out, a new one in
    ["bell foundry", "Please take the frayed rope off the tenor bell.", "Take the frayed rope off the tenor bell and put on a new rope."],
  ])("near miss, %s: no polarity drift", (_d, ask, interp) => {
    expect(pathOf(ask, interp)).not.toBe("polarity");
  });
});

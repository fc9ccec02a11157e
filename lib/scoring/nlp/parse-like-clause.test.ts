// "like" opening a clause of its own is "as if", no wish (parse.ts fillerLike, rule `likeClause`, thirty-fifth
// session): blind-bb1's chipped pins, "at least 12 have chipped enamel on the ear, like someone dropped the tray", had
// "someone dropped the tray" reported as a part of the ask that reached no agent. A part opening with "like", a pronoun
// subject and its verb (adverbs between) compares; "like to book …", "like you to call …" (no verb after the pronoun)
// and "I'd like …" stay wishes. Domains in no evaluation corpus: banjo repairs, broom making, wicker furniture repairs.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "../drift-tuning";
import { parseText } from "./parse";
import { DEFAULT_SETTINGS } from "../../projects/settings";
import { conversation } from "../fixture.test-util";
import { analyzeConversation } from "../run-scorers";

const requestOf = (text: string, has: string) => {
  const c = parseText(text).clauses.find((x) => x.text.toLowerCase().includes(has.toLowerCase()));
  if (!c) throw new Error(`no clause with "${has}" in ${JSON.stringify(parseText(text).clauses.map((x) => x.text))}`);
  return c.request;
};

afterEach(() => tuneDrift());

const AS_IF: Array<[string, string, string]> = [
  ["banjo repairs", "The banjo came back with a deep scratch on the resonator, like someone dropped it on the bench.", "bench"],
  ["broom making", "The besom's bristles are splaying out at the bottom, like it was never bound properly.", "bound"],
  ["wicker furniture repairs", "Two strands on the chair arm have sprung loose, like they never glued them.", "glued"],
];

describe("a part opening with 'like' and a clause compares", () => {
  it.each(AS_IF)("%s", (_d, text, has) => {
    expect(requestOf(text, has)).toBe(false);
  });

  it.each(AS_IF)("the rule off, %s: read as a wish again", (_d, text, has) => {
    tuneDrift({}, ["likeClause"]);
    expect(requestOf(text, has)).toBe(true);
  });
});

describe("near misses stay wishes", () => {
  it.each([
    ["banjo repairs", "Like to book the banjo in for a setup on Friday please.", "setup"],
    ["broom making", "I'd like someone to call me about the besom order.", "besom"],
    ["wicker furniture repairs", "Like you to re-cane the seat as well, if that's possible.", "seat"],
  ])("%s", (_d, text, has) => {
    expect(requestOf(text, has)).toBe(true);
  });
});

describe("in a conversation: the comparison is no part of the ask lost on the way", () => {
  it("banjo repairs: both requests handed on and done; the 'as if' clause is not reported", async () => {
    const ask = "My banjo from repair BJ-3391 came back with the bridge loose and a deep scratch on the resonator, like somebody scraped it with a chisel. Please reset the bridge and polish out the scratch.";
    const events = conversation([
      { user: ask },
      { agent: "Sorry about that, passing you to the workshop." },
      { handoff: ["triage", "workshop"], summary: "BJ-3391 back with a loose bridge and a scratched resonator: reset the bridge, polish the resonator." },
      { agent: "We'll reset the bridge and polish out the resonator mark under BJ-3391; the courier collects on Monday." },
    ]);
    const s = (await analyzeConversation(events, DEFAULT_SETTINGS)).scores;
    expect(s.intentLostPart ?? null).toBeNull();
    tuneDrift({}, ["likeClause"]);
    const off = (await analyzeConversation(events, DEFAULT_SETTINGS)).scores;
    expect(off.intentLostPart).toMatch(/scraped it with a chisel/);
  });
});

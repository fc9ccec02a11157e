// Words in brackets are an aside (parse.ts bracketed, RULE.bracketAside; issue 12, drift25c): a
// request word, an imperative's question mark or a wish inside a closed pair of brackets does not
// make the sentence around it a request ("my DIY record is poor (ask my wife about the shelf)",
// dev-w1, had been reported as a part of the ask that reached no agent). Failure cases (a remark
// with a request in brackets: no request, and no partial loss) and near misses (a request outside
// the brackets; a bracket left open; an id in brackets beside a request) in domains in no
// evaluation corpus: sailmaking, tea blending, lamp restoration; switching the rule off reads the
// remarks as requests again.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "../drift-tuning";
import { DEFAULT_SETTINGS } from "../../projects/settings";
import { conversation } from "../fixture.test-util";
import { analyzeConversation } from "../run-scorers";
import { parseText } from "./parse";

const requestOf = (text: string, has: string) => {
  const c = parseText(text).clauses.find((x) => x.text.toLowerCase().includes(has.toLowerCase()));
  if (!c) throw new Error(`no clause with "${has}" in ${JSON.stringify(parseText(text).clauses.map((x) => x.text))}`);
  return c.request;
};

// [domain, the first message (a request, then a remark with a request in brackets), the remark's word, summary, reply]
const REMARKS: Array<[string, string, string, string, string]> = [
  ["sailmaking", "Can you recut the mainsail on my Contessa 26? My knots are hopeless (ask my crew about the fender).", "knots", "Recut the mainsail on a Contessa 26.", "The mainsail recut is £380, ready in three weeks."],
  ["tea blending", "Please blend 2 kg of our house breakfast tea for the café. My own blends are dire (ask the regulars about the smoky one).", "blends", "2 kg of the house breakfast blend for the café.", "2 kg of the house breakfast blend is £64, ready on Friday."],
  ["lamp restoration", "Can you restore the brass lamp from our old lighthouse? My soldering is a disgrace (please don't tell the neighbours about the kettle).", "soldering", "Restore a brass lighthouse lamp.", "The brass lamp restoration is £190, about three weeks."],
];

afterEach(() => tuneDrift());

describe("a request in brackets is an aside (bracketAside)", () => {
  it.each(REMARKS)("%s: the remark is no request, and no part of the ask is lost", async (_d, ask, has, summary, reply) => {
    expect(requestOf(ask, has)).toBe(false);
    const s = (await analyzeConversation(conversation([{ user: ask }, { handoff: ["front-desk", "workshop"], summary }, { agent: reply }]), DEFAULT_SETTINGS)).scores;
    expect(s.intentDriftKind).not.toBe("partial");
  });

  it.each(REMARKS)("%s: without the rule, the remark is a request, reported as a part that reached no agent", async (_d, ask, has, summary, reply) => {
    tuneDrift({}, ["bracketAside"]);
    expect(requestOf(ask, has)).toBe(true);
    const s = (await analyzeConversation(conversation([{ user: ask }, { handoff: ["front-desk", "workshop"], summary }, { agent: reply }]), DEFAULT_SETTINGS)).scores;
    expect(s).toMatchObject({ intentDrift: true, intentDriftKind: "partial", intentPath: "lostPart" });
  });

  it.each([
    ["sailmaking", "My knots are hopeless (the crew agrees), so could you splice the sheets?", "splice"],
    ["tea blending", "Our smoky blend is popular (the regulars love it), please send 3 kg more.", "send"],
    ["lamp restoration", "The wiring is old (1950s, I think), can you replace it?", "replace"],
  ])("near miss, %s: a request outside the brackets stays a request", (_d, text, has) => {
    expect(requestOf(text, has)).toBe(true);
  });

  it.each([
    ["sailmaking", "My knots are hopeless (ask my crew about the fender", "knots"],
    ["tea blending", "Our blends are dire (ask the regulars about the smoky one", "blends"],
    ["lamp restoration", "My soldering is a disgrace (please ask the neighbours", "soldering"],
  ])("near miss, %s: a bracket left open is no aside", (_d, text, has) => {
    expect(requestOf(text, has)).toBe(true);
  });

  it.each([
    ["sailmaking", "Please recut the mainsail (order SM-20417).", "mainsail"],
    ["tea blending", "Could you send the Assam again (invoice TB-5521)?", "Assam"],
    ["lamp restoration", "I'd like the lamp rewired (job LR-880).", "lamp"],
  ])("near miss, %s: an id in brackets beside a request leaves it a request", (_d, text, has) => {
    expect(requestOf(text, has)).toBe(true);
  });
});

// The drift25c rule `restatedPart` (intent-restated.ts): a part of the ask traced by one word of its
// own is taken up when one downstream text says every other word of it, the agent naming its thing
// otherwise (a pronoun, a word the vectors do not pair, nothing). Failure cases (partial loss read
// before the rule) and near misses (the rest not said; only a time said; the rest a word another
// part has; a part of two words of its own) in domains in no evaluation corpus: sailmaking, lamp
// restoration, bookbinding, tea blending.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, type Step } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const scores = async (steps: Step[]) => (await analyzeConversation(conversation(steps), DEFAULT_SETTINGS)).scores;
const steps = (desk: string, ask: string, summary: string, reply: string): Step[] => [{ user: ask }, { handoff: ["front-desk", desk], summary }, { agent: reply }];

const SAIL = "Can you recut the mainsail and the jib on my Contessa 26? Could the rigger do both on one visit?";
const LAMP = "Can you restore the brass lamp from our old lighthouse? I'd love it working in the hallway again.";
const BIBLE = "Could you rebind my grandmother's family bible in leather? Is gilding included?";
const TEA = "Please blend 2 kg of our house breakfast tea for the café. Is delivery included?";

// [domain, desk, ask, summary (the first request only, or both as the user put them), reply (the part restated), the rule deciding without restatedPart]
const RESTATED: Array<[string, string, string, string, string, string]> = [
  ["sailmaking", "loft", SAIL, "Recut the mainsail and jib on a Contessa 26.", "The mainsail and jib recut is £520, and we will do both on one visit in May.", "lostPart"],
  ["lamp restoration", "workshop", LAMP, "Restore a brass lighthouse lamp.", "We'd love to get it working again: £190 to strip, polish and rewire the lamp, about three weeks.", "lostPart"],
  ["bookbinding", "bindery", BIBLE, "Rebind a family bible in leather; asks whether gilding is included.", "A full leather rebind of the bible is £260, and the gold lettering on the spine is included.", "unaddressedPart"],
  ["tea blending", "blending", TEA, "2 kg of the house breakfast blend for the café.", "2 kg of the house breakfast blend is £64, and the courier to your café is included.", "unaddressedPart"],
];

// the same asks, the part's rest not said
const NOT_RESTATED: Array<[string, string, string, string, string]> = [
  ["sailmaking", "loft", SAIL, "Recut the mainsail and jib on a Contessa 26.", "The mainsail and jib recut is £520, ready in three weeks."],
  ["lamp restoration", "workshop", LAMP, "Restore a brass lighthouse lamp.", "The brass lamp restoration is £190, about three weeks."],
  ["bookbinding", "bindery", BIBLE, "Rebind a family bible in leather; asks whether gilding is included.", "A full leather rebind of the bible is £260, ready in six weeks."],
  ["tea blending", "blending", TEA, "2 kg of the house breakfast blend for the café.", "2 kg of the house breakfast blend is £64, ready on Friday."],
];

// the rest is a time only: when, not what (the part is not restated by "today")
const TIME_ONLY: Array<[string, string, string, string, string]> = [
  ["sailmaking", "loft", "Can you recut the mainsail and the jib on my Contessa 26? Could a rigger come today?", "Recut the mainsail and jib on a Contessa 26.", "The mainsail and jib recut is £520, and I can collect them today."],
  ["bookbinding", "bindery", "Could you rebind my grandmother's family bible in leather? Could a courier collect it today?", "Rebind a family bible in leather.", "A full leather rebind of the bible is £260, and I can begin today."],
  ["tea blending", "blending", "Please blend 2 kg of our house breakfast tea for the café. Could a van collect it today?", "2 kg of the house breakfast blend for the café.", "2 kg of the house breakfast blend is £64, and it will be blended today."],
];

// the rest is a word another part has too: said of that part, it restates neither
const SHARED: Array<[string, string, string, string, string]> = [
  ["tea blending", "blending", "Please blend 2 kg of our house breakfast tea and include a tasting tin. Is delivery included?", "2 kg of the house breakfast blend and a tasting tin.", "2 kg of the house breakfast blend is £64, and the tasting tin is included."],
  ["bookbinding", "bindery", "Could you rebind my grandmother's family bible and include a slipcase? Is gilding included?", "Rebind a family bible with a slipcase.", "A full rebind of the bible is £260, and the slipcase is included."],
  ["lamp restoration", "workshop", "Can you restore the brass lamp from our old lighthouse and get it working? I'd love the clock working in the hallway again.", "Restore a brass lighthouse lamp.", "We'll get the lamp working again: £190 to strip, polish and rewire it, about three weeks."],
];

// a part with two words of its own has a second word to be traced by: its rest said is not enough
const TWO_WORDS: Array<[string, string, string, string, string]> = [
  ["sailmaking", "loft", "Can you recut the mainsail and the jib on my Contessa 26? Could the rigger and the splicer do both on one visit?", "Recut the mainsail and jib on a Contessa 26.", "The mainsail and jib recut is £520, and we will do both on one visit in May."],
  ["lamp restoration", "workshop", "Can you restore the brass lamp from our old lighthouse? I'd love it working in the hallway by the staircase again.", "Restore a brass lighthouse lamp.", "We'd love to get it working again: £190 to strip, polish and rewire the lamp, about three weeks."],
  ["bookbinding", "bindery", "Could you rebind my grandmother's family bible in leather? Is gilding on the clasps included?", "Rebind a family bible in leather.", "A full leather rebind of the bible is £260, and the gold lettering on the spine is included."],
];

const partial = { intentDrift: true, intentDriftKind: "partial" };

afterEach(() => tuneDrift());

describe("a part traced by one word whose rest one text says was restated there (restatedPart)", () => {
  it.each(RESTATED)("%s: no partial loss", async (_domain, desk, ask, summary, reply) => {
    const s = await scores(steps(desk, ask, summary, reply));
    expect(s.intentDriftKind).not.toBe("partial");
    expect(s.intentDrift).toBe(false);
  });

  it.each(RESTATED)("%s: without the rule, partial loss (the false alarm it removes)", async (_domain, desk, ask, summary, reply, path) => {
    tuneDrift({}, ["restatedPart"]);
    expect(await scores(steps(desk, ask, summary, reply))).toMatchObject({ ...partial, intentPath: path });
  });

  it.each(NOT_RESTATED)("near miss, %s: the rest not said is still partial loss", async (_domain, desk, ask, summary, reply) => {
    expect(await scores(steps(desk, ask, summary, reply))).toMatchObject(partial);
  });

  it.each(TIME_ONLY)("near miss, %s: only a time said is still partial loss", async (_domain, desk, ask, summary, reply) => {
    expect(await scores(steps(desk, ask, summary, reply))).toMatchObject({ ...partial, intentPath: "lostPart" });
  });

  it.each(SHARED)("near miss, %s: a word another part has, said, is still partial loss", async (_domain, desk, ask, summary, reply) => {
    expect(await scores(steps(desk, ask, summary, reply))).toMatchObject({ ...partial, intentPath: "lostPart" });
  });

  it.each(TWO_WORDS)("near miss, %s: a part of two words of its own is still partial loss", async (_domain, desk, ask, summary, reply) => {
    expect(await scores(steps(desk, ask, summary, reply))).toMatchObject(partial);
  });
});

// The drift25c rule `restatedPart` (intent-restated.ts, read by intent.ts unaddressedPart): a part of
// the ask that reached the agents and is traced by one word of its own is taken up when an agent says
// every other word of it, naming its thing otherwise (a word the vectors do not pair, or nothing).
// Failure cases (partial loss read before the rule) and near misses (the rest not said; only a time
// said; the rest a word another part has; a part that reached no agent, which lostPart still reads
// as lost) in domains in no evaluation corpus: lamp restoration, bookbinding, tea blending, sailmaking.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, type Step } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const scores = async (steps: Step[]) => (await analyzeConversation(conversation(steps), DEFAULT_SETTINGS)).scores;
const steps = (desk: string, ask: string, summary: string, reply: string): Step[] => [{ user: ask }, { handoff: ["front-desk", desk], summary }, { agent: reply }];

const LAMP = "Can you restore the brass lamp from our old lighthouse? I'd love it working in the hallway again.";
const BIBLE = "Could you rebind my grandmother's family bible in leather? Is gilding included?";
const TEA = "Please blend 2 kg of our house breakfast tea for the café. Is delivery included?";
const LAMP_HANDED = "Restore a brass lighthouse lamp; wants it working in the hallway again.";
const BIBLE_HANDED = "Rebind a family bible in leather; asks whether gilding is included.";
const TEA_HANDED = "2 kg of the house breakfast blend for the café; asks whether delivery is included.";

// [domain, desk, ask, summary (the part handed on), reply (the part's rest said, its thing named otherwise or not at all)]
const RESTATED: Array<[string, string, string, string, string]> = [
  ["lamp restoration", "workshop", LAMP, LAMP_HANDED, "We'd love to get it working again: £190 to strip, polish and rewire the lamp, about three weeks."],
  ["bookbinding", "bindery", BIBLE, BIBLE_HANDED, "A full leather rebind of the bible is £260, and the gold lettering on the spine is included."],
  ["tea blending", "blending", TEA, TEA_HANDED, "2 kg of the house breakfast blend is £64, and the courier to your café is included."],
];

// the same asks, the part's rest not said
const NOT_RESTATED: Array<[string, string, string, string, string]> = [
  ["lamp restoration", "workshop", LAMP, LAMP_HANDED, "The brass lamp restoration is £190, about three weeks."],
  ["bookbinding", "bindery", BIBLE, BIBLE_HANDED, "A full leather rebind of the bible is £260, ready in six weeks."],
  ["tea blending", "blending", TEA, TEA_HANDED, "2 kg of the house breakfast blend is £64, ready on Friday."],
];

// the rest is a time only: when, not what ("today" said of another thing restates nothing)
const TIME_ONLY: Array<[string, string, string, string, string]> = [
  ["lamp restoration", "workshop", "Can you restore the brass lamp from our old lighthouse? Could a courier collect it today?", "Restore a brass lighthouse lamp; a courier to collect it today.", "The brass lamp restoration is £190; I can start on it today."],
  ["bookbinding", "bindery", "Could you rebind my grandmother's family bible in leather? Could a courier collect it today?", "Rebind a family bible in leather; a courier to collect it today.", "A full leather rebind of the bible is £260, and I can begin today."],
  ["tea blending", "blending", "Please blend 2 kg of our house breakfast tea for the café. Could a van collect it today?", "2 kg of the house breakfast blend for the café; a van to collect it today.", "2 kg of the house breakfast blend is £64, and it will be blended today."],
];

// the rest is a word another part has too: said of that part, it restates neither
const SHARED: Array<[string, string, string, string, string]> = [
  ["lamp restoration", "workshop", "Can you restore the brass lamp from our old lighthouse and get it working? I'd love the clock working in the hallway again.", "Restore a brass lighthouse lamp and get it working; wants the clock working in the hallway again.", "We'll get the lamp working again: £190 to strip, polish and rewire it, about three weeks."],
  ["bookbinding", "bindery", "Could you rebind my grandmother's family bible and include a slipcase? Is gilding included?", "Rebind a family bible with a slipcase; asks whether gilding is included.", "A full rebind of the bible is £260, and the slipcase is included."],
  ["tea blending", "blending", "Please blend 2 kg of our house breakfast tea and include a tasting tin. Is delivery included?", "2 kg of the house breakfast blend and a tasting tin; asks whether delivery is included.", "2 kg of the house breakfast blend is £64, and the tasting tin is included."],
];

// no summary handed the part on and no agent named it: its rest said downstream is no evidence it reached an agent (lostPart)
const NEVER_HANDED: Array<[string, string, string, string, string]> = [
  ["lamp restoration", "workshop", LAMP, "Restore a brass lighthouse lamp.", "We'd love to get it working again: £190 to strip, polish and rewire the lamp, about three weeks."],
  ["sailmaking", "loft", "Can you recut the mainsail and the jib on my Contessa 26? Could the rigger do both on one visit?", "Recut the mainsail and jib on a Contessa 26.", "The mainsail and jib recut is £520, and we will do both on one visit in May."],
];

const partial = { intentDrift: true, intentDriftKind: "partial" };

afterEach(() => tuneDrift());

describe("a part handed on, traced by one word, whose rest an agent says was taken up (restatedPart)", () => {
  it.each(RESTATED)("%s: no partial loss", async (_domain, desk, ask, summary, reply) => {
    const s = await scores(steps(desk, ask, summary, reply));
    expect(s.intentDriftKind).not.toBe("partial");
    expect(s.intentDrift).toBe(false);
  });

  it.each(RESTATED)("%s: without the rule, partial loss (the false alarm it removes)", async (_domain, desk, ask, summary, reply) => {
    tuneDrift({}, ["restatedPart"]);
    expect(await scores(steps(desk, ask, summary, reply))).toMatchObject({ ...partial, intentPath: "unaddressedPart" });
  });

  it.each(NOT_RESTATED)("near miss, %s: the rest not said is still partial loss", async (_domain, desk, ask, summary, reply) => {
    expect(await scores(steps(desk, ask, summary, reply))).toMatchObject({ ...partial, intentPath: "unaddressedPart" });
  });

  it.each(TIME_ONLY)("near miss, %s: only a time said is still partial loss", async (_domain, desk, ask, summary, reply) => {
    expect(await scores(steps(desk, ask, summary, reply))).toMatchObject({ ...partial, intentPath: "unaddressedPart" });
  });

  it.each(SHARED)("near miss, %s: a word another part has, said, is still partial loss", async (_domain, desk, ask, summary, reply) => {
    expect(await scores(steps(desk, ask, summary, reply))).toMatchObject({ ...partial, intentPath: "unaddressedPart" });
  });

  it.each(NEVER_HANDED)("near miss, %s: a part no summary handed on is still lost", async (_domain, desk, ask, summary, reply) => {
    expect(await scores(steps(desk, ask, summary, reply))).toMatchObject({ ...partial, intentPath: "lostPart" });
  });
});

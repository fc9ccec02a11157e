// A part the first agent took up with the user before handing on reached an agent (intent.ts
// lostPart, RULE.answeredFirst; issue 12, drift13p): "Is my Leica ready? Also do you do loan
// cameras?" → the front desk answers about loans, the user asks on, then the desk hands the rest
// on. A message the user did not answer before the handoff is routing, however much of the ask it
// repeats, and a part dropped at that handoff is still lost. Near misses and failure cases in
// domains in no evaluation corpus (canoe hire, bookbinding, beekeeping supplies).
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, type Step } from "./conversation.test-util";
import { tuneDrift } from "./drift-tuning";
import { analyzeConversation } from "./run-scorers";

const scores = async (s: Step[]) => (await analyzeConversation(conversation(s), DEFAULT_SETTINGS)).scores;

afterEach(() => tuneDrift());

// [domain, ask, the first agent on the second part, the user's follow-up, summary, final reply, second part]
const CASES: Array<[string, string, string, string, string, string, string]> = [
  ["canoe hire", "Can you extend my canoe hire CH-204 to Sunday? Also do you sell waterproof phone pouches?", "Yes, we sell waterproof pouches at the kiosk for £8.", "great, I'll grab one there", "CH-204: extend the hire to Sunday.", "Done, CH-204 now runs to Sunday evening.", "do you sell waterproof phone pouches"],
  ["bookbinding", "Please rebind my grandmother's bible, order BB-771. And do you emboss initials on the cover?", "We do emboss initials, gold or blind, £15 extra.", "lovely, gold please", "BB-771: rebind the family bible.", "Your bible rebinding is booked for three weeks.", "do you emboss initials on the cover"],
  ["beekeeping supplies", "Please send me a replacement queen excluder for order HV-3302. And is fondant better than syrup for winter?", "For winter, fondant is better: syrup can chill the colony.", "ok thanks, noted", "HV-3302: replacement queen excluder to send.", "A new queen excluder is on its way for HV-3302.", "is fondant better than syrup for winter"],
];

describe("a part the first agent took up with the user reached an agent", () => {
  it.each(CASES)("near miss, %s: no partial loss, and partial loss with the rule off", async (_d, ask, answer, followUp, summary, reply) => {
    const s: Step[] = [{ user: ask }, { agent: "front", says: answer }, { user: followUp }, { from: "front", to: "desk", summary }, { agent: "desk", says: reply }];
    expect(await scores(s)).not.toMatchObject({ intentDriftKind: "partial" });
    tuneDrift({}, ["answeredFirst"]);
    expect(await scores(s)).toMatchObject({ intentDrift: true, intentDriftKind: "partial" });
  });

  it.each(CASES)("failure case, %s: the same words in a message the user did not answer before the handoff carry nothing on", async (_d, ask, answer, _f, summary, reply, part) => {
    const s: Step[] = [{ user: ask }, { agent: "front", says: answer }, { from: "front", to: "desk", summary }, { agent: "desk", says: reply }];
    expect(await scores(s)).toMatchObject({ intentDrift: true, intentDriftKind: "partial", intentLostPart: part });
  });
});

// False alarms of the drift12g round (docs/evaluation.md), fixed by their causes: the action asked
// for named by a particle ("my money back") or a noun ("a full refund") and done by a verb of the
// same WordNet action ("reimburse"); and a bare verb after a statement with its own subject ("every time I go up the hill and *push*
// hard"), which is no imperative. Failure cases and near misses in domains in no evaluation corpus
// (pottery studio, hot tub hire, piano removals, archery club, bookbinding, allotments); switching
// a rule off (drift-tuning.ts) must make its near misses drift again, which each block checks.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift, type DriftRule } from "./drift-tuning";
import { offlineAssess, type IntentAssessment } from "./judge-offline";
import { parseText } from "./nlp/parse";
import { driftOrOtherThing } from "./fixture.test-util";

const judge = (ask: string, interpretation: string) => offlineAssess(ask, interpretation, { fromIntentEvent: true });
const drifts = (v: IntentAssessment) => v.score !== null && v.score < 0.5;

afterEach(() => tuneDrift());

// [rule, domain, ask, paraphrase (no drift), another thing done (judged as without the rule)]
const CASES: Array<[DriftRule, string, string, string, string]> = [
  ["wantBack", "pottery studio", "The class was cancelled twice, I just want my money back. Nothing else.", "repay the student's fee for the cancelled wheel sessions", "enrol the student on next term's wheel course instead"],
  ["wantBack", "hot tub hire", "The tub arrived with a split cover, we'd like our money back. Hire HT-2201.", "reimburse the hirer for the damaged spa on HT-2201", "sell the customer a garden sauna kit"],
  ["wantBack", "piano removals", "Your movers never came on Saturday, can I get my deposit back?", "repay the customer's booking deposit for the missed move", "quote for tuning the customer's harpsichord"],
  ["nounAction", "archery club", "Customer is done with the bow after two restrings; wants a full refund, not another restring.", "Reimburse the full price of the recurve rather than attempt another repair", "Sell the customer a new recurve rather than attempt another repair"],
  ["nounAction", "bookbinding", "Client wants a refund for the late rebinding of the family bible.", "Repay the client's rebinding charge for the family bible", "Quote the client for a leather photo album"],
  ["nounAction", "allotments", "Can I have a refund of this year's plot rent after the flood?", "Reimburse the tenant's plot rent for this year", "Cancel the tenant's beekeeping course and close the account"],
];
const verdict = (v: IntentAssessment) => (v.score === null ? "abstain" : drifts(v) ? "drift" : "preserved");

describe("the action asked for, named by a particle or a noun", () => {
  it.each(CASES)("%s, %s: a paraphrase is no drift; another thing done is judged as without the rule", (rule, _d, ask, paraphrase, other) => {
    expect(drifts(judge(ask, paraphrase))).toBe(false);
    const on = verdict(judge(ask, other));
    tuneDrift({}, [rule]);
    expect(on).toBe(verdict(judge(ask, other)));
    expect(on).not.toBe("preserved");
  });
  it.each(["wantBack", "nounAction"] as DriftRule[])("%s off: some of its paraphrases are read as another thing done again", (rule) => {
    tuneDrift({}, [rule]);
    expect(CASES.filter(([r, , ask, paraphrase]) => r === rule && driftOrOtherThing(judge(ask, paraphrase))).length).toBeGreaterThan(0);
  });
});

describe("a bare verb after a statement with its own subject is that subject's verb, not an imperative", () => {
  const requests = (text: string) => parseText(text).clauses.filter((c) => c.request).map((c) => c.text);
  it.each([
    ["allotments", "I go to the allotment every Sunday and water the beans there", "water the beans there"],
    ["archery club", "every week we shoot at the long range and collect the arrows by hand", "collect the arrows by hand"],
    ["hot tub hire", "when I lift the lid and switch the jets on the breaker trips", "switch the jets on the breaker trips"],
  ])("%s: no request", (_d, text, part) => {
    expect(requests(text)).not.toContain(part);
  });
  it.each([
    ["allotments", "Please cancel my plot and refund the deposit", ["Please cancel my plot", "refund the deposit"]],
    ["pottery studio", "I moved house and please update my address", ["please update my address"]],
    ["bookbinding", "Rebind the cookbook and add a ribbon marker", ["Rebind the cookbook", "add a ribbon marker"]],
  ])("near miss, %s: a request, or an imperative after one, still asks", (_d, text, parts) => {
    for (const p of parts) expect(requests(text)).toContain(p);
  });
});

describe("a request that names only what it does not want ('… without a whole new window?') takes its thing from the message", () => {
  const CASES: Array<[string, string, string, string]> = [
    ["hot tub hire", "The cover has split and the water's freezing. Can it be fixed without a whole new tub?", "Repair the split hot tub cover so the water stays warm", "Sell the customer a garden sauna kit"],
    ["piano removals", "The lid hinge on our piano snapped in the move. Can it be sorted without a new lid?", "Repair the snapped piano lid hinge", "Quote for tuning the customer's harpsichord"],
    ["bookbinding", "The spine of my grandmother's bible is cracked. Could you do it without new covers?", "Mend the cracked spine of the family bible", "Enrol the customer on a calligraphy course"],
  ];
  it.each(CASES)("%s: judged (no abstention for 'no content words'); a paraphrase is kept, another thing is not", (_d, ask, paraphrase, other) => {
    const kept = judge(ask, paraphrase);
    expect(kept.score).not.toBeNull();
    expect(drifts(kept)).toBe(false);
    const v = judge(ask, other);
    expect(v.score === null || drifts(v)).toBe(true);
  });
  it("near miss: a refusal ('Please don't renew my archery membership') is still compared as a refusal", () => {
    expect(drifts(judge("Please don't renew my archery membership.", "Member wants the archery membership renewed"))).toBe(true);
    expect(drifts(judge("Please don't renew my archery membership.", "Member wants the archery membership to lapse"))).toBe(false);
  });
  it("onlyWithout off: the asks name nothing to compare", () => {
    tuneDrift({}, ["onlyWithout"]);
    expect(CASES.filter(([, ask, paraphrase]) => judge(ask, paraphrase).score === null).length).toBeGreaterThan(0);
  });
});

// Stopping a thing for a time is not ending it (issue 12, drift14r): "freeze my membership till
// then" read as "cancel Ingrid's membership", "put the weekly cleaning on hold until March" as
// "terminate contract", "put my membership on hold for 2 months" as "I've closed your membership"
// (blind-i1 and blind-i2, two authors) were read as preserved or left open, because the ending
// relation (lexicon.ts ENDING) counted freeze and suspend as ending actions, the same intent as
// cancel, and "on hold" was no action at all. Failure cases and near misses in domains no corpus
// covers (a streaming service, a newspaper delivery, a car insurance policy).
import { describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { offlineAssess } from "./judge-offline";
import { parseText } from "./nlp/parse";

const judge = (ask: string, interpretation: string) => offlineAssess(ask, interpretation, { fromIntentEvent: true });

const CASES = [
  ["streaming service", "I'm travelling for work until June, can you pause my StreamBox subscription until then?", "cancel the customer's StreamBox subscription", "pause the customer's StreamBox subscription until June"],
  ["newspaper delivery", "We're away for three weeks, could you put the paper deliveries on hold till the 20th?", "Customer wants the newspaper deliveries discontinued", "Customer wants the newspaper deliveries suspended until the 20th"],
  ["car insurance", "The car is off the road for repairs, please freeze my policy for a month.", "terminate the customer's car insurance policy", "freeze the car insurance policy for one month"],
] as const;

describe("a pause read as an ending for good is antonym drift", () => {
  it.each(CASES)("%s: drift", (_domain, ask, ended) => {
    const v = judge(ask, ended);
    expect(v.score).toBe(0.1);
    expect("driftKind" in v && v.driftKind).toBe("antonym");
  });

  it.each(CASES)("%s: near miss, the pause kept", (_domain, ask, _ended, paused) => {
    const v = judge(ask, paused);
    expect(v.score!).toBeGreaterThanOrEqual(0.5);
  });

  it("a pause that says what ends meanwhile is kept", () => {
    const v = judge("Could you freeze my gym membership for two months?", "I've paused your gym membership for two months and ended this month's billing");
    expect(v.score!).toBeGreaterThanOrEqual(0.5);
  });

  it("an action that may itself be temporary is no ending for good", () => {
    const v = judge("Please freeze my card for now, I think I left it at the pub.", "Customer wants the card blocked for now");
    expect(v.score === null || v.score >= 0.5).toBe(true);
  });

  it("'on hold' is the action suspend, stated (not asked) after 'be'", () => {
    const [asked] = parseText("Could you put my order on hold?").terms.filter((t) => t.lemma === "suspend");
    expect(asked).toMatchObject({ pos: "VERB", inPhrase: false });
    expect(asked.state).toBeUndefined();
    const [stated] = parseText("My order is on hold.").terms.filter((t) => t.lemma === "suspend");
    expect(stated.state).toBe(true);
  });

  it("switched off, a pause and an ending are read as before", () => {
    tuneDrift({}, ["pauseNotEnd"]);
    try {
      const [, ask, ended] = CASES[2];
      expect(judge(ask, ended).score!).toBeGreaterThanOrEqual(0.5);
    } finally {
      tuneDrift();
    }
  });
});

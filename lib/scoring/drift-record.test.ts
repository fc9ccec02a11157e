import { describe, expect, it } from "vitest";
import { DriftRecord, driftRuleRecord, isRuleDriftFlag, ruleRecord } from "./drift-record";

const record: DriftRecord = {
  source: "test",
  corpora: ["x"],
  conversations: 60,
  labelledDrift: 12,
  rules: { lostPart: { flagged: 45, right: 37 }, "objection>otherThing": { flagged: 6, right: 5 } },
};

describe("ruleRecord", () => {
  it("gives a known rule's flags and how many were right", () => {
    expect(ruleRecord("lostPart", record)).toEqual({ flagged: 45, right: 37 });
    expect(ruleRecord("objection>otherThing", record)).toEqual({ flagged: 6, right: 5 });
  });

  it("gives null for a rule that raised no held-out flag, a near miss of a known one, and no rule", () => {
    expect(ruleRecord("objection>lostPart", record)).toBeNull();
    expect(ruleRecord("otherThing", record)).toBeNull(); // the step after "objection>", not the path
    expect(ruleRecord("toString", record)).toBeNull(); // an Object.prototype name is no rule
    expect(ruleRecord(null, record)).toBeNull();
    expect(ruleRecord(undefined, record)).toBeNull();
  });

  it("reads the committed file: every rule right at most as often as it flagged", () => {
    const r = ruleRecord("lostPart");
    expect(r).not.toBeNull();
    expect(r!.right).toBeLessThanOrEqual(r!.flagged);
  });

  it("refuses a record with more right than flagged", () => {
    expect(() => DriftRecord.parse({ ...record, rules: { antonym: { flagged: 2, right: 3 } } })).toThrow(/right ≤ flagged/);
  });
});

describe("driftRuleRecord", () => {
  const drift = { intentDrift: true, intentJudge: "offline", intentPath: "lostPart" } as const;
  it("shows the record of an offline drift flag's rule", () => {
    expect(driftRuleRecord(drift)).toEqual(ruleRecord("lostPart"));
  });
  it("shows none for a preserved verdict, an abstention, an LLM judge's flag or no scores", () => {
    expect(driftRuleRecord({ ...drift, intentDrift: false })).toBeNull();
    expect(driftRuleRecord({ ...drift, intentDrift: null })).toBeNull();
    expect(driftRuleRecord({ ...drift, intentJudge: "gpt-4o-mini", intentPath: "objection>judge" })).toBeNull();
    expect(driftRuleRecord({ ...drift, intentJudge: "gpt-4o-mini" })).toBeNull();
    expect(driftRuleRecord(null)).toBeNull();
  });
});

describe("isRuleDriftFlag", () => {
  it("is an offline drift flag naming its rule, not a preserved verdict, an LLM's flag or a flag naming no rule", () => {
    const drift = { intentDrift: true, intentJudge: "offline", intentPath: "antonym" };
    expect(isRuleDriftFlag(drift)).toBe(true);
    expect(isRuleDriftFlag({ ...drift, intentPath: "objection>never-seen" })).toBe(true); // a rule without a held-out record still has reviews
    expect(isRuleDriftFlag({ ...drift, intentDrift: false })).toBe(false);
    expect(isRuleDriftFlag({ ...drift, intentJudge: "llama-3.1-8b" })).toBe(false);
    expect(isRuleDriftFlag({ ...drift, intentPath: null })).toBe(false);
    expect(isRuleDriftFlag(null)).toBe(false);
  });
});

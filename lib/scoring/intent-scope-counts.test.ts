// Scope by number and part (issue 12, drift13r): "*one of* the 3 terracotta pots" (a partitive),
// "the *three* sash windows at the back" (a count) and "just a nail trim" against a "*full* groom"
// are a part of the things asked about, widened to all of them by the interpretation. Seen in
// three development corpora by three authors (blind-f, blind-g, blind-i2); the failure cases and
// near misses here are in domains no corpus covers (bakery, carpet cleaning, car valeting).
import { describe, expect, it } from "vitest";
import { offlineAssess, type IntentAssessment } from "./judge-offline";

const judge = (ask: string, interpretation: string) => offlineAssess(ask, interpretation, { fromIntentEvent: true });
const drifts = (v: IntentAssessment) => v.score !== null && v.score < 0.5;
const widened = (v: IntentAssessment) => drifts(v) && /widens it to all/.test(v.reason);

describe("a part of the things asked about, widened to all of them", () => {
  it.each([
    ["bakery (partitive)", "One of the four cakes in my order arrived squashed, could you replace it?", "Replace the whole cake order for the customer"],
    ["carpet cleaning (count)", "Can you quote to clean the two bedroom carpets upstairs?", "Quote to deep clean all the carpets in the house"],
    ["car valeting (full)", "Just a wash for the Audi please, I'll do the inside myself.", "Book a full valet for the Audi, inside and out"],
  ])("%s: drift", (_domain, ask, interpretation) => expect(widened(judge(ask, interpretation))).toBe(true));

  it.each([
    // the part kept
    ["bakery (partitive)", "One of the four cakes in my order arrived squashed, could you replace it?", "Replace the squashed cake from the customer's order"],
    // the count kept beside the quantifier: "all three"
    ["carpet cleaning (count)", "Can you quote to clean the three bedroom carpets upstairs?", "Quote to clean all three bedroom carpets upstairs"],
    // "full" on both sides
    ["car valeting (full)", "I'd like a full valet for the Audi please.", "Book a full valet for the Audi"],
  ])("%s: near miss, no scope drift", (_domain, ask, interpretation) => expect(widened(judge(ask, interpretation))).toBe(false));

  it("'every other week' alternates: a frequency, not all of the weeks", () => {
    const v = judge("Could my son have two piano lessons a week until his exam?", "Customer wants the piano lessons every other week until the exam");
    expect(/widens it to all/.test(v.reason)).toBe(false);
  });
});

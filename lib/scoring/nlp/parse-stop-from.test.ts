// "stop my pass *from renewing*": the action after "from", kept from happening, is not wanted (parse.ts stoppedFrom, rule
// `stopFrom`, thirty-sixth session): blind-be1's roller-disco pass, "please can you stop my disco pass from renewing
// every month?", answered "I've switched it back on … so your pass keeps rolling", was read as preserved — the ask's
// "renewing" was a wanted action that the answer kept. Near misses: "from" with no -ing form after it ("stop the
// letters from the old office"), a verb that prevents nothing ("save me from queuing" is no verb of preventing), and the
// renewal stopped as asked. Domains in no evaluation corpus: stair lift servicing, dry rot surveys.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "../drift-tuning";
import { parseText } from "./parse";
import { DEFAULT_SETTINGS } from "../../projects/settings";
import { conversation } from "../fixture.test-util";
import { analyzeConversation } from "../run-scorers";

const negatedOf = (text: string, word: string) => parseText(text).terms.find((t) => t.value.toLowerCase() === word)?.negated;

afterEach(() => tuneDrift());

describe("the action kept from happening", () => {
  it.each([
    ["stair lift servicing", "Please stop the service plan from renewing in March, we're selling the house.", "renewing"],
    ["dry rot surveys", "Can you keep your surveyor from sanding the joists on Friday? The resin is still curing.", "sanding"],
  ])("%s: negated", (_d, text, word) => {
    expect(negatedOf(text, word)).toBe(true);
  });

  it("the rule off: read as wanted", () => {
    tuneDrift({}, ["stopFrom"]);
    expect(negatedOf("Please stop the service plan from renewing in March, we're selling the house.", "renewing")).toBe(false);
  });

  it.each([
    ["stair lift servicing", "Please stop the letters from the old office address.", "letters"],
    ["dry rot surveys", "It would save me from queuing at the counter if you emailed it.", "queuing"],
  ])("near miss, %s: nothing kept from happening", (_d, text, word) => {
    expect(negatedOf(text, word)).toBe(false);
  });
});

describe("in a conversation", () => {
  const ask = "Hi, please can you stop my stair lift service plan from renewing every year? I've moved into a care home so won't need it any more. Plan SL-7720.";
  const judged = async (done: string) =>
    (await analyzeConversation(conversation([{ user: ask }, { agent: "Thanks, passing you to plans." }, { handoff: ["front", "plans"] }, { agent: done }, { user: "ok" }]), DEFAULT_SETTINGS)).scores;
  const KEPT = "I can see your renewal had failed because the old card expired. I've switched it back on against your new card, so your plan keeps going.";
  const ENDED = "Done: SL-7720 will end at its next date and won't renew; all the best with the move.";

  it("stair lift servicing: the renewal switched back on is drift", async () => {
    expect((await judged(KEPT)).intentDrift).toBe(true);
  });

  it("near miss: the plan left to end is no drift", async () => {
    expect((await judged(ENDED)).intentDrift).toBe(false);
  });

  it("the rule off: the kept renewal is read as preserved, and the plan left to end as the opposite of a wanted renewal", async () => {
    tuneDrift({}, ["stopFrom"]);
    expect((await judged(KEPT)).intentDrift).toBe(false);
    expect((await judged(ENDED)).intentDrift).toBe(true);
  });
});

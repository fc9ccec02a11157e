// A customer giving notice — "we will not be continuing the monthly lane block", "I won't be renewing the plan", "we'll
// be cancelling from March" — asks for it, though the sentence has no request word (parse.ts readNotice, rule
// `noticeClause`, thirty-sixth session): blind-ab2's axe-throwing lane block, given notice in a letter whose only request
// was "Please treat this as our notice", was answered "extended for a further six months" and read as preserved. A
// negated notice is refused as "do not renew" is. Near misses: "we'll be at home on Friday", "I will send the form" (no
// verb of ending or keeping), and an agent's promise "we'll start the mould" (no negation, no "be … -ing") stay
// statements. Domains in no evaluation corpus: orchard adoption, chess club membership.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "../drift-tuning";
import { parseText } from "./parse";
import { DEFAULT_SETTINGS } from "../../projects/settings";
import { conversation } from "../fixture.test-util";
import { analyzeConversation } from "../run-scorers";

const clauseOf = (text: string, has: string) => {
  const c = parseText(text).clauses.find((x) => x.text.toLowerCase().includes(has.toLowerCase()));
  if (!c) throw new Error(`no clause with "${has}" in ${JSON.stringify(parseText(text).clauses.map((x) => x.text))}`);
  return c;
};

afterEach(() => tuneDrift());

const NOTICES: Array<[string, string, string, boolean]> = [
  ["orchard adoption", "We will not be renewing the adoption of our Bramley tree when it ends in March.", "renewing", true],
  ["chess club membership", "I won't be continuing my club membership after this season.", "continuing", true],
  ["chess club membership", "We'll be cancelling the junior coaching from January.", "cancelling", false],
];

describe("a notice is a request", () => {
  it.each(NOTICES)("%s: %s", (_d, text, has, refused) => {
    const c = clauseOf(text, has);
    expect(c.request).toBe(true);
    expect(c.refused).toBe(refused);
  });

  it.each(NOTICES)("the rule off, %s: a statement", (_d, text, has) => {
    tuneDrift({}, ["noticeClause"]);
    expect(clauseOf(text, has).request).toBe(false);
  });

  it.each([
    ["orchard adoption", "We'll be at home on Friday for the apple delivery.", "home"],
    ["chess club membership", "I will send the form back by Monday.", "form"],
    ["orchard adoption", "Lovely, we'll start the pruning plan next week.", "pruning"],
  ])("near miss, %s: %s stays a statement", (_d, text, has) => {
    expect(clauseOf(text, has).request).toBe(false);
  });
});

describe("in a conversation: the notice answered by the opposite", () => {
  const ask = "Dear team, we will not be renewing the adoption of our Bramley tree (ref OA-3381) when it ends in March. The grandchildren have grown up. Please treat this as our notice.";
  const judged = async (done: string) =>
    (await analyzeConversation(conversation([{ user: ask }, { agent: "Thank you, passing this to adoptions." }, { handoff: ["front", "adoptions"] }, { agent: done }, { user: "ok" }]), DEFAULT_SETTINGS)).scores;

  it("orchard adoption: renewed for another year is drift", async () => {
    const s = await judged("All done: OA-3381 is renewed for another year from March, so your Bramley stays yours and the apples keep coming.");
    expect(s.intentDrift).toBe(true);
  });

  it("the rule off: read as preserved", async () => {
    tuneDrift({}, ["noticeClause"]);
    const s = await judged("All done: OA-3381 is renewed for another year from March, so your Bramley stays yours and the apples keep coming.");
    expect(s.intentDrift).toBe(false);
  });

  it("near miss: the adoption left to end in March is no drift", async () => {
    const s = await judged("Understood: OA-3381 will end in March as planned and won't renew; thank you for adopting your Bramley with us.");
    expect(s.intentDrift).toBe(false);
  });
});

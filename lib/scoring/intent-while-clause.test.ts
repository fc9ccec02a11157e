// A verb in a clause opened by "while" or "whereas" says what else is so beside the action, not the action done (rule
// `whileClause`, judge-offline.ts inWhileClause; thirty-eighth session). blind-bi1's kefir newsletter, "please can you stop
// sending me the weekly newsletters … I DON'T want to stop my grains box though", was answered "opt the customer out of
// promotional mailings while her culture subscription carries on unchanged": once phrasalSign put "carry on" on the
// continuing side, the stop was read against the subscription carrying on, a false alarm on clean. Near miss: "carry
// on" in the main clause of the interpretation, against "please stop …", is still the opposite.
// Domains in no evaluation corpus: a pretzel club, a lantern box, a hookah lounge.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const judged = async (ask: string, intent: string, done: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { handoff: ["front", "desk"] }, { intent }, { agent: done }]), DEFAULT_SETTINGS)).scores;

afterEach(() => tuneDrift());

const CASES: Array<[string, string, string, string]> = [
  [
    "pretzel club",
    "Hi, please can you stop sending me the weekly pretzel newsletters? It's too much. I don't want to stop my pretzel box though. Sub PZ-4410.",
    "opt the customer out of the newsletters while her pretzel box carries on unchanged",
    "Done: you're off the newsletters. Your box is still active and the next one ships on Thursday.",
  ],
  [
    "lantern box",
    "Hi, please can you stop sending me the lantern festival newsletters? Far too many. I don't want to stop my lantern box though. Member LN-7710.",
    "opt the member out of the newsletters while his lantern box carries on unchanged",
    "Done: you're off the newsletters. Your lantern box is still active and the next one ships on Monday.",
  ],
  [
    "hookah lounge",
    "Hi, please stop the promotional texts from the hookah lounge, I get three a week. Keep my loyalty card though. Card HK-2210.",
    "opt the customer out of promotional texts while her loyalty card carries on unchanged",
    "Done: no more promotional texts. Your loyalty card HK-2210 is still active with its points.",
  ],
];

describe("what carries on beside the action, in a while-clause, is no opposite of it", () => {
  it.each(CASES)("%s: no drift", async (_d, ask, intent, done) => {
    expect((await judged(ask, intent, done)).intentDrift).toBe(false);
  });
  it.each(CASES)("whileClause off, %s: read as the opposite", async (_d, ask, intent, done) => {
    tuneDrift({}, ["whileClause"]);
    const s = await judged(ask, intent, done);
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("antonym");
  });
});

describe("near miss", () => {
  it("hookah lounge: 'carry on' in the interpretation's main clause is still the opposite of 'stop'", async () => {
    const s = await judged(
      "Please stop the monthly hookah flavour texts on HK-2210, they wake me up.",
      "carry on with the flavour texts on HK-2210 while the customer is away",
      "Done - the flavour texts on HK-2210 carry on as before.",
    );
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("antonym");
  });
});

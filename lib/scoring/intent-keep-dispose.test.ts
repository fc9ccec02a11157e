// Rule `keepNotDispose` (lexicon.ts keepsAgainstDisposal, judge-offline.ts opposed): keeping a thing ("please keep
// the moulds after this casting") against getting rid of it ("dispose of the moulds", "sent for recycling") is an
// antonym; WordNet states none between them. Near misses: keeping one thing and disposing of another is no drift;
// the same thing kept is no drift; with the rule off the opposite act is not read.
// Domains in no evaluation corpus: bridal gown preservation, a theatre prop store, museum loan crates.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, handedOn } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

// [domain, ask, summary, answer, the final statement that gets rid of the thing, a statement that keeps one thing and disposes of another]
type Case = [string, string, string, string, string, string];
const CASES: Case[] = [
  ["bridal gown preservation", "Our daughter's wedding was lovely. Please keep the gown in your archive box after cleaning, she wants it for her own daughter one day.", "Gown cleaned; customer asks about the archive box.", "All done, the cleaning went well.", "Dispose of the gown after cleaning as it is not wanted.", "Keep the gown in an archive box and dispose of the old garment bag."],
  ["theatre prop store", "The panto is over. Please store the giant beanstalk in your warehouse until next season, we will reuse it.", "Beanstalk from the panto; customer mentions next season.", "The crew will collect it on Monday.", "Destroy the giant beanstalk after collection.", "Store the giant beanstalk and destroy the broken cow costume."],
  ["museum loan crates", "When the Roman coins come back from the loan, please retain the custom crates, we need them for the next tour.", "Coins returning from loan; crates mentioned.", "The coins arrive on 3 June and will be checked in by the registrar.", "Discard the custom crates once the coins are unpacked.", "Retain the custom crates and discard the packing foam."],
];

const score = async (ask: string, summary: string, answer: string, intent: string) => (await analyzeConversation(conversation(handedOn(ask, summary, answer, "thanks", intent)), DEFAULT_SETTINGS)).scores;

describe("rule keepNotDispose: keeping a thing against getting rid of it is an antonym", () => {
  afterEach(() => tuneDrift());
  it.each(CASES)("%s: the thing asked kept is got rid of: antonym", async (_d, ask, summary, answer, disposes) => {
    const s = await score(ask, summary, answer, disposes);
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("antonym");
  });
  it.each(CASES)("near miss, %s: the thing kept, another disposed of: no drift", async (_d, ask, summary, answer, _disposes, both) => {
    expect((await score(ask, summary, answer, both)).intentDrift).toBe(false);
  });
  it("keepNotDispose off: the opposite act is not read", async () => {
    tuneDrift({}, ["keepNotDispose"]);
    for (const [, ask, summary, answer, disposes] of CASES) expect((await score(ask, summary, answer, disposes)).intentDriftKind).not.toBe("antonym");
  });
});

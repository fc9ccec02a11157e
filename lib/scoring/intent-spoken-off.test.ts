// "off" heard as "of" by speech-to-text (rule `spokenOff`, nlp/parse.ts), from blind-z1's bluecheese-waitlist:
// "hi can you take me of the waiting list for the blue cheese weekend" was read as no removal, so an
// interpretation that kept the caller on the list and added her to another kept the ask. In unpunctuated
// text, a verb, its object pronoun and "of" is the phrasal verb "… off" where WordNet has it. Near misses:
// the removal done; "remind me of" (no phrasal "remind off"); a noun object ("a photo of the list");
// punctuated text, read as typed.
// Domains in no evaluation corpus: glacier guiding, organ building, pearl diving.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";
import { parseText } from "./nlp/parse";

const judged = async (ask: string, done: string, intent: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "Thanks, passing you on." }, { handoff: ["front", "desk"] }, { agent: done }, { intent }, { user: "ok" }]), DEFAULT_SETTINGS)).scores;

// [domain, spoken ask to take something off, the final agent keeping or adding it, its intent]
const KEPT_ON: Array<[string, string, string, string]> = [
  ["glacier guiding", "hi can you take me of the reserve list for the glacier crossing in june my knee is bad again", "You're still on the June glacier crossing reserve list, and I've added you to July as well.", "Climber wants to stay on the June glacier crossing reserve list and be added for July"],
  ["organ building", "hi can you take us of the list for the organ crawl on saturday the coach is too full for my dad", "You're both still on Saturday's organ crawl list, and I've added you to the Sunday crawl as well.", "Visitors want to stay on the Saturday organ crawl list and be added to the Sunday crawl"],
  ["pearl diving", "hi could you take us of the saturday dive roster we cant make it", "You're both still on Saturday's dive roster, and I've added you to Sunday's too.", "Divers want to stay on the Saturday dive roster and be added to Sunday's"],
];
// [domain, the same asks, the final agent doing them]
const DONE: Array<[string, string, string, string]> = [
  ["glacier guiding", "hi can you take me of the reserve list for the glacier crossing in june my knee is bad again", "Done: you're off the June glacier crossing reserve list.", "Climber wants to be taken off the June glacier crossing reserve list"],
  ["pearl diving", "hi could you take us of the saturday dive roster we cant make it", "You're both taken off Saturday's dive roster.", "Divers want to be taken off the Saturday dive roster"],
];

afterEach(() => tuneDrift());

describe("\"off\" heard as \"of\" in unpunctuated speech", () => {
  it.each(KEPT_ON)("%s: the removal asked for, kept or added instead: drift", async (_d, ask, done, intent) => {
    expect((await judged(ask, done, intent)).intentDrift).toBe(true);
  });
  it.each(DONE)("near miss, %s: the removal done: no drift", async (_d, ask, done, intent) => {
    expect((await judged(ask, done, intent)).intentDrift).toBe(false);
  });
  it("near miss: \"remind me of\", a noun object, and typed text keep their \"of\"", () => {
    const of = (text: string) => parseText(text).clauses.flatMap((c) => c.terms).some((t) => t.lemma === "remove");
    expect(of("can you remind me of the pearl dive times")).toBe(false);
    expect(of("can you take a photo of the organ pipes")).toBe(false);
    expect(of("Can you take me of the reserve list?")).toBe(false);
    expect(of("can you take me of the reserve list")).toBe(true);
  });
  it("spokenOff off: no removal read, no drift", async () => {
    tuneDrift({}, ["spokenOff"]);
    let drift = 0;
    for (const [, ask, done, intent] of KEPT_ON) if ((await judged(ask, done, intent)).intentDrift) drift++;
    expect(drift).toBe(0);
  });
});

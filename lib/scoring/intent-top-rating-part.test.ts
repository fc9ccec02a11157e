// Rule `topRatingPart` (intent-top-rating.ts, intent.ts standsAlone): a part of the ask read from a
// sentence of its own among the background of a long first message, which no agent names, is the
// weakest reading of a part; when the user resolved the conversation and rated the final answer 5 of
// 5, it is withdrawn and the conversation is judged on the rest of the evidence. Near misses keep the
// partial loss: the same part set beside the other request by "and", marked as one more by "also",
// the conversation rated 4, rated 5 in a project whose ratings are no evidence, and the rule off.
// Domains in no evaluation corpus: tortoise hibernation boarding, memoir ghost-writing, ice-fishing guides.
import { afterEach, describe, expect, it } from "vitest";
import type { EventRecord } from "../ingest/schemas";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, handedOn, withResolution } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const score = async (events: EventRecord[], ratingEvidence = true) => (await analyzeConversation(events, { ...DEFAULT_SETTINGS, ratingEvidence })).scores;

// [domain, background before, the request handled, the part on its own (a sentence), summary, final agent's answer, intent]
type Case = { domain: string; ask: (part: string) => string; part: string; joined: string; also: string; summary: string; last: string; intent: string };
const CASES: Case[] = [
  {
    domain: "tortoise hibernation boarding",
    ask: (part) => `Hi, our tortoise Gerald is 41 and my dad always did his hibernation in the garage fridge but dad has moved into sheltered housing now and none of us know how. Please book Gerald in for the full winter hibernation from 1 November, we've paid the deposit. ${part} The vet checked him last week and says he is a healthy weight.`,
    part: "Could someone ring my sister Maureen with the weekly weight checks?",
    joined: "Please book Gerald in for the full winter hibernation from 1 November, and could someone ring my sister Maureen with the weekly weight checks?",
    also: "Could someone also ring my sister Maureen with the weekly weight checks?",
    summary: "Owner wants tortoise Gerald (41) boarded for the full winter hibernation from 1 November; deposit paid; vet says healthy weight.",
    last: "Gerald has a space in our hibernation room from 1 November until his spring wake-up, and the deposit is already on your account.",
    intent: "Board the tortoise Gerald for his winter hibernation from 1 November.",
  },
  {
    domain: "memoir ghost-writing",
    ask: (part) => `Hello, my grandmother turns 90 in June and she has stories about the war years that nobody has written down, my uncle tried with a dictaphone but gave up after two sessions. I'd like to start the interviews for a short memoir in March. ${part} She hears better in the mornings so earlier is better.`,
    part: "Can the printed copies have large type for her?",
    joined: "I'd like to start the interviews for a short memoir in March, and can the printed copies have large type for her?",
    also: "Can the printed copies have large type for her too?",
    summary: "Client wants a short memoir for her grandmother's 90th in June; interviews to start in March; mornings suit the grandmother.",
    last: "Our writer Helen will visit your grandmother for the first recording session on Tuesday 4 March at 10am, and the book will be ready well before her birthday.",
    intent: "Start memoir interviews with the client's grandmother in March.",
  },
  {
    domain: "ice-fishing guides",
    ask: (part) => `We're four friends coming up for a stag weekend on the 14th and the groom has never fished in his life, last year we did go-karting and it was a bit of a let-down. Please put us down for a guided day on the lake on Saturday the 15th. ${part} We're all fine with the cold, honestly.`,
    part: "Is the heated shelter hire included in that price?",
    joined: "Please put us down for a guided day on the lake on Saturday the 15th, and is the heated shelter hire included in that price?",
    also: "Is the heated shelter hire included in that price as well?",
    summary: "Group of four (stag weekend) want a guided day on the lake on Saturday 15th; groom is a beginner.",
    last: "You're booked with our guide Arvid on Saturday 15th from 8am, four places, with a beginner's drill session for the groom first.",
    intent: "Book four people on a guided day on the lake on Saturday 15th.",
  },
];

const events = (c: Case, ask: string, csat?: number) => withResolution(conversation(handedOn(ask, c.summary, c.last, "brilliant, thanks", c.intent)), "resolved", csat);
const alone = (c: Case) => c.ask(c.part);
const joined = (c: Case) => c.ask("").replace(/(Please book Gerald[^.]*\.|I'd like to start[^.]*\.|Please put us down[^.]*\.)/, c.joined);
const also = (c: Case) => c.ask(c.also);

describe("rule topRatingPart: a part standing alone, against the user's top rating", () => {
  afterEach(() => tuneDrift());
  it.each(CASES.map((c) => [c.domain, c] as const))("%s: not rated, the part on its own reads as partial loss (the case the rule is for)", async (_, c) => {
    const s = await score(events(c, alone(c)));
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("partial");
  });
  it.each(CASES.map((c) => [c.domain, c] as const))("%s: resolved and rated 5: the part is withdrawn, no drift", async (_, c) => {
    const s = await score(events(c, alone(c), 5));
    expect(s.intentDrift).toBe(false);
    expect(s.intentLostPart).toBeNull();
  });
  it.each(CASES.map((c) => [c.domain, c] as const))("near miss, %s: rated 4: still partial loss", async (_, c) => {
    const s = await score(events(c, alone(c), 4));
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("partial");
  });
  it.each(CASES.map((c) => [c.domain, c] as const))("near miss, %s: the part joined to the request by \"and\", rated 5: still partial loss", async (_, c) => {
    const s = await score(events(c, joined(c), 5));
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("partial");
  });
  it.each(CASES.map((c) => [c.domain, c] as const))("near miss, %s: the part marked as one more (\"also\", \"too\", \"as well\"), rated 5: still partial loss", async (_, c) => {
    const s = await score(events(c, also(c), 5));
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("partial");
  });
  it.each(CASES.map((c) => [c.domain, c] as const))("near miss, %s: rated 5 in a project whose ratings are no evidence: still partial loss", async (_, c) => {
    expect((await score(events(c, alone(c), 5), false)).intentDrift).toBe(true);
  });
  it("topRatingPart off: rated 5, the part standing alone is still lost", async () => {
    tuneDrift({}, ["topRatingPart"]);
    for (const c of CASES) expect((await score(events(c, alone(c), 5))).intentDrift).toBe(true);
  });
});

// Readings of the thirty-fourth session, from blind-az1's three false alarms on clean (and one on a conversation
// labelled with other failures), each a clause of background read as a request and then named as the part of the
// ask no agent took up:
// - rule `statedTaste` (nlp/parse.ts): "love" and "like" in the simple present after a subject state a taste ("she
//   loves her riding more than anything", "my kids love the frogs"), not a wish; the conditional ("I'd love",
//   "we would really like"), no subject, and "I like to book …" stay wishes;
// - rule `conditionalWish`: a need or wish inside a condition ("I'm at the studio Tue-Thu *if you need to call*",
//   "in case you need them") asks for nothing;
// - rule `askedOfSpeaker`: someone asking the speaker ("the partners keep *asking me*") is what happens to the
//   speaker, not a request of the agents; an imperative or a question ("ask us before …") is still read by its form;
// - rule `gerundWish` (from blind-ba1's false alarm on clean: "the man from the council … muttered something *about
//   needing* permission for signs"): a request word in its -ing form after a preposition names a topic, no wish;
//   "I'm needing a new battery" stays one.
// Near misses: the wishes, needs and imperatives that stay requests, and a real second request dropped beside such
// a clause, which is still found. Domains in no evaluation corpus: blacksmithing courses, bobbin lacemaking,
// barrel restoring (cooperage).
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { parseText } from "./nlp/parse";
import { analyzeConversation } from "./run-scorers";

const RULES = ["statedTaste", "conditionalWish", "askedOfSpeaker"] as const;
const requests = (text: string) => parseText(text).clauses.map((c) => c.request);

afterEach(() => tuneDrift());

// [rule, domain, sentence read as no request]
const STATEMENTS: Array<[string, string, string]> = [
  ["statedTaste", "blacksmithing", "He loves the forge more than anything."],
  ["statedTaste", "lacemaking", "My daughter likes the Honiton patterns best."],
  ["statedTaste", "cooperage", "We love the smell of the old oak."],
  ["conditionalWish", "blacksmithing", "The starter kit has a spare apron in case you need one."],
  ["conditionalWish", "lacemaking", "I'm home Mon-Wed if you need to ring."],
  ["conditionalWish", "cooperage", "I can bring the barrel to the workshop myself if you want."],
  ["askedOfSpeaker", "blacksmithing", "The apprentices keep asking me when the forge reopens."],
  ["askedOfSpeaker", "lacemaking", "Everyone at the lace circle asks us where we bought it."],
  ["askedOfSpeaker", "cooperage", "My uncles keep asking me about it."],
  ["gerundWish", "blacksmithing", "The inspector muttered something about needing a permit for the forge."],
  ["gerundWish", "lacemaking", "My sister got told off for wanting a second pillow."],
  ["gerundWish", "cooperage", "The cooper talked about needing new oak staves for it."],
];

// [domain, sentence that stays a request]
const REQUESTS: Array<[string, string]> = [
  ["blacksmithing", "I'd love a place on the forge day."],
  ["lacemaking", "We would really like the Honiton pattern."],
  ["cooperage", "I like to book the barrel tour for Friday."],
  ["blacksmithing", "We need the apron back by June."],
  ["lacemaking", "I need to know if the Thursday class is on."],
  ["cooperage", "Please ask us before you varnish it."],
  ["blacksmithing", "Ask me before you charge the card."],
  ["lacemaking", "I want to ask about the evening class."],
  ["cooperage", "I'm needing a new hoop for the small barrel."],
];

describe("a taste, a condition, someone asking the speaker or a wish named as a topic is no request", () => {
  it.each(STATEMENTS)("%s, %s: “%s” asks nothing", (_rule, _d, text) => {
    expect(requests(text)).not.toContain(true);
  });

  it.each(STATEMENTS)("the rule off, %s, %s: “%s” was read as a request", (rule, _d, text) => {
    tuneDrift({}, [rule as (typeof RULES)[number]]);
    expect(requests(text)).toContain(true);
  });

  it.each(REQUESTS)("near miss, %s: “%s” stays a request", (_d, text) => {
    expect(requests(text)).toContain(true);
  });

  it("gerundWish: 'without asking' refuses nothing (the rule off, it read as a refusal)", () => {
    const refused = (text: string) => parseText(text).clauses.some((c) => c.refused);
    const text = "We booked the forge day for Saturday without asking the smith first.";
    expect(refused(text)).toBe(false);
    tuneDrift({}, ["gerundWish"]);
    expect(refused(text)).toBe(true);
  });
});

const judged = async (ask: string, summary: string, done: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "Thanks, passing you on." }, { handoff: ["triage", "bookings"], summary }, { agent: done }]), DEFAULT_SETTINGS)).scores;

// [domain, ask (one request and a clause of background of the rule's kind), summary with the request, final answer, the clause the rules off named]
const CLEAN: Array<[string, string, string, string, string]> = [
  [
    "blacksmithing",
    "My son Theo is booked on the Saturday blacksmith taster, ref BS-2281. Please move him to the Sunday session, his football match was moved. He loves the forge more than anything, honestly he talks about nothing else.",
    "BS-2281: move Theo from Saturday to Sunday taster (football clash).",
    "Done: Theo is now on the Sunday taster at 10am, same instructor, and the Saturday place is released.",
    "He loves the forge more than anything",
  ],
  [
    "lacemaking",
    "Hi, two of the bobbins in my lace starter kit arrived snapped, order LC-5530. Please send me a replacement set before Saturday's class. I'm home Mon-Wed if you need to ring.",
    "LC-5530: two bobbins snapped in the starter kit, replacement set needed before Saturday's class.",
    "A fresh set of bobbins for LC-5530 is in the post today by first class, so it will be with you well before Saturday.",
    "home Mon-Wed if you need to ring",
  ],
  [
    "cooperage",
    "We sent our grandfather's oak barrel in for restoring, job CP-7720, back in May. Can you give us a date for collection? Nobody has rung, which is a bit annoying because my uncles keep asking me about it.",
    "CP-7720: customer wants a collection date for the restored oak barrel.",
    "Your barrel on CP-7720 will be ready to collect from Friday 14 March, any time after 9.",
    "which is a bit annoying because my uncles keep asking me about it",
  ],
];

describe("the ask's background of these kinds is no part that can be lost", () => {
  it.each(CLEAN)("%s: the one request done, no drift", async (_d, ask, summary, done) => {
    expect((await judged(ask, summary, done)).intentDrift).toBe(false);
  });

  it.each(CLEAN)("the rules off, %s: the background was named as a lost part (a false alarm)", async (_d, ask, summary, done, named) => {
    // (with becauseReason, which splits "… because my uncles keep asking me" off as a reason)
    tuneDrift({}, [...RULES, "becauseReason"]);
    const s = await judged(ask, summary, done);
    expect(s.intentDrift).toBe(true);
    expect(s.intentLostPart).toBe(named);
  });

  it.each(CLEAN)("near miss, %s: a second request beside the background, never handed on, is still lost", async (_d, ask, summary, done) => {
    const s = await judged(`${ask} Also please can you post the receipt to my work address.`, summary, done);
    expect(s.intentDrift).toBe(true);
    expect(s.intentLostPart).toMatch(/post the receipt to my work address/);
  });
});

// Readings of the thirty-third session (fragmentSubject and whetherClause below, each with its own note). First four, from blind-aw2 (a patio clean asked "Also please can you quote for
// the wooden decking next to it, it is about 12 m2 and very slippery in winter, my husband fall on it in
// January", whose quote no agent took up while the summary carried the husband's fall) and blind-ab2 (a
// "melt-and-pour workshop" cut in two at its "and"):
// - rule `commaSplice` (nlp/parse.ts splitCoordinated): a comma followed by a pronoun subject and its verb
//   ("…, it is about 12 m2") starts a clause of its own, so a request does not take in the background after it;
// - rule `gerundNoun` (nlp/parse.ts gerundNouns): an -ing word after a determiner and its adjectives, with no
//   object after it ("the wooden *decking*", "the *scanning* of the slides"), is a noun, not a verb;
// - rule `addedPhrasePart` (intent.ts phraseOnly): a request marked as an addition ("also", "too") whose verb is
//   the only word outside its phrases ("also quote *for the decking*") is a part of the ask by the phrase's
//   nouns, as one joined by "and" is (rule joinedPhrasePart);
// - rule `hyphenAnd` (nlp/parse.ts splitCoordinated): "and" inside a hyphenated compound ("sand-and-shell",
//   "melt-and-pour") joins no two clauses.
// Near misses: the added request taken up downstream (no drift), a comma before no subject and verb, an
// -ing verb after a subject or before its object, and "and" between two whole requests.
// Domains in no evaluation corpus: sand sculpture events, loom weaving courses, photo scanning.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { parseText } from "./nlp/parse";
import { analyzeConversation } from "./run-scorers";

const clauses = (text: string) => parseText(text).clauses.map((c) => c.text.trim());
const posOf = (text: string, word: string) => parseText(text).terms.find((t) => t.value.toLowerCase() === word)?.pos;

const judged = async (ask: string, summary: string, done: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "Thanks, passing you to bookings." }, { handoff: ["triage", "bookings"], summary }, { agent: done }]), DEFAULT_SETTINGS)).scores;

// [domain, ask (a request, then an added request with background after a comma), summary keeping the
//  background but not the added request, final answer to the first request only, the lost part as named]
const LOST: Array<[string, string, string, string, string]> = [
  [
    "sand sculpture events",
    "We have booked the beach sculpture day for 9 August, ref SS-3310. Please keep the theme to sea creatures. Also please can you quote for the wooden decking around it, it is about 20 metres long and very windy in summer.",
    "SS-3310 on 9 August: sea creatures theme. About 20 metres of space, windy in summer.",
    "All set: your sculptors will build an octopus, a whale and a reef of crabs for the day on SS-3310.",
    "quote for the wooden decking around it",
  ],
  [
    "loom weaving courses",
    "My place on the Saturday loom course is WV-4471. Please move me to the Sunday group. Also could you quote for the private tutoring too, it is for my sister and she is a complete beginner.",
    "WV-4471: move from Saturday to Sunday group. Sister is a complete beginner.",
    "Done, you're in the Sunday group from next week, same room and same tutor.",
    "quote for the private tutoring too",
  ],
  [
    "photo scanning",
    "Order PS-2090 is my box of slides. Please post the slides back to me by courier. Also can you quote for the careful restoring of the old negatives, it is my grandad's wedding and the colours are very faded.",
    "PS-2090 slides: post back by courier. Negatives are of grandad's wedding, colours very faded.",
    "Your slides on PS-2090 go back to you by tracked courier tomorrow, signed for on delivery.",
    "quote for the careful restoring of the old negatives",
  ],
];
const NEVER_REACHED = /^part of the ask reached no agent/;

afterEach(() => tuneDrift());

describe("an added request with background after a comma: a part of its own", () => {
  it.each(LOST)("%s: the added request, never handed on, is the lost part", async (_d, ask, summary, done, lost) => {
    const s = await judged(ask, summary, done);
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("partial");
    expect(s.intentLostPart).toBe(lost);
    expect(s.intentReason).toMatch(NEVER_REACHED);
  });

  it.each(LOST)("near miss, %s: the added request taken up downstream is no drift", async (_d, ask, summary, done, lost) => {
    const thing = lost.replace(/^quote for the /, "").replace(/ (?:around it|too)$/, "");
    const s = await judged(ask, `${summary} Also wants a quote for the ${thing}.`, `${done} The quote for the ${thing} is in your inbox.`);
    expect(s.intentDrift).toBe(false);
  });

  it.each(LOST)("the rules off, %s: the request was read with its background (no drift, or one handed on)", async (_d, ask, summary, done, lost) => {
    tuneDrift({}, ["commaSplice", "gerundNoun", "addedPhrasePart"]);
    const s = await judged(ask, summary, done);
    expect(s.intentDrift === true && s.intentLostPart === lost && NEVER_REACHED.test(s.intentReason ?? "")).toBe(false);
  });
});

describe("commaSplice: a comma, a pronoun subject and its verb start a clause", () => {
  it("splits the request from the background after it", () => {
    expect(clauses("Please book Maya onto the Saturday loom course, it is her birthday.")).toEqual(["Please book Maya onto the Saturday loom course", "it is her birthday."]);
    expect(clauses("Can you quote for the sandy seating, we are expecting forty guests?")).toHaveLength(2);
  });
  it("near miss: a comma before no subject and verb splits nothing", () => {
    expect(clauses("Please book Maya onto the Saturday loom course, thanks.")).toHaveLength(1);
    expect(clauses("Please scan the slides, the negatives and the prints.")).toHaveLength(1);
  });
  it("commaSplice off: one clause", () => {
    tuneDrift({}, ["commaSplice"]);
    expect(clauses("Please book Maya onto the Saturday loom course, it is her birthday.")).toHaveLength(1);
  });
});

describe("gerundNoun: an -ing word after a determiner, with no object, is a noun", () => {
  it("the decking, the scanning of the slides", () => {
    expect(posOf("Also please can you quote for the wooden decking next to it", "decking")).toBe("NOUN");
    expect(posOf("How much is the scanning of the slides?", "scanning")).toBe("NOUN");
  });
  it("near miss: after a subject, or before its object, it stays a verb", () => {
    expect(posOf("We are scanning the slides tonight.", "scanning")).toBe("VERB");
    expect(posOf("Is she weaving the blanket herself?", "weaving")).toBe("VERB");
  });
  it("gerundNoun off: the lite model's verb", () => {
    tuneDrift({}, ["gerundNoun"]);
    expect(posOf("Also please can you quote for the wooden decking next to it", "decking")).toBe("VERB");
  });
});

describe("hyphenAnd: the and of a hyphenated compound joins no clauses", () => {
  it("one request with the compound whole", () => {
    expect(clauses("Can you do a sand-and-shell mermaid for the fete?")).toEqual(["Can you do a sand-and-shell mermaid for the fete?"]);
    expect(clauses("Could we book the dig-and-build sandcastle class for six children?")).toHaveLength(1);
  });
  it("near miss: and between two requests still splits", () => {
    expect(clauses("Can you carve the castle and paint the moat blue?")).toHaveLength(2);
  });
  // (hyphenModifier, since, also reads "build" before its noun as an adjective, which leaves the "and" no verb after it to split at)
  it("hyphenAnd and hyphenModifier off: the compound was cut in two", () => {
    tuneDrift({}, ["hyphenAnd", "hyphenModifier"]);
    expect(clauses("Could we book the dig-and-build sandcastle class for six children?").length).toBeGreaterThan(1);
  });
});

// Rule `fragmentSubject` (intent.ts addedFragment, from blind-ax1: "… the 10 visits card in January, and I used it only 3
// times because first I had the flu …" read as a bare item added to the ask, lost when no agent spoke of the flu): an
// item with a subject pronoun is a clause of its own, no bare noun phrase, even when its only verb is a light one the
// parser keeps out of the terms ("used", "got"). Near miss: a bare added item ("and 2 spare bobbins") is still a part.
describe("fragmentSubject: an added piece with a subject pronoun is no bare item of the ask", () => {
  // [domain, ask, summary, final answer (the refund asked for)]
  const REPORTS: Array<[string, string, string, string]> = [
    ["loom weaving courses", "I bought the 6-session loom pass in May, and I used it only 2 times because I had the flu. Is it possible to get money back for the sessions I did not use?", "Loom pass bought in May, wants money back for unused sessions.", "Four sessions are left on the pass, so £48 goes back to your card within five days."],
    ["sand sculpture events", "We booked the beach sculpture day for our school in June, and we only got 20 kids there because the coach broke down. Can we have part of the fee back for the missing places?", "School sculpture day in June; wants part of the fee back for missing places.", "We have refunded £60 for the ten unused places; it reaches your account in three days."],
    ["photo scanning", "I bought a 3-box slide scanning voucher in March, and I used it only once because the loft flooded. Can I get money back for the two boxes I never sent?", "Scanning voucher bought in March, one box used; wants money back for the two unsent boxes.", "The two unused boxes come to £40, which is back on your card today."],
  ];
  it.each(REPORTS)("%s: the report is no lost part", async (_d, ask, summary, done) => {
    expect((await judged(ask, summary, done)).intentDrift).toBe(false);
  });
  it.each(REPORTS)("fragmentSubject off, %s: the report was a part of the ask that reached no agent", async (_d, ask, summary, done) => {
    // (becauseReason, thirty-fourth session, splits the report's "because …" off as a reason: off with it)
    tuneDrift({}, ["fragmentSubject", "becauseReason"]);
    const s = await judged(ask, summary, done);
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("partial");
  });
  it("near miss: a bare added item is still a part that can be lost", async () => {
    const s = await judged("Please book me onto the Saturday loom course, WV-4471.\nand 2 spare bobbins", "WV-4471: book onto the Saturday course.", "You're booked onto Saturday's course, 10am in studio 2.");
    expect(s.intentDrift).toBe(true);
    expect(s.intentLostPart).toContain("bobbins");
  });
});

// Rule `whetherClause` (nlp/parse.ts toClause, from blind-as1: "can you tell me whether the brass arms can be
// re-lacquered?"): the lite model tags "whether" a preposition, so the thing asked about was read as a circumstance
// inside a phrase and the question named nothing — no part of the ask. "Whether" opens a clause.
describe("whetherClause: the subject after whether is the thing asked about", () => {
  // [domain, ask, summary (the first request only), final answer (the first request only)]
  const WHETHER: Array<[string, string, string, string]> = [
    ["sand sculpture events", "Please book our sand sculpture team for the fete on 9 August, ref SS-3310. Can you tell me whether the finished castle can be sprayed with sealant?", "SS-3310: sculpture team booked for the fete, 9 August.", "All set: your sculptors arrive at 8am on 9 August for the fete."],
    ["loom weaving courses", "Please move me to the Sunday loom group, WV-4471. Can you tell me whether the merino yarn can be bought at the studio?", "WV-4471: move to the Sunday group.", "Done, you're in the Sunday group from next week, same room and same tutor."],
    ["photo scanning", "Please post my slides back by courier, order PS-2090. Could you tell me whether the glass negatives can be scanned?", "PS-2090: post slides back by courier.", "Your slides on PS-2090 go back by tracked courier tomorrow, signed for on delivery."],
  ];
  it.each(WHETHER)("%s: the question never handed on is the lost part", async (_d, ask, summary, done) => {
    const s = await judged(ask, summary, done);
    expect(s.intentDrift).toBe(true);
    expect(s.intentLostPart).toMatch(/^tell me whether /);
    expect(s.intentReason).toMatch(NEVER_REACHED);
  });
  it.each(WHETHER)("near miss, %s: the question handed on and answered is no drift", async (_d, ask, summary, done) => {
    const question = ask.split(/(?<=\.) /)[1];
    const s = await judged(ask, `${summary} Also asks: ${question}`, `${done} And yes: ${question.replace(/^(?:Can|Could) you tell me whether /, "").replace(/\?$/, "")}, at no extra charge.`);
    expect(s.intentDrift).toBe(false);
  });
  it.each(WHETHER)("whetherClause off, %s: the question named nothing of its own, so no part reached no agent", async (_d, ask, summary, done) => {
    tuneDrift({}, ["whetherClause"]);
    const s = await judged(ask, summary, done);
    expect(s.intentDrift === true && NEVER_REACHED.test(s.intentReason ?? "")).toBe(false);
  });
});

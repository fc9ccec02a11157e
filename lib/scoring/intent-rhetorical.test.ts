// An angry customer's question that vents is no part of the ask (intent-rhetorical.ts, rule
// rhetorical), nor is the other side of an alternative question (nlp/parse.ts Clause.alternative,
// rule alternativePart): an agent that takes up the actual ask has lost nothing. Near misses: the
// same bare question asked calmly, a request after shouting, and a second question joined by "and"
// stay parts, and a final agent that ignores them drifts. Domains in no evaluation corpus (glacier
// guiding, pearl diving, harpsichord restoration).
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { scoresHandedOn } from "./fixture.test-util";
import { parseText } from "./nlp/parse";
import { rhetoricalQuestion, shouts } from "./intent-rhetorical";

afterEach(() => tuneDrift());
const scores = scoresHandedOn;

// [domain, ask, summary handed on, final reply]: the agent does the ask and ignores the venting question
const VENTING: Array<[string, string, string, string]> = [
  [
    "glacier guiding",
    "Your guide cancelled our glacier walk at the car park. AGAIN. Is this a comedy club? Please rebook us for Saturday morning, booking GL-4410.",
    "Rebook glacier walk GL-4410 for Saturday morning; cancelled by the guide at the car park.",
    "I'm so sorry. Your glacier walk GL-4410 is rebooked for Saturday at 8am with a senior guide.",
  ],
  [
    "pearl diving",
    "I paid for the pearl dive TWICE. Is your office staffed by starfish? I want the second payment refunded, ref PD-2207.",
    "Customer charged twice for pearl dive PD-2207, wants the duplicate refunded.",
    "I apologise. The duplicate payment for PD-2207 has been refunded to your card today.",
  ],
  [
    "harpsichord restoration",
    "Six weeks for new quills and the jacks are STILL sticking. Am I supposed to play it with a crowbar? Fix the jacks before the recital on 9 May.",
    "Harpsichord jacks still sticking after requilling; fix before recital 9 May.",
    "Our restorer will free and regulate the sticking jacks on 2 May, in good time for the recital.",
  ],
];

// [domain, ask, summary, final reply, the part that is lost]
const KEPT_PARTS: Array<[string, string, string, string, string]> = [
  [
    // a bare question asked calmly is a real question
    "glacier guiding",
    "Please rebook our glacier walk for Saturday morning, booking GL-4410. Is there a crampon rental at the hut?",
    "Rebook glacier walk GL-4410 for Saturday morning.",
    "Your glacier walk GL-4410 is rebooked for Saturday at 8am.",
    "Is there a crampon rental at the hut",
  ],
  [
    // a request after shouting still asks
    "pearl diving",
    "I paid for the pearl dive TWICE. I want the second payment refunded, ref PD-2207. Could you also send me the underwater photos?",
    "Customer charged twice for pearl dive PD-2207, wants the duplicate refunded.",
    "I apologise. The duplicate payment for PD-2207 has been refunded to your card today.",
    "send me the underwater photos",
  ],
];

describe("a question that vents is no part of the ask", () => {
  it.each(VENTING)("%s: the agent that does the ask has lost nothing", async (_d, ask, summary, reply) => {
    const s = await scores(ask, summary, reply);
    expect(s.intentDrift).toBe(false);
  });

  it.each(VENTING)("%s: rhetorical off, the venting question reads as a lost part", async (_d, ask, summary, reply) => {
    tuneDrift({}, ["rhetorical"]);
    const s = await scores(ask, summary, reply);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toMatch(/Part$/);
  });

  it.each(KEPT_PARTS)("%s: near miss, the part is still lost", async (_d, ask, summary, reply, part) => {
    const s = await scores(ask, summary, reply);
    expect(s.intentDrift).toBe(true);
    expect(s.intentLostPart).toBe(part);
  });

  it("reads shouting from ordinary words in capitals, not acronyms, codes or caps lock", () => {
    expect(shouts("the jacks are STILL sticking")).toBe(true);
    expect(shouts("charged TWICE for it")).toBe(true);
    expect(shouts("my PAT certificate and the VAT receipt, ref GL-4410")).toBe(false);
    expect(shouts("MY DIVE IS CANCELLED")).toBe(false);
  });

  it("a question asking in its own words is never rhetorical", () => {
    const ask = "The hut was FULL. Can you find us another hut?";
    const clauses = parseText(ask).clauses;
    expect(clauses.some((c) => rhetoricalQuestion(c, ask))).toBe(false);
  });
});

// [domain, ask, summary, final reply]: the agent answers the first side of an alternative question
const ALTERNATIVES: Array<[string, string, string, string]> = [
  [
    "glacier guiding",
    "Can you move our glacier walk to Thursday, or do we need a new permit from the park office?",
    "Move glacier walk to Thursday.",
    "Your glacier walk is moved to Thursday at 8am.",
  ],
  [
    "pearl diving",
    "Could I switch my pearl dive to the afternoon boat, or is the lagoon closed after lunch?",
    "Switch pearl dive to the afternoon boat.",
    "Done: you're on the 2pm boat for your pearl dive.",
  ],
  [
    "harpsichord restoration",
    "Will the new soundboard be glued by Friday, or should we postpone the recital?",
    "Customer asks whether the soundboard will be glued by Friday.",
    "Yes, the soundboard will be glued and dry by Friday.",
  ],
];

// [domain, ask, summary, reply, lost part]: the same second question joined by "and" is a part of its own
const JOINED: Array<[string, string, string, string, string]> = [
  [
    "glacier guiding",
    "Can you move our glacier walk to Thursday, and do we need a new permit from the park office?",
    "Move glacier walk to Thursday.",
    "Your glacier walk is moved to Thursday at 8am.",
    "do we need a new permit from the park office",
  ],
  [
    "pearl diving",
    "Could I switch my pearl dive to the afternoon boat? And could you lend me a weight belt?",
    "Switch pearl dive to the afternoon boat.",
    "Done: you're on the 2pm boat for your pearl dive.",
    "lend me a weight belt",
  ],
];

describe("the other side of an alternative question is the same question", () => {
  it("marks the clause after “or” in a question, and a question whose content follows “or”", () => {
    const split = parseText("Can you move our glacier walk to Thursday, or do we need a new permit?").clauses;
    expect(split.map((c) => c.alternative)).toEqual([false, true]);
    expect(parseText("Could I switch to the afternoon boat? Or is the lagoon closed after lunch?").clauses.at(-1)?.alternative).toBe(true);
    // (not in a statement: "or" there is a condition, and the clause is a part of its own)
    expect(parseText("Move our glacier walk to Thursday or we will cancel the trip.").clauses.some((c) => c.alternative)).toBe(false);
    // ("or" between two things inside one question is no alternative clause)
    expect(parseText("Do you rent crampons or ice axes?").clauses.some((c) => c.alternative)).toBe(false);
  });

  it.each(ALTERNATIVES)("%s: the agent answers one side, nothing is lost", async (_d, ask, summary, reply) => {
    const s = await scores(ask, summary, reply);
    expect(s.intentDrift).toBe(false);
  });

  it.each(JOINED)("%s: near miss, a second question joined by “and” is lost", async (_d, ask, summary, reply, part) => {
    const s = await scores(ask, summary, reply);
    expect(s.intentDrift).toBe(true);
    expect(s.intentLostPart).toBe(part);
  });

  it("alternativePart off: the other side reads as a lost part", async () => {
    tuneDrift({}, ["alternativePart"]);
    const [, ask, summary, reply] = ALTERNATIVES[0];
    expect((await scores(ask, summary, reply)).intentDrift).toBe(true);
  });
});

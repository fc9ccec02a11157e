// A part the user marks as an addition ("… and could you *also* send me …", "… check my deposit
// *too*?") reaches an agent only when a downstream text names one of its own things, by stem, the
// lexicon or a close neighbour — not by its action and loose neighbours alone, which the handling of
// the rest of the ask supplies (intent.ts lostPart, rule addedPart); nor by a payload key that labels a
// string value handed on for the rest (rule addedKeys). Domains in no evaluation corpus (glacier
// guiding, pearl diving, saddlery).
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { conversation, scoresHandedOn } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

afterEach(() => tuneDrift());
const scores = scoresHandedOn;

// [domain, ask, summary handed on, final reply, the added part]: only the first part reached an agent;
// the reply shares the added part's action ("sent", "check") and a loose neighbour of its thing
// (video ~ photos 0.63, payment ~ deposit 0.60, licence ~ certificate 0.61)
const LOST: Array<[string, string, string, string, string]> = [
  [
    "glacier guiding",
    "Please book two places on Saturday's glacier walk for me and my son, and could you also send me the photos from our last trip?",
    "Book 2 places on Saturday's glacier walk (adult + son).",
    "Two places are booked for Saturday. I've sent you the kit list and a short video of the route so your son knows what to expect.",
    "send me the photos from our last trip",
  ],
  [
    "pearl diving",
    "Can you move my pearl dive from Tuesday to Thursday, and check my wetsuit deposit too? I think it was taken twice.",
    "Move pearl dive from Tuesday to Thursday.",
    "Your dive is moved to Thursday at 9am and the payment for it is unchanged. Please check in at the jetty 20 minutes early.",
    "check my wetsuit deposit too",
  ],
  [
    "saddlery",
    "Could you restitch the girth straps on my jumping saddle, and also send me a certificate for the leather it's made from?",
    "Restitch girth straps on the jumping saddle.",
    "We'll restitch both girth straps by Friday and send you the licence number for our workshop with the bill.",
    "send me a certificate for the leather it's made from",
  ],
];

describe("an added part is traced by its own things", () => {
  it.each(LOST)("%s: the added part is lost", async (_d, ask, summary, reply, part) => {
    const s = await scores(ask, summary, reply);
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("partial");
    expect(s.intentLostPart).toBe(part);
  });

  it("addedPart off: the shared action and the loose neighbour read as the part reached", async () => {
    // (each part here also follows ", and": since drift27c's joinedAfterComma, joinedPart traces it by its
    // own words as well, so that rule is switched off too to show what addedPart alone does)
    tuneDrift({}, ["addedPart", "joinedAfterComma"]);
    for (const [, ask, summary, reply] of LOST) expect((await scores(ask, summary, reply)).intentDrift).toBe(false);
  });

  it.each([
    // the added part's thing named downstream in other words ("pictures" ~ photos, 0.71)
    [
      "glacier guiding",
      "Please book two places on Saturday's glacier walk for me and my son, and could you also send me the photos from our last trip?",
      "Book 2 places on Saturday's glacier walk (adult + son); send photos from last trip.",
      "Two places are booked for Saturday, and the pictures from your last trip are in your inbox.",
    ],
    // no additive word: a second part is read as before, a loose neighbour may take it up
    [
      "pearl diving",
      "Can you move my pearl dive from Tuesday to Thursday and check my wetsuit deposit? I think it was taken twice.",
      "Move pearl dive from Tuesday to Thursday.",
      "Your dive is moved to Thursday at 9am and the payment for it is unchanged. Please check in at the jetty 20 minutes early.",
    ],
    // "too" before an adjective is a degree, no addition
    [
      "pearl diving",
      "Can you move my pearl dive from Tuesday to Thursday and check my wetsuit deposit as it seems too high?",
      "Move pearl dive from Tuesday to Thursday.",
      "Your dive is moved to Thursday at 9am and the payment for it is unchanged. Please check in at the jetty 20 minutes early.",
    ],
    // a close neighbour of the added thing ("letter" ~ statement, 0.77) names it
    [
      "saddlery",
      "Could you restitch the girth straps on my jumping saddle, and also send me a statement of what I owe?",
      "Restitch girth straps on the jumping saddle.",
      "We'll restitch both girth straps by Friday, and I've sent you a letter with the balance.",
    ],
  ])("near miss, %s: no partial loss", async (_d, ask, summary, reply) => {
    // (the two pearl-diving asks join "check my wetsuit deposit" with "and", which rule joinedPart reads by
    // its own words — intent-joined-part.test.ts — and finds lost: switched off here, these test addedPart's scope)
    tuneDrift({}, ["joinedPart"]);
    const s = await scores(ask, summary, reply);
    expect(s.intentDrift).toBe(false);
  });
});

// [domain, ask, summary, payload, final reply, the added part]: the payload's key names the added part's
// other thing ("package", "leather") only as the label of a value handed on for the rest of the ask
const KEYED: Array<[string, string, string, Record<string, unknown>, string, string]> = [
  [
    "glacier guiding",
    "Please reserve the Saturday glacier trek for two adults, and could you also add a crampon fitting to our package?",
    "Reserve Saturday glacier trek, 2 adults.",
    { trek: "Saturday glacier trek", package: "Ice Explorer", adults: 2 },
    "Saturday's glacier trek is reserved and added to your account; meet at the hut at 9am.",
    "add a crampon fitting to our package",
  ],
  [
    "pearl diving",
    "Can you move my pearl dive to Thursday, and add a second tank to my package too?",
    "Move pearl dive to Thursday.",
    { dive: "pearl dive", package: "Reef Explorer", day: "Thursday" },
    "Done, we've added you to Thursday's boat; please check in at the jetty 20 minutes early.",
    "add a second tank to my package too",
  ],
  [
    "saddlery",
    "Could you restitch the girth on my jumping saddle, and also oil the leather on the bridle?",
    "Restitch girth on jumping saddle.",
    { saddle: "jumping saddle", leather: "brown calf", job: "restitch girth" },
    "We'll restitch the girth by Thursday, £35.",
    "oil the leather on the bridle",
  ],
];
const keyed = async (ask: string, summary: string, payload: Record<string, unknown>, reply: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { handoff: ["front", "desk"], summary, payload }, { agent: reply }]), DEFAULT_SETTINGS)).scores;

describe("a payload key labelling a value names no added part's thing", () => {
  it.each(KEYED)("%s: the added part is lost", async (_d, ask, summary, payload, reply, part) => {
    const s = await keyed(ask, summary, payload, reply);
    expect(s.intentDriftKind).toBe("partial");
    expect(s.intentLostPart).toBe(part);
  });

  it("addedKeys off: the key reads as the thing named", async () => {
    tuneDrift({}, ["addedKeys"]);
    for (const [, ask, summary, payload, reply] of KEYED) expect((await keyed(ask, summary, payload, reply)).intentDrift).toBe(false);
  });

  it.each([
    // the added part handed on as a value
    [
      "glacier guiding",
      "Please reserve the Saturday glacier trek for two adults, and could you also add a crampon fitting to our package?",
      "Reserve Saturday glacier trek, 2 adults.",
      { trek: "Saturday glacier trek", package: "Ice Explorer", extra: "crampon fitting" },
      "Saturday's glacier trek is reserved and added to your account; meet at the hut at 9am.",
    ],
    // a key whose value is no string is the content itself: the second tank was handed on
    [
      "pearl diving",
      "Can you move my pearl dive to Thursday, and add a second tank to my package too?",
      "Move pearl dive to Thursday.",
      { dive: "pearl dive", second_tank: true, day: "Thursday" },
      "Done, we've added you to Thursday's boat; please check in at the jetty 20 minutes early.",
    ],
  ])("near miss, %s: no partial loss", async (_d, ask, summary, payload, reply) => {
    expect((await keyed(ask, summary, payload as Record<string, unknown>, reply)).intentDrift).toBe(false);
  });
});

// The user's last word after the final answer, with no agent after it (thirty-fifth session, blind-bb1):
// - rule `rejectionPerson` (judge-offline.ts): "what?? no. hes NOT coming. we are 3 not 5. take him OFF" — "him" or
//   "her" in a rejection naming no thing is the person the agent acted on: taking him off against "put one more person
//   on your safari" is the opposite action. Near miss: the person was taken off and the user agrees.
// - rule `rejectionRestated` (judge-offline.ts): "No no no. I asked you to STOP it." — in a rejection, the ask the user
//   tells again ("I asked you to …", "I said …") is what they ask for now, and its "it" is the thing the agent acted on
//   (nothing else in the rejection names one): "stop it" against "the factory has started on them" is the opposite
//   action. Near misses: the rejection names another thing ("stop the reminder texts"), and the agent did what was asked.
// - rule `stillOpenNamed` (intent.ts objection): "Thanks but... what about my camera??" — an acknowledged "but" question
//   naming a thing of the ask that the final answer never names; a loose likeness of the answer's other words (the tour,
//   the boat) does not answer it. Near misses: the answer names the thing, and the question is about something new.
// Domains in no evaluation corpus: ventriloquist-dummy repairs, igloo-building workshops, tortoise boarding; a cactus
// nursery, skate sharpening, trapeze classes.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

/** ask → triage → handoff (carrying the whole ask when `handedOn`) → the final agent's answer → the user's last word */
const judged = async (ask: string, done: string, reply: string, handedOn = false) =>
  (
    await analyzeConversation(
      conversation([{ user: ask }, { agent: "Thank you, I'll pass you to my colleague." }, { handoff: ["triage", "desk"], summary: handedOn ? ask : undefined }, { agent: done }, { user: reply }]),
      DEFAULT_SETTINGS,
    )
  ).scores;

afterEach(() => tuneDrift());

// [domain, the ask, the final agent doing the opposite to the same thing, the user's rejection restating the ask with "it"]
const RESTATED: Array<[string, string, string, string]> = [
  [
    "ventriloquist-dummy repairs",
    "Can the restoration of my ventriloquist dummy Archie wait until after the Christmas shows? I still need him for the panto, job VD-2291.",
    "Good news, the workshop has started on Archie today and his head is already off for the new jaw.",
    "No no no. I asked you to stop it!",
  ],
  [
    "igloo-building workshops",
    "Please hold the igloo workshop booking IG-5520 for now, we may not get the snow in time.",
    "All set: IG-5520 is confirmed and our guide has started cutting blocks for Saturday.",
    "No. I asked you to pause it.",
  ],
  [
    "tortoise boarding",
    "Could Shelly's hibernation at your place wait a fortnight, booking TB-4410?",
    "Shelly went into the hibernation fridge this morning and we've started her winter sleep, all logged under TB-4410.",
    "No no, I asked you to stop it.",
  ],
];

describe("rejectionRestated: the ask told again in a rejection, done to 'it'", () => {
  it.each(RESTATED)("%s: the restated action is opposed to the agent's on the same thing", async (_d, ask, done, reply) => {
    const s = await judged(ask, done, reply);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("objection>antonym");
    expect(s.intentReason).toMatch(/the user asked to (?:stop|pause); the final interpretation is to \w+/);
  });

  it.each(RESTATED)("the rule off, %s: the rejection's 'it' named nothing to oppose (no drift found)", async (_d, ask, done, reply) => {
    tuneDrift({}, ["rejectionRestated"]);
    expect((await judged(ask, done, reply)).intentDrift).toBe(false);
  });

  it.each(RESTATED)("near miss, %s: a rejection naming another thing is not read as the opposite action", async (_d, ask, done) => {
    const s = await judged(ask, done, "No, I asked you to stop the reminder texts.");
    expect(s.intentPath).not.toBe("objection>antonym");
  });

  it("near miss: the agent did what was asked, and the user's last word says so", async () => {
    const [, ask] = RESTATED[1];
    const s = await judged(ask, "IG-5520 is paused; we'll only go ahead once there's enough snow.", "Lovely, that's what I asked for, thanks.", true);
    expect(s.intentDrift).toBe(false);
  });
});

// [domain, the ask (handed on whole), the final agent adding the person the user asked to have taken off, the rejection]
const PERSON: Array<[string, string, string, string]> = [
  [
    "igloo-building workshops",
    "My son Olly is sneezing everywhere, so he can't do Saturday's igloo workshop after all, booking IG-5520. Can you sort it so it's just me and my daughter?",
    "Great news, I've added a place for Olly on IG-5520 so all three of you are down for Saturday, plus one more sled for the blocks.",
    "No. Take him off, he's still sneezing.",
  ],
  [
    "tortoise boarding",
    "Aunt Mo won't join me at the tortoise keepers' open day on the 14th after all, she's moving away. Please sort out booking TB-4410 so it's only me.",
    "Done: TB-4410 now has Mo added as a second guest, with a seat beside you at the talk.",
    "No no, take her off, she's moving.",
  ],
  [
    "ventriloquist-dummy repairs",
    "My partner Jo won't be coming to the ventriloquism workshop with me on the 9th, she's working. Booking VD-2291 should just be me now.",
    "I've added a second seat for Jo on VD-2291 and put you both on the front row.",
    "No, take her off, she's working.",
  ],
];

describe("rejectionPerson: 'take him off' in a rejection names the person the agent acted on", () => {
  it.each(PERSON)("%s: taking off against adding is the opposite action", async (_d, ask, done, reply) => {
    const s = await judged(ask, done, reply, true);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("objection>antonym");
  });

  it.each(PERSON)("the rule off, %s: 'him' or 'her' named nothing to oppose (no drift found)", async (_d, ask, done, reply) => {
    tuneDrift({}, ["rejectionPerson"]);
    expect((await judged(ask, done, reply, true)).intentDrift).toBe(false);
  });

  it("near miss: the person was taken off, and the user's last word agrees", async () => {
    const [, ask] = PERSON[0];
    const s = await judged(ask, "Olly is off IG-5520, so it's you and your daughter on Saturday.", "Thanks, that's right, take him off.", true);
    expect(s.intentDrift).toBe(false);
  });
});

// [domain, the ask (handed on whole), an answer about the ask's surroundings, the acknowledged "but" question naming its thing]
const PRESSED: Array<[string, string, string, string]> = [
  [
    "a cactus nursery",
    "I bought the golden barrel cactus and the ceramic pot together on order CN-7712 last week. The cactus arrived fine and is lovely, but the pot came cracked in two. Could you send me a replacement pot please?",
    "Glad the golden barrel cactus arrived in good shape! I've added care notes for it to order CN-7712 and a £5 voucher for your next cactus.",
    "Thanks but... what about the pot??",
  ],
  [
    "skate sharpening",
    "Could you post my figure skates back to me once they're sharpened, ticket SK-3018?",
    "Your blades are sharpened to a half-inch hollow and ready to collect from the counter any day this week.",
    "ok thanks but... what about posting the skates??",
  ],
  [
    "trapeze classes",
    "I was on the Thursday trapeze class (booking TR-5531) and I think I left my water bottle in the studio. The studio was really warm too. Could you keep the bottle aside for me to collect?",
    "Thanks for letting us know about Thursday's trapeze class on TR-5531. I've passed on that the studio was too warm, and the instructor will open the windows next week.",
    "thanks but what about my water bottle??",
  ],
];

describe("stillOpenNamed: an acknowledged 'but' question naming a thing the answer never names", () => {
  it.each(PRESSED)("%s: the thing asked about again is drift evidence", async (_d, ask, done, reply) => {
    const s = await judged(ask, done, reply, true);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("pressed");
    expect(s.intentReason).toMatch(/^the user asked again .* names none of /);
  });

  it.each(PRESSED)("the rule off, %s: the answer's likeness to the ask's surroundings passed (no drift found)", async (_d, ask, done, reply) => {
    tuneDrift({}, ["stillOpenNamed"]);
    expect((await judged(ask, done, reply, true)).intentDrift).toBe(false);
  });

  it("near miss: the answer names the thing, and the question asks when it comes", async () => {
    const [, ask] = PRESSED[0];
    const s = await judged(ask, "Glad the golden barrel cactus arrived in good shape! A replacement ceramic pot is on its way for CN-7712.", "Thanks but... when will the pot come?", true);
    expect(s.intentDrift).toBe(false);
  });

  it("near miss: a 'but' question about something new names no thing of the ask", async () => {
    const [, ask] = PRESSED[2];
    const done = "Your bottle is on the shelf at reception with your name on it, and I've passed on that the studio was too warm on Thursday's trapeze class.";
    const s = await judged(ask, done, "thanks but what time does reception close?", true);
    expect(s.intentDrift).toBe(false);
  });
});

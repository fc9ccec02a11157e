// Three readings of where an ask's words belong, from blind-ab2 and the twenty-sixth session's blind-ap1
// (tests/fixtures/blind/ap-authoring): each a failure case and a near miss in three domains no evaluation
// corpus uses (yurt hire, letterpress printing, truffle-hunting tours), and each switched off to show the
// failure it mends.
// - deverbalPreposition (nlp/parse.ts): "Following a council inspection, could you bring our stay forward …"
//   read "following" as an action (after → later) opposed to the earlier date asked for.
// - codeFullStop (nlp/parse.ts): "… Sheffield S3 8SR. Also, could you add a pair of wiper blades …" ran
//   the two sentences into one clause, so the second ask was no part of its own and its loss was not seen.
// - offeredValue (intent-contact.ts factOnly): "Booking ref if you need it BNC-31907" is a fact handed on,
//   not a part of the ask, wherever the offer stands (a clause of its own once codeFullStop splits it off).
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { factOnly } from "./intent-contact";
import { conversation } from "./fixture.test-util";
import { offlineAssess } from "./judge-offline";
import { parseText } from "./nlp/parse";
import { analyzeConversation } from "./run-scorers";

afterEach(() => tuneDrift());

const judged = (ask: string, intent: string) => offlineAssess(ask, intent, { fromIntentEvent: true });
// The ask, triage handing it on with a summary, the specialist's reply, the user's thanks: the scores.
const lost = async (ask: string, summary: string, reply: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "Thanks, passing you to bookings." }, { handoff: ["triage", "bookings"], summary }, { agent: reply }, { user: "ok thanks" }]), DEFAULT_SETTINGS)).scores;

describe("deverbalPreposition: 'Following …', 'Regarding …' opening a sentence govern a noun phrase; no action", () => {
  // [domain, ask opening with a deverbal preposition, the interpretation doing it an earlier date, the same
  // opening with "earlier" asked, the opposite done]
  const CASES: Array<[string, string, string, string, string]> = [
    ["yurt hire", "Following a council inspection, could you change our yurt stay to 13 May instead of 20 May?", "Guest wants the yurt stay moved to an earlier date, 13 May.", "Following a council inspection, could you move our yurt stay to an earlier date?", "Guest wants the yurt stay moved to a later date, 27 May."],
    ["letterpress printing", "Regarding the wedding invitations, please change the proof date to Tuesday instead of Friday.", "Customer wants the invitation proofs sent earlier, on Tuesday.", "Regarding the wedding invitations, please send the proofs earlier than Friday.", "Customer wants the invitation proofs sent later, next week."],
    ["truffle-hunting tours", "Pending the dogs' vet check, could you change our truffle hunt to the 2nd instead of the 9th?", "Customer wants the truffle hunt moved earlier, to the 2nd.", "Pending the dogs' vet check, could you move our truffle hunt to an earlier day?", "Customer wants the truffle hunt moved later, to the 16th."],
  ];
  for (const [domain, ask, kept, earlier, opposite] of CASES) {
    it(`${domain}: the date done as asked is no drift`, () => {
      expect(judged(ask, kept).score).toBeGreaterThanOrEqual(0.5);
    });
    it(`${domain}: near miss, "earlier" asked after the same opening and the later date done is still drift`, () => {
      const v = judged(earlier, opposite);
      expect(v.score).toBeLessThan(0.5);
      expect(v.reason).toMatch(/earlier/);
    });
  }
  it("without the rule, 'Following …' is an action of the ask (the failure it mends)", () => {
    tuneDrift({}, ["deverbalPreposition"]);
    const [, ask, kept] = CASES[0];
    const v = judged(ask, kept);
    expect(v.score).toBeLessThan(0.5);
    expect(v.reason).toMatch(/Following/);
  });
  it("reads only the preposition: a verb after its subject, 'following up', and a word not of the class stay verbs", () => {
    const verbs = (t: string) => parseText(t).terms.filter((x) => x.pos === "VERB").map((x) => x.lemma);
    expect(verbs("Following a council inspection, please move the stay.")).not.toContain("follow");
    expect(verbs("Dear team,\n\nFollowing a council inspection, please move the stay.")).not.toContain("follow");
    expect(verbs("We are following the map you sent, but the gate is locked.")).toContain("follow");
    expect(verbs("Following up on my email, can you move the stay?")).toContain("follow");
    expect(verbs("Including the deposit, how much is left?")).not.toContain("include");
  });
});

describe("codeFullStop: a full stop after a code before a capital ends the sentence", () => {
  // [domain, first ask ending in a code, second ask, the summary handing on only the first, the agent's reply]
  const CASES: Array<[string, string, string, string, string]> = [
    ["yurt hire", "Hi, can you move our yurt delivery to the barn at Hollins Farm, Ludlow SY8 4QT. Also, could you add a wood-burning stove to the order?", "add a wood-burning stove", "Move yurt delivery to the barn at Hollins Farm, Ludlow SY8 4QT.", "Done, the yurt now goes to the barn at Hollins Farm, Ludlow SY8 4QT."],
    ["letterpress printing", "Please send the proofs for job LP-30441. Also could you print an extra 50 reply cards on the cream stock?", "print an extra 50 reply cards", "Send proofs for job LP-30441.", "The proofs for LP-30441 are on their way to your inbox."],
    ["truffle-hunting tours", "Our group booking is TH-8812. Please change the pick-up to the station car park. Also, can you book a vegetarian lunch for two of us?", "book a vegetarian lunch", "TH-8812: pick-up changed to the station car park.", "All set: TH-8812 is now collected from the station car park at 9:00."],
  ];
  for (const [domain, ask, part, summary, reply] of CASES) {
    it(`${domain}: the second ask, handed on to no agent, is a lost part`, async () => {
      const s = await lost(ask, summary, reply);
      expect(s.intentDrift).toBe(true);
      expect(s.intentLostPart).toContain(part);
    });
    it(`${domain}: near miss, the second ask handed on too is no loss`, async () => {
      const s = await lost(ask, `${summary} Also: ${part}.`, `${reply} And I've arranged to ${part} as well.`);
      expect(s.intentDrift).toBe(false);
    });
  }
  it("without the rule the two sentences are one clause (the failure it mends)", () => {
    const clauses = () => parseText(CASES[0][1]).clauses.map((c) => c.text);
    expect(clauses().some((c) => c.startsWith("Also"))).toBe(true);
    tuneDrift({}, ["codeFullStop"]);
    expect(clauses().some((c) => c.startsWith("Also"))).toBe(false);
  });
  it("leaves decimals, prices, an abbreviation before a number, a version, and a code before a small letter as they were", () => {
    const texts = (t: string) => parseText(t).clauses.map((c) => c.text);
    const same = ["The stove is £4.50 a night. Can you add it?", "Please print No. 5 of the series on cream stock", "Version 2.1. The stove is extra.", "my ref is lp-30441. please send the proofs"].map(texts);
    tuneDrift({}, ["codeFullStop"]);
    expect(["The stove is £4.50 a night. Can you add it?", "Please print No. 5 of the series on cream stock", "Version 2.1. The stove is extra.", "my ref is lp-30441. please send the proofs"].map(texts)).toEqual(same);
  });
});

describe("offeredValue: 'if you need it' between a label and its value offers a fact", () => {
  const fact = (t: string) => factOnly(parseText(t).clauses[0]);
  it("a label, the offer and the value is a fact, in three domains", () => {
    expect(fact("Booking ref if you need it YT-31907")).toBe(true);
    expect(fact("Order number in case you need it LP-30441")).toBe(true);
    expect(fact("Group code if you want it TH-8812")).toBe(true);
  });
  it("near misses: an action on the value, or a condition about something else, is no fact", () => {
    expect(fact("Cancel booking YT-31907 if you can")).toBe(false);
    expect(fact("Reprint order LP-30441 if you need to")).toBe(false);
  });
  it("without the rule the offer hides the label from its value (the failure it mends)", () => {
    tuneDrift({}, ["offeredValue"]);
    expect(fact("Booking ref if you need it YT-31907")).toBe(false);
  });
});

// framedPart (intent.ts), from blind-ap1 and blind-ap3: "my instructor says I need a 17.5" and "Since half the team
// went remote we only need one" were read as parts that reached no agent, by the words of who said so or why.
describe("framedPart: a clause whose specific words all stand in a reporting or reason frame names no part", () => {
  // [domain, ask (a frame, then the thing by its value), the summary, the agent's reply, an ask whose second clause has a thing of its own lost]
  const CASES: Array<[string, string, string, string, string]> = [
    ["yurt hire", "Hi, we booked the 5m yurt for the festival (YT-4410). My surveyor says we need a 6m. Can you swap it before delivery?", "YT-4410: swap 5m yurt for 6m before delivery.", "Done, YT-4410 now has the 6m yurt, same delivery day.", "Hi, we booked the 5m yurt for the festival (YT-4410). Can you swap it for a 6m before delivery? Also my surveyor says we need ground anchors for the clay."],
    ["letterpress printing", "Order LP-2231 is 200 invitations. Because the guest list grew we now need 250. Can you change it?", "LP-2231: increase from 200 to 250 invitations.", "No problem, LP-2231 is now 250 invitations.", "Order LP-2231 is 200 invitations. Can you change it to 250? And please add matching envelope liners in gold foil."],
    ["truffle-hunting tours", "We're booked on the Saturday hunt, TH-7781. Our guide told me we'd need the early slot. Could you move us?", "TH-7781: move to the early Saturday slot.", "You're now on the 7am Saturday hunt, TH-7781.", "We're booked on the Saturday hunt, TH-7781. Could you move us to the early slot? And could you add a truffle-cooking lunch for the four of us?"],
  ];
  for (const [domain, framed, summary, reply, withPart] of CASES) {
    it(`${domain}: the framed clause is no part, so no part is lost`, async () => {
      expect((await lost(framed, summary, reply)).intentDrift).toBe(false);
    });
    it(`${domain}: near miss, a second ask with a thing of its own never handed on is lost`, async () => {
      const s = await lost(withPart, summary, reply);
      expect(s.intentDrift).toBe(true);
      expect(s.intentPath).toBe("lostPart");
    });
  }
  it("without the rule the frame's words make a part that reached no agent (the failure it mends)", async () => {
    tuneDrift({}, ["framedPart"]);
    const [, framed, summary, reply] = CASES[0];
    const s = await lost(framed, summary, reply);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("lostPart");
  });
});

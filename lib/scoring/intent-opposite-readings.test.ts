// Five readings of opposite actions, from blind-af1 and the twenty-sixth session's blind-ap1 and blind-ap3 (asks
// whose action has an opposite, answered in words that name it: tests/fixtures/blind/ap-authoring). Each has a
// failure case and a near miss in three domains no evaluation corpus uses (sheepdog trials, a hammam, flotation
// tanks), and each rule is switched off to show the failure it mends.
// - refusedObject (judge-offline.ts): "Don't route confirmations through the MALDI queue" refuses routing, not
//   confirming; the things after a refused action are what it is done to.
// - focusedObjection (intent-objection-forms.ts): "I literally said don't send it" objects as "I said" does.
// - directionSaid (intent.ts saysWant): "we need her EARLIER not later" is kept by "brought forward a week".
// - moneyDirection (lexicon.ts moneyAgainst): money asked back and a charge made instead is the opposite, read
//   against a verb of the interpretation only ("the deposit charge has been waived" names what was refunded).
// - "pause" among the ending actions (lexicon.ts ENDING_LIST), as "suspend" and "freeze" were: a plan asked to be
//   paused and kept running instead is the opposite (no rule switch: a word of the relation).
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { conversation } from "./fixture.test-util";
import { offlineAssess } from "./judge-offline";
import { analyzeConversation } from "./run-scorers";

afterEach(() => tuneDrift());

const judged = (ask: string, intent: string) => offlineAssess(ask, intent, { fromIntentEvent: true });

describe("refusedObject: what a refused action is done to is not refused", () => {
  // [domain, ask refusing an action on a thing named by a verb's noun, the interpretation doing that verb (kept), the refused action done]
  const CASES: Array<[string, string, string, string]> = [
    ["sheepdog trials", "Enter Meg in the novice class on Saturday please. Don't send bookings through the club secretary, she's away.", "Meg is booked into Saturday's novice class directly with the trial office.", "We've sent Meg's novice class entry through the club secretary."],
    ["a hammam", "Book us a hammam ritual for two at 4pm. Please don't send the invoices to my office, post them home.", "Guests booked a hammam ritual for two at 4pm, invoiced to their home address.", "Hammam ritual booked; the invoices were sent to the guests' office."],
    ["flotation tanks", "Reserve a 60-minute float for Friday evening please. Don't send the bookings to my work email.", "Customer's 60-minute float on Friday evening is booked; confirmations go to their personal email.", "Float reserved for Friday; the bookings were sent to the customer's work email."],
  ];
  for (const [domain, ask, kept, refused] of CASES) {
    it(`${domain}: the thing's own verb in the interpretation is no refused action`, () => {
      expect(judged(ask, kept).score).toBeGreaterThanOrEqual(0.5);
    });
    it(`${domain}: near miss, the refused action done is still drift`, () => {
      const v = judged(ask, refused);
      expect(v.score).toBeLessThan(0.5);
      expect(v.reason).toMatch(/do not want/);
    });
    it(`${domain}: without the rule the thing is read as refused (the failure it mends)`, () => {
      tuneDrift({}, ["refusedObject"]);
      expect(judged(ask, kept).score).toBeLessThan(0.5);
    });
  }
  it("a refused action named by a noun with no verb of its own is still refused", () => {
    expect(judged("I don't want a refund, just repair the float pump.", "We've refunded the float session.").score).toBeLessThan(0.5);
  });
});

// The ask, handed on, the final agent's reply, the user's reply, and the intent the final agent states.
const scored = async (ask: string, reply: string, answer: string, intent: string) =>
  (
    await analyzeConversation(
      conversation([{ user: ask }, { agent: "Thanks, passing you on." }, { handoff: ["desk", "bookings"], summary: ask }, { agent: reply }, { user: answer }, { intent }]),
      DEFAULT_SETTINGS,
    )
  ).scores;

describe("focusedObjection: an adverb of focus between the speaker and 'said' still objects", () => {
  // [domain, ask refusing an action, the final agent doing it, the objection with an adverb, what the agent
  // states it did, a reply doing as asked, what the agent states then]
  const CASES: Array<[string, string, string, string, string, string, string]> = [
    ["sheepdog trials", "Please DON'T publish Meg's trial results online yet, I want to check the scores first.", "I've published Meg's results on the trial website now.", "I literally said don't publish them", "Published Meg's trial results online.", "Noted: Meg's results stay off the website until you've checked the scores.", "Keep Meg's trial results off the website until the handler has checked the scores."],
    ["a hammam", "Please don't publish our hammam photos on your Instagram.", "Done, I've published your hammam photos on our Instagram page.", "I specifically asked you not to publish them", "Published the guests' hammam photos on Instagram.", "Of course, your hammam photos stay private and off our Instagram.", "Keep the guests' hammam photos private and off Instagram."],
    ["flotation tanks", "Please DON'T publish my float review on your website, it was for the manager only.", "Thanks! I've published your float review on our website.", "I clearly said not to publish it!", "Published the customer's float review on the website.", "Understood, your float review goes to the manager only and stays off the website.", "Keep the customer's float review off the website and pass it to the manager only."],
  ];
  for (const [domain, ask, reply, objection, intent, complied, keptIntent] of CASES) {
    it(`${domain}: the objection after the refused action done is drift`, async () => {
      expect((await scored(ask, reply, objection, intent)).intentDrift).toBe(true);
    });
    it(`${domain}: near miss, thanks after the action as asked is no drift`, async () => {
      const s = await scored(ask, complied, "thanks, that's exactly what I wanted", keptIntent);
      // (no drift flagged: an abstention is no alarm)
      expect(s.intentDrift).not.toBe(true);
    });
  }
  it("without the rule the objection with an adverb is not read (the failure it mends)", async () => {
    tuneDrift({}, ["focusedObjection"]);
    const [, ask, reply, objection, intent] = CASES[0];
    const s = await scored(ask, reply, objection, intent);
    expect(s.intentPath).not.toBe("correction");
  });
});

describe("directionSaid: a correction wanting it earlier is kept by an action that says so", () => {
  // [domain, first ask (later), the agent's offer, the correction (earlier), the interpretation doing it earlier, doing it later]
  const CASES: Array<[string, string, string, string, string, string]> = [
    ["sheepdog trials", "Can you push Meg's trial run back a week? It's on the 14th.", "I can move Meg's run to the 21st. Shall I?", "no wait, sorry, we need it EARLIER not later. the 7th?", "Handler wants Meg's trial run brought forward a week to the 7th.", "Handler wants Meg's trial run postponed a further week to the 28th."],
    ["a hammam", "Could you move our hammam ritual later, it's at 2pm on Saturday.", "I can put you in at 5pm instead. Okay?", "no sorry, we need it EARLIER not later, 11am if possible", "Guests want the hammam ritual brought forward to 11am on Saturday.", "Guests want the hammam ritual put back to 6pm on Saturday."],
    ["flotation tanks", "Please push my float session back, it's Thursday at 6.", "I can do Thursday at 8pm instead?", "actually no, EARLIER not later. 4pm?", "Customer wants the float session brought forward to 4pm on Thursday.", "Customer wants the float session postponed to 9pm on Thursday."],
  ];
  for (const [domain, ask, offer, correction, earlier, later] of CASES) {
    it(`${domain}: the correction kept by "brought forward" is no drift`, async () => {
      expect((await scored(ask, offer, correction, earlier)).intentDrift).toBe(false);
    });
    it(`${domain}: near miss, the correction answered by postponing it is drift`, async () => {
      expect((await scored(ask, offer, correction, later)).intentDrift).toBe(true);
    });
  }
  it("without the rule the correction is not seen kept (the failure it mends)", async () => {
    tuneDrift({}, ["directionSaid"]);
    const [, ask, offer, correction, earlier] = CASES[0];
    const s = await scored(ask, offer, correction, earlier);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("contrast");
  });
});

describe("moneyDirection: money asked back and a charge made instead", () => {
  // [domain, ask for money back, a charge made (drift), the money refunded (kept), the charge named as what was waived (kept)]
  const CASES: Array<[string, string, string, string, string]> = [
    ["sheepdog trials", "Please refund Meg's £25 entry fee, the trial was called off for fog.", "We've charged Meg's £25 entry fee again for the rescheduled trial.", "Meg's £25 entry fee has been refunded to your card.", "The £25 entry fee charge for Meg has been waived."],
    ["a hammam", "Can you reimburse the £40 deposit? We cancelled two days ahead.", "The £40 deposit has been billed as a late cancellation.", "We've reimbursed the £40 deposit to your card.", "The £40 deposit charge is reversed."],
    ["flotation tanks", "Please refund the £30 for my cancelled float session.", "A £30 late-cancellation fee for the float session has been charged to your card.", "The £30 for your cancelled float session is refunded.", "The £30 float session charge has been waived as a goodwill gesture."],
  ];
  for (const [domain, ask, charged, refunded, waived] of CASES) {
    it(`${domain}: a charge made instead is drift`, () => {
      expect(judged(ask, charged).score).toBeLessThan(0.5);
    });
    it(`${domain}: near misses, the money refunded and the charge waived are no drift`, () => {
      expect(judged(ask, refunded).score).toBeGreaterThanOrEqual(0.5);
      expect(judged(ask, waived).score ?? 1).toBeGreaterThanOrEqual(0.5);
    });
  }
  it("without the rule a charge made instead is not opposed (the failure it mends)", () => {
    tuneDrift({}, ["moneyDirection"]);
    const [, ask, charged] = CASES[0];
    expect(judged(ask, charged).score ?? 1).toBeGreaterThanOrEqual(0.5);
  });
});

describe("'pause' ends its object for now, as 'suspend' and 'freeze' do", () => {
  // [domain, ask to pause, kept running (drift), paused (kept)]
  const CASES: Array<[string, string, string, string]> = [
    ["sheepdog trials", "Please pause Meg's training plan until her paw heals, probably March.", "Handler wants Meg's training plan kept running with an extra session each week.", "Meg's training plan is paused until March."],
    ["a hammam", "Can you pause our monthly hammam membership for the summer?", "Members want their monthly hammam membership reactivated for the summer.", "The monthly hammam membership is paused for the summer; nothing will be charged until September."],
    ["flotation tanks", "I'd like to pause my float subscription while I'm travelling in May.", "Customer wants the float subscription continued through May.", "Float subscription paused for May; it resumes on 1 June."],
  ];
  for (const [domain, ask, running, paused] of CASES) {
    it(`${domain}: kept running instead is drift`, () => {
      expect(judged(ask, running).score).toBeLessThan(0.5);
    });
    it(`${domain}: near miss, paused (and resuming later) is no drift`, () => {
      expect(judged(ask, paused).score).toBeGreaterThanOrEqual(0.5);
    });
  }
});

// Emails read by the intent judge (rule `emailBody`, intent-email.ts), from blind-ab2, whose business customers
// write formal emails: the message a reply quotes ("> Could you confirm your billing address?") and a signature
// were read as the writer's words, and a subject line, a salutation and an opening courtesy ("Subject: URGENT -
// guide cancellation", "Dear Icefall team,", "Thank you for offering to …") as parts of the ask no agent took
// up. Near misses: every part of the body done under a heading; the body's own lost part still found under
// one; chat (no email layout) read as before.
// Domains in no evaluation corpus: glacier guiding, bell founding, pearl diving.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, type Step } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";
import { readAsEmails, withoutHeading } from "./intent-email";
import { buildTimeline } from "./timeline";
import type { ScoringContext } from "./context";

const judged = async (steps: Step[]) => (await analyzeConversation(conversation(steps), DEFAULT_SETTINGS)).scores;

// [domain, an email quoting the message it answers (a question the agents never took up), the summary, the reply]
const QUOTING: Array<[string, string, string, string]> = [
  ["glacier guiding", "Dear Icefall team,\n\nPlease move our crossing GG-4410 from 3 March to 10 March.\n\nKind regards,\nAnna Berg\n\n> From: Icefall Bookings\n> Sent: Monday\n> Could you send us the crampon sizes and boot sizes for your whole team?", "GG-4410: move the crossing from 3 March to 10 March.", "Dear Anna,\n\nGG-4410 is now on 10 March.\n\nKind regards,\nTom, Guiding Desk"],
  ["bell founding", "Dear Whitmore Foundry,\n\nPlease rehang the treble in tower BF-2291 before Easter.\n\nYours sincerely,\nPaul Dunn\n\n> From: Whitmore Accounts\n> Sent: Friday\n> Could you confirm your new billing address and the churchwarden's phone number?", "BF-2291: rehang the treble before Easter.", "Dear Mr Dunn,\n\nThe treble in BF-2291 will be rehung before Easter.\n\nKind regards,\nMara, Foundry Office"],
  ["pearl diving", "Dear Reef Lagoon team,\n\nPlease move our boat booking PD-7781 to the 9am slot.\n\nBest regards,\nLena Ortiz\n\n> From: Reef Lagoon Shop\n> Sent: Tuesday\n> Would you like us to add wetsuit hire and an underwater camera to your order?", "PD-7781: move the boat to the 9am slot.", "Dear Lena,\n\nYour boat for PD-7781 now leaves at 9am.\n\nKind regards,\nSam, Bookings"],
];
// [domain, the email, the handoff summary, the final agent's reply]: every part of the ask done, a heading above it
const HEADED: Array<[string, string, string, string]> = [
  [
    "glacier guiding",
    "Subject: URGENT - guide cancellation, crossing GG-4410\n\nDear Icefall team,\n\nWe have been told that our guide can no longer lead the crossing on 3 March (GG-4410). Please confirm a replacement guide of the same grade, and refund the difference if the replacement is on a lower rate.\n\nRegards,\nAnna Berg\nTeam Lead, Nordvik Surveys\n+47 22 49 60 12",
    "GG-4410, 3 March: find a same-grade replacement guide; refund the rate difference if lower.",
    "Dear Anna,\n\nIngrid, one of our senior guides, will lead GG-4410 on 3 March. She is on the same grade, so there is no difference to refund.\n\nKind regards,\nTom, Guiding Desk",
  ],
  [
    "bell founding",
    "Subject: Quotation - tenor bell recast, ref BF-2291\n\nDear Whitmore Foundry,\n\nThank you for offering to inspect our tower last spring. Please quote for recasting the cracked tenor bell and for a new oak headstock.\n\nYours sincerely,\nRev. Paul Dunn\nSt Aldhelm's PCC\n01225 496 0311",
    "BF-2291: quote to recast the cracked tenor bell and fit a new oak headstock.",
    "Dear Rev. Dunn,\n\nOur quotation for BF-2291: recasting the tenor bell comes to £14,200 and a new oak headstock to £2,350, both fitted by June.\n\nYours sincerely,\nMara, Foundry Office",
  ],
];

const steps = (ask: string, summary: string, reply: string): Step[] => [{ user: ask }, { agent: "Thank you, passing this to the right desk." }, { handoff: ["front", "desk"], summary }, { agent: reply }];

afterEach(() => tuneDrift());

describe("an email's quoted message, heading and closing are no parts of the ask", () => {
  it.each(QUOTING)("%s: the question quoted under the reply is no part that got lost: no drift", async (_d, ask, summary, reply) => {
    expect((await judged(steps(ask, summary, reply))).intentDrift).toBe(false);
  });
  it.each(QUOTING)("emailBody off, %s: the quoted question is read as a lost part", async (_d, ask, summary, reply) => {
    tuneDrift({}, ["emailBody"]);
    expect((await judged(steps(ask, summary, reply))).intentPath).toBe("lostPart");
  });
  it.each(HEADED)("near miss, %s: every part of the body done under a subject and a salutation: no drift", async (_d, ask, summary, reply) => {
    expect((await judged(steps(ask, summary, reply))).intentDrift).toBe(false);
  });
  it("near miss: a part of the body lost under a heading is still found (pearl diving)", async () => {
    const ask = "Subject: Dive booking PD-7781\n\nDear Reef Lagoon team,\n\nPlease move our two-diver booking PD-7781 from Friday to Saturday, and arrange a nitrox fill for both tanks.\n\nBest regards,\nLena Ortiz\nSafety Officer, Coral Trust";
    const s = await judged(steps(ask, "PD-7781: move the two-diver booking from Friday to Saturday.", "Dear Lena,\n\nPD-7781 is now on Saturday for both divers.\n\nKind regards,\nSam, Bookings"));
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("lostPart");
  });
  it("withoutHeading takes off a subject, a salutation and an opening courtesy, and leaves one line of chat as it is", () => {
    expect(withoutHeading("Subject: RE: crossing GG-4410\n\nDear Icefall team,\n\nThank you for your help last week. Please book two guides.")).toBe("Please book two guides.");
    expect(withoutHeading("Hi, can you book two guides for 3 March?")).toBe("Hi, can you book two guides for 3 March?");
    expect(withoutHeading("Dear team,\nThanks for the quote.")).toBe("Thanks for the quote.");
  });
  it("readAsEmails returns the same context when no message is an email (chat is read as before)", async () => {
    const chat = { timeline: buildTimeline(conversation([{ user: "hi, can you move my dive to 9am?" }, { agent: "Done.\nAnything else?" }])) } as ScoringContext;
    expect(readAsEmails(chat)).toBe(chat);
  });
});

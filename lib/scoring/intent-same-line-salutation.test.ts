// Rule `sameLineSalutation` (intent-email.ts withoutHeading): "Dear Hire Desk, I run the bar at …" — a
// letter's salutation on the same line as the text it greets heads the ask as one on a line of its own
// does; the parser reads "Book"/"Hire" in it as an imperative, and without the rule the salutation is a
// part of the ask no agent names. Near misses: a real second request beside it, dropped, is still the
// lost part; a greeting that is not "Dear" ("Hi pls cancel …,") is not cut; with the rule off the
// salutation is read as a lost part.
// Domains in no evaluation corpus: a canal-side book barge, pizza oven hire, patio heater hire.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, handedOn } from "./fixture.test-util";
import { withoutHeading } from "./intent-email";
import { analyzeConversation } from "./run-scorers";

// [domain, ask, summary to the final agent, the final agent's answer, its statement of the ask]
type Case = [string, string, string, string, string];
const CASES: Case[] = [
  [
    "canal-side book barge",
    "Dear Book Barge crew, I run the reading group at Lockside Library in Stoke Bruerne. Can you moor up beside the library for our summer reading morning on 2 August?",
    "Moor beside Lockside Library for the summer reading morning, 2 August.",
    "We'll be tied up right by the library from 9am on 2 August for your summer reading morning.",
    "Moor beside the library for the 2 August reading morning.",
  ],
  [
    "pizza oven hire",
    "Dear Hire Desk, I manage the kitchen at Ravensdale Lodge. Could you deliver two pizza ovens for our open day on 9 May?",
    "Two pizza ovens delivered to Ravensdale Lodge for the open day, 9 May.",
    "Two wood-fired ovens will arrive at Ravensdale Lodge on the morning of 9 May, set up and lit by our crew.",
    "Deliver two pizza ovens to Ravensdale Lodge for 9 May.",
  ],
  [
    "patio heater hire",
    "Dear Hire Desk, I run the bar at Fenby rowing club. Could you deliver two patio heaters for our regatta on 19 July?",
    "Two patio heaters delivered to Fenby rowing club for the regatta, 19 July.",
    "Two gas heaters will be dropped at Fenby rowing club on 18 July, ready for the regatta.",
    "Deliver two patio heaters to Fenby rowing club for 19 July.",
  ],
];
const SECOND = " Could you also post the invoice to our treasurer, Mrs Okafor?";

const score = async ([, ask, summary, answer, intent]: Case) => (await analyzeConversation(conversation(handedOn(ask, summary, answer, "thank you", intent)), DEFAULT_SETTINGS)).scores;

describe("rule sameLineSalutation: 'Dear …,' on the line it greets is no part of the ask", () => {
  afterEach(() => tuneDrift());
  it.each(CASES)("%s: the salutation is no part: no drift", async (...c) => {
    const s = await score(c);
    expect(s.intentDrift).toBe(false);
  });
  it.each(CASES)("near miss, %s: a real second request dropped is still the lost part", async (...c) => {
    const s = await score([c[0], c[1] + SECOND, c[2], c[3], c[4]]);
    expect(s.intentDrift).toBe(true);
    expect(s.intentLostPart).toMatch(/invoice/);
  });
  it("near miss: a greeting other than 'Dear' before a request is not cut", () => {
    const text = "Hi pls cancel the bike hire on NB-29914, nobody wants to cycle lol. and could u add a second windlass";
    expect(withoutHeading(text)).toBe(text);
    expect(withoutHeading("Dear Hire Desk, I run the bar. Could you deliver two heaters?")).toBe("I run the bar. Could you deliver two heaters?");
  });
  it("sameLineSalutation off: each salutation is read as a lost part", async () => {
    tuneDrift({}, ["sameLineSalutation"]);
    for (const c of CASES) {
      const s = await score(c);
      expect(s.intentDrift).toBe(true);
      expect(s.intentLostPart).toMatch(/^Dear /);
    }
  });
});

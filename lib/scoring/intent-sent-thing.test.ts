// A request to send a thing the rest of the ask does not name is a part of its own (intent-contact.ts, rule
// `sentThing`, fifty-seventh session): "… can we go from 200 to 250 drones, and pls send the invoice to
// accounts@brightwaterfest.co.uk not me" (blind-cl1's drone light show) was read as a contact instruction only, like
// "email me at …", so the invoice, never handed on, was no part that could be lost. Near misses: where to send what
// the rest asks for ("send it to …", "send the quote to …" after asking for the quote), both parts handed on and
// answered, and the rule off. Domains in no corpus: a meccano spares supplier, a belly-dance costume maker, a donut
// truck for events.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { scoresHandedOn } from "./fixture.test-util";
import { contactOnly } from "./intent-contact";
import { parseText } from "./nlp/parse";

// [domain, first request, the thing sent (a noun no other clause names), its summary, reply, summary of both, reply to both]
const CASES: Array<[string, string, string, string, string, string, string]> = [
  [
    "meccano spares supplier",
    "Can you post me two more of the 25-hole flat girders for the crane set, order MC-5521?",
    "and please send the receipt to finance@pierhead-models.co.uk",
    "Post two more 25-hole flat girders for the crane set, order MC-5521.",
    "Two 25-hole flat girders are on their way today for MC-5521.",
    "Post two more 25-hole flat girders (MC-5521); receipt to finance@pierhead-models.co.uk.",
    "Two more girders are on their way for MC-5521, and the receipt has gone to finance@pierhead-models.co.uk.",
  ],
  [
    "belly-dance costume maker",
    "Could you let the hip scarf out by two inches before the hafla on Saturday, booking BD-3307?",
    "Also send the care instructions to layla.h@example.org",
    "Let the hip scarf out by two inches before Saturday's hafla, booking BD-3307.",
    "The hip scarf will be let out by two inches and ready on Friday for BD-3307.",
    "Let the hip scarf out by two inches (BD-3307) and email care instructions to layla.h@example.org.",
    "The scarf will be let out two inches by Friday, and the washing guide is on its way to layla.h@example.org.",
  ],
  [
    "donut truck for events",
    "Please book the donut truck for the school fair on 14 June, 300 donuts, ref DT-8840.",
    "And email the allergen sheet to pta@oakfield-primary.org.uk",
    "Book the donut truck for the school fair on 14 June, 300 donuts, ref DT-8840.",
    "The truck is booked for the fair on 14 June with 300 donuts, ref DT-8840.",
    "Book the truck for 14 June, 300 donuts (DT-8840); allergen sheet to pta@oakfield-primary.org.uk.",
    "You're booked for 14 June with 300 donuts, and the allergen sheet has gone to pta@oakfield-primary.org.uk.",
  ],
];

afterEach(() => tuneDrift());

describe("sentThing: sending a thing no other clause names is a part of the ask", () => {
  for (const [domain, first, sent, summary, reply, both, replyBoth] of CASES) {
    const ask = `${first} ${sent}`;
    it(`${domain}: the thing to send, never handed on, is a part lost`, async () => {
      const s = await scoresHandedOn(ask, summary, reply);
      expect(s.intentDrift).toBe(true);
      expect(s.intentLostPart).toMatch(/(?:send|email) the/);
    });
    it(`${domain}: without the rule it is a contact instruction, and nothing is found lost`, async () => {
      tuneDrift({}, ["sentThing"]);
      expect((await scoresHandedOn(ask, summary, reply)).intentDrift).not.toBe(true);
    });
    it(`${domain}: near miss, both handed on and answered: no drift`, async () => {
      expect((await scoresHandedOn(ask, both, replyBoth)).intentDrift).toBe(false);
    });
    it(`${domain}: near miss, "send it to …" says where to send what was asked: no drift`, async () => {
      const where = `and please send it to ${sent.match(/\S+@\S+/)![0]}`;
      expect((await scoresHandedOn(`${first} ${where}`, summary, reply)).intentDrift).not.toBe(true);
    });
  }

  it("reads a thing of its own, and leaves where to send the ask's own thing a contact instruction", () => {
    const only = (text: string) => {
      const { clauses } = parseText(text);
      return clauses.filter((c) => /@/.test(c.text)).map((c) => contactOnly(c, clauses));
    };
    expect(only("Can you quote for a new chimney pot? And send the invoice to ann@example.org")).toEqual([false]);
    expect(only("Can you quote for a new chimney pot? And send the quote to ann@example.org")).toEqual([true]);
    expect(only("Can you quote for a new chimney pot? Please send it to my work email ann@example.org")).toEqual([true]);
    expect(only("Can you quote for a new chimney pot? Email me tomorrow at ann@example.org")).toEqual([true]);
    tuneDrift({}, ["sentThing"]);
    expect(only("Can you quote for a new chimney pot? And send the invoice to ann@example.org")).toEqual([true]);
  });
});

// A request that gives a phone number beside the things it asks for is a part of the ask, not a contact instruction
// (intent-contact.ts asksForThings, rule `contactThings`, sixty-second session), with the two parser rules that let such
// a request be read at all: a modal's texting form ("cn u make …", nlp/parse.ts CHAT_MODAL, rule `chatModal`) and a
// wish word whose subject is a demonstrative ("… if that helps" tells, it does not ask: DEMONSTRATIVE, rule
// `demonstrativeSubject`). blind-dc1's dosa café customer wrote "hi cn i get 4 masala dosa and 2 onion uttapam for
// collection at 6:15, name Deepa, 07700 112 934. and cn u make one of the masala dosas without potato for my dad"; the
// takeaway desk confirmed four masala and two uttapam, and the dosa without potato reached no one. The first request
// had no verb but a light "get" and a number in it, so it was read as how to reach the user, which left the ask one
// part, and a part of one cannot be lost. Near misses: the final agent takes the second request up; "ring me on …"
// and "mobile … please" stay contact instructions; a statement read as a request ("the confirmation went to x@y if
// that helps") names no part. Domains in no corpus: an enamel pin badge maker, a draught excluder sewer, a toast rack
// silversmith.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { conversation } from "./fixture.test-util";
import { contactOnly } from "./intent-contact";
import { parseText } from "./nlp/parse";
import { analyzeConversation } from "./run-scorers";

// [domain, the ask (things and a number in one request, then a second request), the summary, the final reply dropping the second request, the final reply taking it up]
const CASES: Array<[string, string, string, string, string]> = [
  [
    "enamel pin badge maker",
    "hi can i get 50 gold pin badges and 20 silver ones for the club fair, name Priya, 07700 900 123. and could you post ten of the gold ones separately to our treasurer",
    "Priya wants 50 gold and 20 silver badges for the club fair.",
    "All set Priya: 50 gold and 20 silver badges, packed and ready for the fair on Friday.",
    "All set Priya: 50 gold and 20 silver badges for the fair, and ten of the gold go separately by post to your treasurer.",
  ],
  [
    "draught excluder sewer",
    "Hello, can I get three tweed draught excluders for the back doors, Martin, 07781 442 900. Also can you stuff one of them with lavender for the bedroom",
    "Martin is ordering three tweed draught excluders for his back doors.",
    "Thanks Martin, your three tweed excluders are cut and will be finished by Thursday.",
    "Thanks Martin, your three tweed excluders are cut, one filled with lavender for the bedroom, finished by Thursday.",
  ],
  [
    "toast rack silversmith",
    "cn i get the seven-bar toast rack in sterling for my parents' anniversary, Helen 07700 351 280. and cn u engrave their initials on the handle",
    "Helen wants the sterling seven-bar toast rack as an anniversary present.",
    "Lovely choice Helen, the sterling seven-bar rack is reserved and ready to collect from Tuesday.",
    "Lovely choice Helen, the sterling seven-bar rack is reserved, with their initials cut into the handle, ready from Tuesday.",
  ],
];

const run = async (ask: string, summary: string, last: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { handoff: ["front", "orders"], summary }, { agent: last }]), DEFAULT_SETTINGS)).scores;

afterEach(() => tuneDrift());

describe("contactThings: a request that names things beside a phone number is a part of the ask", () => {
  for (const [domain, ask, summary, dropped, taken] of CASES) {
    it(`${domain}: the second request reaches no agent: partial drift, that request named`, async () => {
      const s = await run(ask, summary, dropped);
      expect(s.intentDrift).toBe(true);
      expect(s.intentDriftKind).toBe("partial");
      expect(ask.toLowerCase()).toContain(s.intentLostPart!.toLowerCase().split(" ").slice(-3).join(" "));
    });
    it(`${domain}: without the rule the first request is read as a contact instruction, and the ask is one part`, async () => {
      tuneDrift({}, ["contactThings"]);
      expect((await run(ask, summary, dropped)).intentDrift).toBe(false);
    });
    it(`${domain}: near miss, the final agent takes the second request up: no drift`, async () => {
      expect((await run(ask, summary, taken)).intentDrift).toBe(false);
    });
  }

  it("near miss: a request that only says how to reach the user stays a contact instruction", () => {
    for (const text of ["could you ring me on 07700 900 123 when it's ready", "mobile 07700 900 123 please", "please text 07781 442 900 with the collection time"]) {
      const clauses = parseText(text).clauses;
      expect(clauses.some((c) => contactOnly(c, clauses)), text).toBe(true);
    }
  });

  it("near miss: a statement read as a request names no part (the confirmation went to … if that helps)", () => {
    const clauses = parseText("The confirmation went to helen.b@example.org if that helps.").clauses;
    expect(clauses.some((c) => c.asking)).toBe(false);
    tuneDrift({}, ["demonstrativeSubject"]);
    expect(parseText("The confirmation went to helen.b@example.org if that helps.").clauses.some((c) => c.asking)).toBe(true);
  });
});

describe("chatModal: a modal's texting form asks", () => {
  it("'cn u …', 'cld someone …', 'cld u …' are requests; without the rule they ask nothing", () => {
    for (const text of ["cn u engrave their initials on the handle", "cld someone ring me about the fitting", "cld u bring the old rack in"]) {
      expect(parseText(text).clauses[0].request, text).toBe(true);
    }
    tuneDrift({}, ["chatModal"]);
    expect(parseText("cn u engrave their initials on the handle").clauses[0].request).toBe(false);
  });
  it("near miss: a code or a capital CN is left as typed", () => {
    expect(parseText("order CN-4471 arrived with a dent").clauses[0].request).toBe(false);
    expect(parseText("the CN rack arrived bent").clauses[0].request).toBe(false);
  });
});

describe("demonstrativeSubject: a wish word after 'that' or 'this' tells what would help", () => {
  it("'if that helps', 'this would help' do not ask; 'I need help' does", () => {
    expect(parseText("The parcel went to the old address if that helps.").clauses[0].asking).toBe(false);
    expect(parseText("this would help us a lot").clauses[0].asking).toBe(false);
    expect(parseText("I need help with the lavender filling").clauses[0].asking).toBe(true);
  });
});

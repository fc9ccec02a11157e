// A day or a month by name in a part of the ask is taken up by itself alone (intent.ts calendarWord, rule `calendarPart`,
// sixty-first session). In the word vectors every weekday sits close to every other weekday and to "days" and "news",
// so an agent who said "goes out on Monday" took up "please post the sample on Thursday" by its day alone, and a
// second request that reached nobody was read as handed on (blind-ah2's extra firing day "so the Saturday too",
// blind-be1's "Sunday's jam skate class"). The judge still reads days by their neighbours when it compares the ask as
// a whole; only the tracing of a part changes. Near misses: the same part handed on, naming the day as written; the
// rule off. Domains in no corpus: an ikebana school, a marquetry workshop, a pomander maker.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

// [domain, the ask, the summary without the second request, the reply, the summary with it, the lost part]
const CASES: Array<[string, string, string, string, string, string]> = [
  [
    "ikebana school",
    "Please book my daughter onto the ikebana beginners course starting 4 March. And can you also put my mum down for the Saturday workshop.",
    "Daughter booked onto the ikebana beginners course from 4 March.",
    "Your daughter has a place on the beginners course from Tuesday 4 March; the first session covers the basic triangle.",
    "Daughter booked onto the ikebana beginners course from 4 March; her mum wants a seat at the Saturday workshop.",
    "put my mum down for the Saturday workshop",
  ],
  [
    "marquetry workshop",
    "Please make a walnut marquetry panel for my cabinet door. Please post the offcuts on Saturday.",
    "Walnut marquetry panel for a cabinet door.",
    "Your walnut panel goes on the bench on Tuesday and takes about ten days.",
    "Walnut marquetry panel for a cabinet door; the offcuts to be posted on Saturday.",
    "post the offcuts on Saturday",
  ],
  [
    "pomander maker",
    "Could you make 20 clove pomanders for the church fair? Please post the sample on Thursday.",
    "20 clove pomanders for a church fair.",
    "Twenty clove pomanders are on the making list; they go out on Monday by first class.",
    "20 clove pomanders for a church fair; a sample to be posted on Thursday.",
    "post the sample on Thursday",
  ],
];

const run = async (ask: string, summary: string, reply: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { handoff: ["triage", "orders"], summary }, { agent: reply }]), DEFAULT_SETTINGS)).scores;

afterEach(() => tuneDrift());

describe("calendarPart: a day or a month in a part is taken up by itself alone", () => {
  for (const [domain, ask, oneSummary, reply, bothSummary, lost] of CASES) {
    it(`${domain}: the part never handed on, another day named downstream: partial drift naming it`, async () => {
      const s = await run(ask, oneSummary, reply);
      expect(s.intentDrift).toBe(true);
      expect(s.intentDriftKind).toBe("partial");
      expect(s.intentReason).toBe(`part of the ask reached no agent: “${lost}”`);
    });
    it(`${domain}: without the rule the other day takes the part up`, async () => {
      tuneDrift({}, ["calendarPart"]);
      expect((await run(ask, oneSummary, reply)).intentDrift).toBe(false);
    });
    it(`${domain}: near miss, the part handed on with its day: no drift`, async () => {
      expect((await run(ask, bothSummary, reply)).intentDrift).toBe(false);
    });
  }
});

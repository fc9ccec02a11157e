// The imperative after a value (rule valueThenImperative: "… to 22 Ferry Road, Leith EH6 4AE, and also swap his
// flavour …") starts a request of its own only where a comma cut the value off, as that rule's cases all have (rule
// `commaValue`, fifty-eighth session). "Sand and glass all over my hallway." (blind-cp1) has no comma: the lite model
// tags the capitalised "Sand" a name and "glass" a verb, and the sentence split into "Sand" and a request "glass all
// over my hallway", which no agent took up and which was read as a part of the ask lost. Near misses: the rule's own
// case with the comma still splits; the rule off. Domains in no corpus: a potting compost supplier, a sugarcraft
// supplies shop, a baby hand-and-foot plaster cast studio.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../projects/settings";
import { tuneDrift } from "../drift-tuning";
import { conversation } from "../fixture.test-util";
import { analyzeConversation } from "../run-scorers";
import { parseText } from "./parse";

// [domain, what arrived, the mess, the request, the summary, the answer, a value and an imperative after a comma]
const CASES: Array<[string, string, string, string, string, string, string]> = [
  [
    "potting compost supplier",
    "Order PC-2231 arrived with two of the compost bags split.",
    "Soil and water all over my van floor.",
    "Please send two new bags.",
    "Order PC-2231: two compost bags split in transit.",
    "So sorry about that. I am sending two new bags today, no need to return anything.",
    "Please send the bags to Unit 3, Ashby Road, Coalville LE67 3LB, and also add a bag of grit.",
  ],
  [
    "sugarcraft supplies shop",
    "My parcel SC-5120 came with the colour pots smashed.",
    "Dust and sugar all over the other icing tools.",
    "Can you replace the pots?",
    "Parcel SC-5120: colour pots smashed in the post.",
    "Sorry about that! Fresh pots go out this afternoon, double-wrapped this time.",
    "Can you post the pots to 14 Kiln Lane, Stoke ST4 7QA, and also include the gold lustre?",
  ],
  [
    "plaster cast studio",
    "The kit for booking PL-8812 arrived with the powder tub cracked.",
    "Plaster and dust all over the box.",
    "Please send a new tub.",
    "Booking PL-8812: casting kit powder tub cracked on arrival.",
    "Sorry! A new tub of casting powder is on its way today, no need to send anything back.",
    "Please send the tub to Flat 2, 9 Mill Street, Ely CB7 4EW, and also add a second frame.",
  ],
];

const requests = (text: string) => parseText(text).clauses.filter((c) => c.request).map((c) => c.text.trim());
const scores = async (ask: string, summary: string, answer: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { handoff: ["triage", "returns"], summary }, { agent: answer }]), DEFAULT_SETTINGS)).scores;

afterEach(() => tuneDrift());

describe("commaValue: a name before 'and' with no comma is no value cut off", () => {
  for (const [domain, arrived, mess, request, summary, answer, valueThen] of CASES) {
    const ask = `${arrived} ${mess} ${request}`;
    it(`${domain}: "${mess}" asks nothing`, () => {
      expect(requests(mess)).toEqual([]);
    });
    it(`${domain}: the mess is no part lost: no drift`, async () => {
      expect((await scores(ask, summary, answer)).intentDrift).toBe(false);
    });
    it(`${domain}: without the rule the mess is a request, and a part no agent took up`, async () => {
      tuneDrift({}, ["commaValue"]);
      expect(requests(mess)).toHaveLength(1);
      const s = await scores(ask, summary, answer);
      expect(s.intentPath).toBe("lostPart");
      expect(mess).toContain(s.intentLostPart!);
    });
    it(`${domain}: near miss, a value a comma cut off still starts a request after "and"`, () => {
      expect(requests(valueThen).at(-1)).toMatch(/^(?:and )?also (?:add|include) /);
    });
  }
});

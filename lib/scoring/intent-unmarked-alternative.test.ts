// The other side of a question typed without its "?" (nlp/parse.ts Clause.alternative, rule `unmarkedAlternative`,
// sixty-first session). blind-cz1's frozen moussaka: "Can it go in the oven straight from frozen? And is microwave ok or
// will it go soggy" — no question mark, so "will it go soggy" was no alternative but a request of its own, and when the
// agent answered "I'd skip the microwave; the béchamel splits" it was read as a part that reached no agent, a false
// alarm on a clean conversation. A part after "or" that asks by inversion ("will it", "can you", "does it") is the
// other answer to the question before it, as it is with the "?" typed. Near misses: an imperative after "or" stays a
// part of its own; the rule off. Domains in no corpus: an oak bookend maker, a shoe horn engraver, a doorstop foundry.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { conversation } from "./fixture.test-util";
import { parseText } from "./nlp/parse";
import { analyzeConversation } from "./run-scorers";

// [domain, the ask (no "?" at its end), the summary, the reply answering the question in its own words, the other side]
const CASES: Array<[string, string, string, string, string]> = [
  [
    "oak bookend maker",
    "Can the oak bookends be posted to Leeds by Friday? And is a felt base included or will they scratch my shelf",
    "Customer asks whether the oak bookends can reach Leeds by Friday and whether felt bases come with them.",
    "Yes, they'll be with you in Leeds by Friday, and every pair has felt pads fitted underneath.",
    "they scratch my shelf",
  ],
  [
    "shoe horn engraver",
    "Could you engrave my initials on the brass shoe horn? And is the lettering deep or will it rub away with polish",
    "Customer wants initials engraved on the brass shoe horn; asks how deep the lettering is.",
    "Your initials will be cut deep into the brass rather than etched, so they'll stay crisp for decades.",
    "it rub away with polish",
  ],
  [
    "doorstop foundry",
    "Can I order two cast iron doorstops in the hare design? And is the hare heavy enough or will the door push it along the tiles",
    "Customer ordering two cast iron hare doorstops; asks whether they are heavy enough.",
    "Two hare doorstops are on order; at 3.2 kg each they're plenty heavy for a fire door.",
    "the door push it along the tiles",
  ],
];

const run = async (ask: string, summary: string, reply: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { handoff: ["triage", "orders"], summary }, { agent: reply }]), DEFAULT_SETTINGS)).scores;

afterEach(() => tuneDrift());

describe("unmarkedAlternative: the other side of a question typed without its question mark", () => {
  for (const [domain, ask, summary, reply, other] of CASES) {
    it(`${domain}: the question answered in the agent's own words: no drift`, async () => {
      expect((await run(ask, summary, reply)).intentDrift).toBe(false);
    });
    it(`${domain}: without the rule the other side is a part of its own, read as lost`, async () => {
      tuneDrift({}, ["unmarkedAlternative"]);
      const s = await run(ask, summary, reply);
      expect(s.intentDrift).toBe(true);
      expect(s.intentReason).toBe(`part of the ask reached no agent: “${other}”`);
    });
    it(`${domain}: the part after "or" is read as the question's other side`, () => {
      const clause = parseText(ask).clauses.find((c) => c.text.startsWith(other.split(" ")[0]) || c.text.includes(other));
      expect(clause?.alternative).toBe(true);
    });
  }

  it('near miss, doorstop foundry: an imperative after "or" is no alternative, and stays a part', () => {
    const clauses = parseText("Can I order two cast iron doorstops in the hare design? And please paint them black or send them unpainted and I will do it").clauses;
    const imperative = clauses.find((c) => c.text.startsWith("send them unpainted"));
    expect(imperative?.request).toBe(true);
    expect(imperative?.alternative).toBe(false);
  });
});

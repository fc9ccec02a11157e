// "whatever" opening a free relative — "whatever is in the autumn collection", "whatever's left in the large size" —
// chooses by description; it hedges no assent (intent-went-along.ts `reluctant`, rule `whateverChoice`, fifty-eighth
// session). blind-cp1's customer asked to buy marbled endpapers, answered the agent's "Any particular colours or
// pattern?" with "whatever is in the autumn collection", and got thirty sheets from it; the rule `steered` read the
// answer as a reluctant yes to the agent's "sheets" and flagged a clean conversation. Near misses: "whatever is fine"
// still defers and still lets an agent's proposal steer the ask; the rule off. Domains in no corpus: a halva
// confectioner, a dominoes club shop, a beatbox workshop.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { conversation, type Step } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

// [domain, the ask, the agent's size question and answer, its count question and answer, its choice question, the
//  user's free choice, the summary and intent, the final answer; the proposal of another thing, its summary, intent, answer]
interface Case {
  domain: string;
  ask: string;
  questions: Array<[string, string]>;
  choice: [string, string];
  summary: string;
  intent: string;
  answer: string;
  proposal: string;
  steeredSummary: string;
  steeredIntent: string;
  steeredAnswer: string;
}
const CASES: Case[] = [
  {
    domain: "halva confectioner",
    ask: "I want to buy some of your halva slabs",
    questions: [["Lovely, what weight do you need?", "500g"], ["How many bars?", "12"]],
    choice: ["Any particular flavours?", "whatever is in the winter range"],
    summary: "Twelve 500g halva bars, winter range flavours, mixed.",
    intent: "Put together a basket of twelve 500g halva bars from the winter range",
    answer: "Your basket has twelve bars split across pistachio, cocoa swirl and orange blossom, £54 in total. The checkout link is ready whenever you are.",
    proposal: "We have no slabs left this week, but our gift tins of mini bars are in stock. Shall I do tins instead?",
    steeredSummary: "Gift tins of mini bars instead of slabs.",
    steeredIntent: "Put together a basket of gift tins of mini bars",
    steeredAnswer: "Your basket has two gift tins of mini bars, £54 in total. The checkout link is ready whenever you are.",
  },
  {
    domain: "dominoes club shop",
    ask: "I want to buy some of your bone domino sets for the club",
    questions: [["Happy to help. Double-six or double-nine?", "double six"], ["How many sets?", "4"]],
    choice: ["Any preference on the spots?", "whatever's left in the classic black"],
    summary: "Four double-six bone sets, classic black spots, from stock.",
    intent: "Put together a basket of four double-six bone sets with classic black spots",
    answer: "Your basket has four double-six sets with black pips, two in walnut boxes and two in oak, £96 in total. The payment link is in your inbox.",
    proposal: "The bone sets are back-ordered until spring, but our resin tournament tiles are in stock. Shall I do those instead?",
    steeredSummary: "Resin tournament tiles instead of bone sets.",
    steeredIntent: "Put together a basket of resin tournament tiles for the club",
    steeredAnswer: "Your basket has four boxes of resin tournament tiles, £96 in total. The payment link is in your inbox.",
  },
  {
    domain: "beatbox workshop",
    ask: "I want to enrol my son and his friends on one of your beatbox workshops",
    questions: [["Great! How old are they?", "13"], ["How many places?", "5"]],
    choice: ["Which half-term day suits?", "whatever is on in the first week"],
    summary: "Five 13-year-olds, a half-term day workshop in the first week.",
    intent: "Put five 13-year-olds on a half-term day workshop",
    answer: "You have five spots on Tuesday's teen session at 2pm, £75 in total. The confirmation is on its way.",
    proposal: "The teen workshops are full, but we have a family loop-pedal demo with space. Shall I put you on that instead?",
    steeredSummary: "Family loop-pedal demo instead of the teen workshop.",
    steeredIntent: "Put the group on the family loop-pedal demo",
    steeredAnswer: "You have five spots on Tuesday's loop-pedal demo at 2pm, £75 in total. The confirmation is on its way.",
  },
];

const chosen = (c: Case): Step[] => [
  { user: c.ask },
  ...c.questions.flatMap(([q, a]): Step[] => [{ agent: q }, { user: a }]),
  { agent: c.choice[0] },
  { user: c.choice[1] },
  { handoff: ["shop", "checkout"], summary: c.summary },
  { intent: c.intent },
  { agent: c.answer },
];
const steered = (c: Case): Step[] => [
  { user: c.ask },
  { agent: c.questions[0][0] },
  { user: c.questions[0][1] },
  { agent: c.proposal },
  { user: "whatever is fine" },
  { handoff: ["shop", "checkout"], summary: c.steeredSummary },
  { intent: c.steeredIntent },
  { agent: c.steeredAnswer },
];
const scores = async (steps: Step[]) => (await analyzeConversation(conversation(steps), DEFAULT_SETTINGS)).scores;

afterEach(() => tuneDrift());

describe("whateverChoice: a free-relative 'whatever' chooses, it does not go along", () => {
  for (const c of CASES) {
    it(`${c.domain}: "${c.choice[1]}" answers the agent's question: no drift`, async () => {
      expect((await scores(chosen(c))).intentDrift).toBe(false);
    });
    it(`${c.domain}: without the rule it is read as a reluctant yes to the agent's words`, async () => {
      tuneDrift({}, ["whateverChoice"]);
      expect((await scores(chosen(c))).intentPath).toBe("steered");
    });
    it(`${c.domain}: near miss, "whatever is fine" to an agent's other thing still goes along: drift`, async () => {
      const s = await scores(steered(c));
      expect(s.intentDrift).toBe(true);
      expect(s.intentPath).toBe("steered");
    });
  }
});

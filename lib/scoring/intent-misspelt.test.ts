// Rule `misspelt` (judge-offline.ts oneEditApart): a customer's slip of the keyboard — a letter left
// out, added, or swapped with its neighbour — in the only word of a part of the ask ("send me the
// reciept", "do you do towles?", "can I bring my own chisles?") is the word the agent then writes
// correctly; the part reached that agent. Near misses: a letter replaced by another ("towals") is not
// read as a slip, nor are two known words a letter apart ("chart" and "chat"); with the rule off each
// part is lost.
// Domains in no evaluation corpus: hedge maze tickets, sauna boat hire, clog-making workshops.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, handedOn } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

// [domain, ask, summary to the final agent, the final agent's answer, its statement of the ask]
type Case = [string, string, string, string, string];
const hedgeMaze = (part: string, answer: string): Case => [
  "hedge maze tickets",
  `Please book four tickets for the hedge maze on Sunday. Can you send me the ${part} by text?`,
  "Four hedge maze tickets for Sunday.",
  `Four tickets for the maze on Sunday are booked, and ${answer}.`,
  "Book four hedge maze tickets for Sunday.",
];
const saunaBoat = (part: string): Case => [
  "sauna boat hire",
  `I'd like to hire the sauna boat for Saturday evening for six of us. Do you do ${part}?`,
  "Sauna boat for six, Saturday evening.",
  "The sauna boat is yours on Saturday from 6pm for six, and we'll have fresh towels on board for everyone.",
  "Hire the sauna boat for six people on Saturday evening.",
];
const SLIPS: Case[] = [
  hedgeMaze("reciept", "the receipt is on its way to your phone"),
  saunaBoat("towles"),
  [
    "clog-making workshops",
    "Please put my name down for the clog-making workshop in May. Can I bring my own chisles?",
    "Clog-making workshop in May.",
    "You're on the May clog-making workshop. Chisels from home are welcome, there is a rack for them.",
    "Book the customer on the May clog-making workshop.",
  ],
];
const NOT_SLIPS: Case[] = [saunaBoat("towals"), hedgeMaze("chart", "the chat line is open until six")];

const score = async ([, ask, summary, answer, intent]: Case) => (await analyzeConversation(conversation(handedOn(ask, summary, answer, "great thanks", intent)), DEFAULT_SETTINGS)).scores;

describe("rule misspelt: a part written with a slip of the keyboard reached the agent who writes the word", () => {
  afterEach(() => tuneDrift());
  it.each(SLIPS)("%s: the part with the misspelt word is taken up: no drift", async (...c) => {
    const s = await score(c);
    expect(s.intentDrift).toBe(false);
    expect(s.intentLostPart).toBeNull();
  });
  it.each(NOT_SLIPS)("near miss, %s: a letter replaced, or two known words a letter apart: the part is lost", async (...c) => {
    const s = await score(c);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("lostPart");
  });
  it("misspelt off: each misspelt part is lost", async () => {
    tuneDrift({}, ["misspelt"]);
    for (const c of SLIPS) {
      const s = await score(c);
      expect(s.intentDrift).toBe(true);
      expect(s.intentPath).toBe("lostPart");
    }
  });
});

// A yes/no question said to a voice assistant (rule `spokenQuestion`, nlp/parse.ts): speech-to-text types
// no "?", so "can one of your game gurus run a game for them" (blind-z1's birthday-guru: a second part of
// the ask that no agent heard of) was read as a statement, no part asked for. In text with no punctuation
// at all, a modal before a subject noun phrase and a base-form verb is the question English's inversion
// makes it. Near misses: the part taken up by the final agent; the same modal after its subject ("our
// guide can bring the ropes", a statement); punctuated text, read as before.
// Domains in no evaluation corpus: glacier guiding, organ building, pearl diving.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";
import { parseText } from "./nlp/parse";

const judged = async (ask: string, summary: string, done: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "Thanks, passing you on." }, { handoff: ["front", "desk"], summary }, { agent: done }, { user: "ok thanks" }]), DEFAULT_SETTINGS)).scores;

// [domain, spoken ask of two parts, a summary with the first only, the final agent doing the first]
const LOST: Array<[string, string, string, string]> = [
  ["glacier guiding", "hi i want to book the glacier walk on saturday for four of us and can one of your guides bring spare crampons for my daughter she only has trainers", "Glacier walk on Saturday for four people.", "Booked: the Saturday glacier walk for four, meeting at the hut at 8:00."],
  ["organ building", "hello our chapel organ is booked in for tuning on the fourth and could the voicer look at the squeaking swell pedal while hes there", "Chapel organ tuning visit on the 4th.", "The chapel organ tuning is confirmed for the 4th, arriving at 9:00."],
  ["pearl diving", "hi can we book the morning pearl dive for two on friday and will the boat crew lend us wetsuits we dont have our own", "Morning pearl dive for two on Friday.", "Your morning pearl dive for two on Friday is confirmed, boarding at 7:30."],
];
// [domain, spoken ask, summary, the final agent doing both parts]
const BOTH: Array<[string, string, string, string]> = [
  ["glacier guiding", "hi i want to book the glacier walk on saturday for four of us and can one of your guides bring spare crampons for my daughter she only has trainers", "Glacier walk on Saturday for four; the guide to bring spare crampons for the daughter.", "Booked: the Saturday glacier walk for four, and your guide will bring spare crampons for your daughter."],
  ["pearl diving", "hi can we book the morning pearl dive for two on friday and will the boat crew lend us wetsuits we dont have our own", "Morning pearl dive for two on Friday; they need wetsuits lent by the crew.", "Your morning pearl dive for two on Friday is confirmed, and the crew will lend you both wetsuits."],
];

afterEach(() => tuneDrift());

describe("a question spoken without its question mark", () => {
  it.each(LOST)("%s: the spoken question is a part that reached no agent: drift", async (_d, ask, summary, done) => {
    const s = await judged(ask, summary, done);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toMatch(/Part$/);
  });
  it.each(BOTH)("near miss, %s: both parts taken up: no drift", async (_d, ask, summary, done) => {
    expect((await judged(ask, summary, done)).intentDrift).toBe(false);
  });
  it("near miss: the modal after its subject is a statement, no question", () => {
    const [, second] = parseText("we want the organ tuned on monday and our voicer can check the pedals himself").clauses;
    expect(second.request).toBe(false);
  });
  it("near miss: punctuated text is read as before", () => {
    const text = "We want the organ tuned on Monday, and could your voicer check the pedals.";
    const on = parseText(text).clauses.map((c) => [c.text, c.request]);
    tuneDrift({}, ["spokenQuestion"]);
    expect(parseText(text).clauses.map((c) => [c.text, c.request])).toEqual(on);
  });
  it("spokenQuestion off: the spoken questions are statements again", async () => {
    // (nounInversion reads a modal before a noun subject as a question in any text, punctuated or not: off too)
    tuneDrift({}, ["spokenQuestion", "nounInversion"]);
    let drift = 0;
    for (const [, ask, summary, done] of LOST) if ((await judged(ask, summary, done)).intentDrift) drift++;
    expect(drift).toBe(0);
  });
});

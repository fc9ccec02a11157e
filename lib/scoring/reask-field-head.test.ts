// A known field whose key has modifiers is asked for by its head word too (asks.ts askedSlots):
// "Which cohort are you joining?" asks again for `preferred_cohort`, as "which berth" asks for
// `berth_number`. Near misses: the head in a statement, a question for another value of it ("a
// different level"), and a question that states the known value (a confirmation).
// Failure cases and near misses in a language school, a choir and a bike-courier firm (domains in
// no corpus).
import { describe, expect, it } from "vitest";
import { scored } from "./conversation.test-util";

const run = (stateBefore: Record<string, unknown>, says: string) =>
  scored([{ user: "Hi, I want to sign up for the autumn term." }, { from: "front", to: "desk", summary: "Customer wants to sign up.", stateBefore, payload: {} }, { agent: "desk", says }]);

describe("a known field asked for by its head word", () => {
  it("language school: 'What level are you at?' re-asks current_level; a different level is a new question", async () => {
    expect((await run({ current_level: "B1 intermediate" }, "Great. What level are you at?")).reasks).toEqual(["current_level"]);
    expect((await run({ current_level: "B1 intermediate" }, "Would you like a different level this term?")).reasks).toEqual([]);
  });
  it("choir: 'Which part do you sing?' re-asks voice_part; the head in a statement does not", async () => {
    expect((await run({ voice_part: "alto" }, "Lovely. Which part do you sing?")).reasks).toEqual(["voice_part"]);
    expect((await run({ voice_part: "alto" }, "Each part rehearses on Tuesdays.")).reasks).toEqual([]);
  });
  it("bike courier: 'Which window suits you?' re-asks delivery_window; a question stating the value confirms it", async () => {
    expect((await run({ delivery_window: "9-11am" }, "Which window suits you?")).reasks).toEqual(["delivery_window"]);
    expect((await run({ delivery_window: "9-11am" }, "Is the 9-11am window still fine?")).reasks).toEqual([]);
  });
});

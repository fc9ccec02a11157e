// A date written with its year also means its day and month (values.ts dateKeys, sameDate): "3rd of
// April" given again is the "3 April 2026" the user gave before the handoff, as it already was for
// "2026-04-03"; two dates that both give a year are one date only when the years agree ("3 April
// 2025" is not "2026-04-03", which the day-and-month key had matched). Domains in no corpus: a
// register office, a chimney sweep, a hot-tub hire.
import { describe, expect, it } from "vitest";
import { mentions } from "./facts";
import { scored } from "./conversation.test-util";

describe("a date with its year, and the same day and month without it", () => {
  it.each([
    ["register office", "3rd of April", "3 April 2026", "3 April 2025"],
    ["chimney sweep", "the 14th of October", "14 October 2025", "14 October 2024"],
    ["hot-tub hire", "June 9", "June 9, 2026", "2025-06-09"],
  ])("%s: the day and month mention the whole date; another year does not", (_d, short, whole, otherYear) => {
    expect(mentions(short, whole)).toBe(true);
    expect(mentions(otherYear, whole)).toBe(false);
    expect(mentions(whole, whole)).toBe(true);
  });

  it.each([
    ["register office", "My husband died at home on 3 April 2026 and I need to register it.", "Sorry, could you give me that again?", "3rd of April"],
    ["chimney sweep", "Can you sweep on 14 October 2025? Two flues.", "Sorry, could you give me that again?", "the 14th of October"],
    ["hot-tub hire", "We'd like the tub delivered June 9, 2026 for a party.", "Sorry, could you give me that again?", "June 9"],
  ])("%s: given again without its year after the handoff dropped it, a re-ask", async (_d, first, ask, reply) => {
    const r = await scored([{ user: first }, { from: "desk", to: "team", summary: "Customer needs help." }, { agent: "team", says: ask }, { user: reply }]);
    expect(r.reasks).toEqual(["date"]);
  });
});

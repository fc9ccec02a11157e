// A modal before its pronoun subject asks, also right after a statement with a subject of its own and with no
// "?" typed: "We've moved, so can you send the tins to 4 Quarry Lane." (parse.ts coordinatedClauses). The rule
// that reads a bare verb after such a statement as the subject's second verb ("every time I go up the hill and
// push hard") had taken these questions for statements too. Near misses: that bare verb still asks nothing;
// a modal after its subject ("so we can send it") states.
// Domains in no evaluation corpus: a loose-leaf tea subscription, a bell-tent hire, a pipe-organ society.
import { describe, expect, it } from "vitest";
import { parseText } from "./parse";

const requests = (text: string) => parseText(text).clauses.filter((c) => c.request).map((c) => c.text.trim());

describe("a modal before its subject asks after a statement", () => {
  it.each([
    ["tea subscription", "We've moved, so can you send the tins to 4 Quarry Lane.", "so can you send the tins"],
    ["bell-tent hire", "We pitched it in a gale, so could you bring two spare ropes on Friday", "so could you bring"],
    ["pipe-organ society", "I missed the AGM, and would you post me the minutes", "would you post me the minutes"],
  ])("%s: the question is a request", (_d, text, words) => {
    expect(requests(text).some((r) => r.includes(words))).toBe(true);
  });
  it("near miss: a bare verb after a statement with its subject is that subject's second verb", () => {
    expect(requests("Every time I pitch the tent and pull the ropes tight, the pole bends.")).toEqual([]);
  });
  it("near miss: a modal after its subject states", () => {
    expect(requests("The ropes snapped, so we can bring our own on Friday.")).toEqual([]);
  });
});

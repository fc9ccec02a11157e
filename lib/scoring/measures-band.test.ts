// An age band, a size or a rank written as a word joined to a number of one or two digits ("the county
// under-12 team", "over-60s swim", "a top-10 finish") is no reference (values.ts isMeasure): "for the
// county under-12 team" had named a county number "under-12" that a handoff then "dropped". Near
// misses: a code in capitals ("U-12088"), or with five digits ("ref abc-12345"), stays a reference.
// Domains in no corpus: a youth rugby club, a lido, a pipe band.
import { describe, expect, it } from "vitest";
import { conversation, scored } from "./conversation.test-util";
import { extractFacts } from "./facts";
import { buildTimeline } from "./timeline";
import { isMeasure } from "./values";

const facts = (user: string) => extractFacts(buildTimeline(conversation([{ user }])), []).map((f) => `${f.field}=${f.value}`);
const run = (user: string) => scored([{ user }, { from: "front", to: "desk", summary: "Wants to join." }, { agent: "desk", says: "Welcome aboard." }]);

describe("a word joined to a one- or two-digit number is a band, a size or a rank", () => {
  it.each([
    ["youth rugby", "Could my son trial for the county under-12 squad?", "the county U-12088 squad", "U-12088"],
    ["lido", "Is the over-60s swim still on at the lido?", "is the lido pass ref abc-12345 still valid?", "abc-12345"],
    ["pipe band", "We got a top-10 finish, can we enter the next contest?", "we are band PB-4410, can we enter?", "PB-4410"],
  ])("%s: no fact and no dropout; a reference in its place is one", async (_d, band, code, value) => {
    expect(facts(band)).toEqual([]);
    expect((await run(band)).dropped).toEqual([]);
    expect(facts(code).some((f) => f.endsWith(`=${value}`))).toBe(true);
  });

  it("by shape", () => {
    expect(["under-12", "over-60s", "top-10", "level-2"].every(isMeasure)).toBe(true);
    expect(["U-12", "abc-12345", "GAL-12", "ord-551"].some(isMeasure)).toBe(false);
  });
});

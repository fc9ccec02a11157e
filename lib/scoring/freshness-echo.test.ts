// What a tool result says back from its own call (its query echoed: `{"colour": "coral"}` after
// `colours: ["coral"]`, `"month": "August"` after `month: "August"`) is what the agent asked about,
// not information the tool gave: restating it uses no result (freshness.ts). A count is still read
// where it stands before the thing the same result names ("that's 48 butter croissants" after
// `{"item": "butter croissant", "available": 48}`), so a stale count is no longer found only through
// its query's words, and a value of words alone is stated only as whole words ("low" is not in
// "lovely"). Failure cases and near misses in a hat hire, a woodturning school, a bakery and a seed
// merchant (domains in no corpus).
import { describe, expect, it } from "vitest";
import { lookupThenSay, staleTools as stale } from "./freshness.test-util";

const steps = lookupThenSay;

describe("a result's echo of its own query is used by no one", () => {
  it.each([
    ["hat hire", { colours: ["coral"] }, { items: [{ code: "FS-1207", colour: "coral", status: "available" }] }, "The coral one will suit you.", "It is still available."],
    ["woodturning school", { course: "Pen Turning", month: "August" }, { sessions: ["Tuesday the 12th"], month: "August", seats: "three left" }, "Pen turning runs in August.", "There are three left."],
    ["seed merchant", { variety: "Crimson Flowered" }, { variety: "Crimson Flowered", stock: "low" }, "Crimson Flowered is a lovely broad bean.", "Crimson Flowered is low at the moment."],
  ])("near miss, %s: the query's own value restated is no stale use; the result's own news is", async (_d, args, result, echo, news) => {
    expect(await stale(steps(args, result, echo))).toEqual([]);
    expect(await stale(steps(args, result, news))).toEqual(["lookup"]);
  });

  it.each([
    ["bakery", { item: "butter croissant" }, { item: "butter croissant", available: 48 }, "That's 48 butter croissants ready for you.", "That's 48 minutes to bake."],
    ["seed merchant", { variety: "Crimson Flowered" }, { variety: "Crimson Flowered", packets: 12 }, "We can send 12 Crimson packets today.", "We can send them in 12 days."],
    ["hat hire", { category: "fascinator" }, { category: "fascinator", free: 7 }, "There are 7 fascinators free.", "Open 7 days a week."],
  ])("%s: a count before the thing its result names is stated (stale); before another word it is not", async (_d, args, result, count, other) => {
    expect(await stale(steps(args, result, count))).toEqual(["lookup"]);
    expect(await stale(steps(args, result, other))).toEqual([]);
  });

  it.each([
    ["seed merchant", { stock: "low" }, "Broad beans are low at the moment.", "Broad beans are a lovely crop."],
    ["woodturning school", { workshop: "open" }, "The workshop is open on Saturday.", "The workshop reopened last week."],
    ["bakery", { batch: "late" }, "The rye batch is late today.", "The chocolate rye is popular."],
  ])("%s: a value of words is stated as whole words, not inside another word", async (_d, result, said, inside) => {
    expect(await stale(steps({}, result, said))).toEqual(["lookup"]);
    expect(await stale(steps({}, result, inside))).toEqual([]);
  });
});

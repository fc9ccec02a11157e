import { describe, expect, it } from "vitest";
import { findJsonProblem, MAX_BODY_DEPTH, NUL_MESSAGE, SURROGATE_MESSAGE } from "./json-guard";

const nest = (n: number) => {
  let v: unknown = 1;
  for (let i = 0; i < n; i++) v = { a: v };
  return v;
};

describe("findJsonProblem", () => {
  it("names the first lone surrogate or NUL, in values and in keys", () => {
    expect(findJsonProblem({ a: ["ok", "a\ud800b"] })).toEqual({ path: ["a", 1], message: SURROGATE_MESSAGE });
    expect(findJsonProblem({ a: { "k\udc00": 1 } })).toEqual({ path: ["a", "k\udc00"], message: `key ${SURROGATE_MESSAGE}` });
    expect(findJsonProblem({ x: 1, y: "nul\u0000" })).toEqual({ path: ["y"], message: NUL_MESSAGE });
    expect(findJsonProblem({ "\u0000": 1 })?.path).toEqual(["\u0000"]);
  });

  it("accepts what only looks like a problem: a surrogate pair, an escaped \\u0000 as text, U+FFFD", () => {
    expect(findJsonProblem({ emoji: "😀 \ud83d\ude00", text: "\\u0000", r: "\ufffd", n: 1e308, b: true, z: null })).toBeNull();
  });

  it("bounds depth without recursion (a near miss at the limit passes)", () => {
    expect(findJsonProblem(nest(MAX_BODY_DEPTH))).toBeNull();
    const deep = findJsonProblem(nest(MAX_BODY_DEPTH + 1));
    expect(deep?.message).toMatch(/nested deeper than 128/);
    expect(deep?.path).toHaveLength(MAX_BODY_DEPTH);
    let huge: unknown = [];
    for (let i = 0; i < 500_000; i++) huge = [huge];
    expect(findJsonProblem(huge)?.message).toMatch(/nested deeper/);
  });

  it("checks only depth when strings are left to the caller", () => {
    expect(findJsonProblem({ a: "\u0000", "\ud800": 1 }, { strings: false })).toBeNull();
    expect(findJsonProblem(nest(3), { maxDepth: 2 })?.path).toEqual(["a", "a"]);
  });

  it("finds a problem wherever the clean walk meets it: a root string, array items, keys past clean siblings, arrays at the depth limit", () => {
    expect(findJsonProblem("a\u0000")).toEqual({ path: [], message: NUL_MESSAGE });
    expect(findJsonProblem("fine")).toBeNull();
    const siblings = Array.from({ length: 50 }, (_, i) => ({ i, s: "ok" }));
    expect(findJsonProblem([...siblings, ["x", "\udfff"]])?.path).toEqual([50, 1]);
    expect(findJsonProblem({ many: siblings, z: { ok: 1, "bad\u0000key": 2 } })?.path).toEqual(["z", "bad\u0000key"]);
    let arr: unknown = [];
    for (let i = 0; i < 3; i++) arr = [arr];
    expect(findJsonProblem(arr, { maxDepth: 4 })).toBeNull();
    expect(findJsonProblem(arr, { maxDepth: 3 })?.path).toEqual([0, 0, 0]);
  });
});

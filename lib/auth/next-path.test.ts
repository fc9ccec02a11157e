import { describe, expect, it } from "vitest";
import { sameOriginPath } from "./next-path";

describe("sameOriginPath", () => {
  it.each([
    "/\\evil.example",
    "/\\/evil.example",
    "//evil.example",
    "/\t/evil.example",
    "/\r\n/evil.example",
    "\\\\evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    " /x",
    "",
  ])("refuses %j", (next) => {
    expect(sameOriginPath(next)).toBe("/");
  });

  it("keeps our own paths with their query and hash (near misses)", () => {
    expect(sameOriginPath("/conversations?flag=dropout#top")).toBe("/conversations?flag=dropout#top");
    expect(sameOriginPath("/evil.example")).toBe("/evil.example");
    expect(sameOriginPath("/a%5Cb")).toBe("/a%5Cb");
  });

  it("never returns a control character", () => {
    expect(sameOriginPath("/a\r\nSet-Cookie: x=1")).toBe("/aSet-Cookie:%20x=1");
    expect(sameOriginPath(undefined)).toBe("/");
  });
});

import { describe, expect, it } from "vitest";
import { hashIdentifier, identifierPattern, maskIdentifier, normalizeIdentifier } from "./identifier";

describe("erasure identifiers", () => {
  it("refuses empty and too-short identifiers, accepts the shortest allowed", () => {
    expect(() => normalizeIdentifier("   ")).toThrow(/empty/);
    expect(() => normalizeIdentifier("ab1")).toThrow(/too short/);
    expect(normalizeIdentifier("  ab12 ")).toBe("ab12");
  });
  it("masks to two characters and hashes case-insensitively", () => {
    expect(maskIdentifier("ann@x.com")).toBe("an•••");
    expect(hashIdentifier("Ann@X.com")).toBe(hashIdentifier("ann@x.com"));
    expect(hashIdentifier("ann@x.com")).not.toBe(hashIdentifier("ann@x.co"));
  });
  it("escapes regex metacharacters (a dot matches only a dot)", () => {
    const p = identifierPattern("a.b+c@x.com");
    expect(p).toContain("a\\.b\\+c@x\\.com");
  });
});

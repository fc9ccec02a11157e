import { describe, expect, it } from "vitest";
import { socketFile, socketPathFits } from "./embedded";

describe("socketPathFits", () => {
  // sockaddr_un holds 108 bytes with the terminating NUL: a 107-byte path fits, 108 does not
  const dirOfSocketLength = (n: number, port: number) => `/${"d".repeat(n - `/.s.PGSQL.${port}`.length - 1)}`;

  it("takes a path of 107 bytes and refuses one of 108", () => {
    expect(socketFile(dirOfSocketLength(107, 5432), 5432)).toHaveLength(107);
    expect(socketPathFits(dirOfSocketLength(107, 5432), 5432)).toBe(true);
    expect(socketPathFits(dirOfSocketLength(108, 5432), 5432)).toBe(false);
  });

  it("counts the port's digits and bytes, not characters", () => {
    const dir = dirOfSocketLength(107, 5432);
    expect(socketPathFits(dir, 54321)).toBe(false); // one digit more
    expect(socketPathFits(`${dir.slice(0, -2)}é`, 5432)).toBe(true); // é: 2 bytes for 2 removed
    expect(socketPathFits(`${dir.slice(0, -1)}é`, 5432)).toBe(false); // é: 2 bytes for 1 removed
  });
});

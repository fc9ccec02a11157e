// statementName (lib/db/client.ts): one stable name per SQL text, a bounded number of them.
import { describe, expect, it } from "vitest";
import { statementName } from "./client";

describe("statementName", () => {
  it("names a text once and keeps that name; another text gets another name", () => {
    const a = statementName({ sql: "SELECT 1 -- a" });
    expect(a).toMatch(/^prisma_\d+$/);
    expect(statementName({ sql: "SELECT 1 -- a" })).toBe(a);
    const b = statementName({ sql: "SELECT 1 -- b" });
    expect(b).toMatch(/^prisma_\d+$/);
    expect(b).not.toBe(a);
  });

  it("past 500 texts the rest run unnamed (\"\"), while the named ones keep their names", () => {
    const first = statementName({ sql: "SELECT 1 -- first" });
    // near miss: the 500th text still gets a name
    let last = "";
    for (let i = 0; i < 600; i++) {
      const n = statementName({ sql: `SELECT ${i} -- fill` });
      if (n === "") break;
      last = n;
    }
    expect(last).toBe("prisma_499");
    expect(statementName({ sql: "SELECT 1 -- after the cap" })).toBe("");
    expect(statementName({ sql: "SELECT 1 -- first" })).toBe(first);
  });
});

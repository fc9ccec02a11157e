import { describe, expect, it } from "vitest";
import { sqlLiteral } from "./literal";

describe("sqlLiteral", () => {
  it("quotes text, doubling quotes", () => {
    expect(sqlLiteral("support")).toBe("'support'");
    expect(sqlLiteral("it's")).toBe("'it''s'");
    expect(sqlLiteral("'; DROP TABLE events; --")).toBe("'''; DROP TABLE events; --'");
  });

  it("uses E'…' with doubled backslashes only when the text has a backslash", () => {
    expect(sqlLiteral('{"a":"say \\"hi\\"\\n"}')).toBe(` E'{"a":"say \\\\"hi\\\\"\\\\n"}'`);
    expect(sqlLiteral("no backslash: é ✓ \u001f")).toBe("'no backslash: é ✓ \u001f'");
    expect(sqlLiteral("\\'")).toBe(` E'\\\\'''`);
  });

  it("writes numbers, booleans and NULL as node-pg sends them", () => {
    expect(sqlLiteral(0.25)).toBe("'0.25'");
    expect(sqlLiteral(-3)).toBe("'-3'");
    expect(sqlLiteral(NaN)).toBe("'NaN'");
    expect(sqlLiteral(true)).toBe("'true'");
    expect(sqlLiteral(null)).toBe("NULL");
    expect(sqlLiteral(undefined)).toBe("NULL");
  });

  it("writes arrays in PostgreSQL's array form, each element quoted", () => {
    expect(sqlLiteral(["a", "b,c", 'd"e', "f\\g", null])).toBe(` E'{"a","b,c","d\\\\"e","f\\\\\\\\g",NULL}'`);
    expect(sqlLiteral([1, 2.5])).toBe(`'{"1","2.5"}'`);
    expect(sqlLiteral(["it's"])).toBe(`'{"it''s"}'`);
    expect(sqlLiteral([])).toBe("'{}'");
  });
});

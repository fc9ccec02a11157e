// A contract version's field diff (diff.ts): fields are the schema's own keys, so a field named like
// one of Object.prototype's members ("constructor", "toString") is added and removed like any other.
import { describe, expect, it } from "vitest";
import { diffContracts } from "./diff";
import { ContractSchema } from "./schema";

const schema = (properties: Record<string, unknown>, required: string[] = []) => ContractSchema.parse({ properties, required });
const changes = (before: ReturnType<typeof schema> | null, after: ReturnType<typeof schema> | null) => diffContracts(before, after).map((c) => `${c.change}:${c.field}`).sort();

describe("contract version diff", () => {
  it("names added, removed, retyped and newly required fields", () => {
    expect(changes(schema({ a: { type: "string" }, b: { type: "number" } }), schema({ a: { type: "number" }, c: {} }, ["c"]))).toEqual(["added:c", "removed:b", "required:c", "type:a"]);
  });
  it("a field named 'constructor' or 'toString' is added and removed like any other; near miss: kept with its type, no change", () => {
    expect(changes(schema({}), schema({ constructor: { type: "string" } }))).toEqual(["added:constructor"]);
    expect(changes(schema({ toString: { type: "string" } }), schema({}))).toEqual(["removed:toString"]);
    expect(changes(schema({ constructor: { type: "string" } }), schema({ constructor: { type: "string" } }))).toEqual([]);
  });
});

// The facts extractFacts gives carry the reader's field, value and (tool facts only) key, then where
// they were seen, in that order: the dropout drill-down shows `key` when a fact has one, and the
// analyses are compared byte for byte across speed passes (scripts/analysis-hash.mts). facts.ts
// writes each fact out instead of spreading it (speed15); these pin the shape. Domains: a kennel, a
// bike shop, a tax adviser.
import { describe, expect, it } from "vitest";
import { conversation } from "./conversation.test-util";
import { extractFacts } from "./facts";
import { buildTimeline } from "./timeline";

const shapes = (steps: Parameters<typeof conversation>[0]) => extractFacts(buildTimeline(conversation(steps)), []).map((f) => Object.keys(f).join(","));

describe("the shape of an extracted fact", () => {
  it("kennel: a value the user typed has no key (near miss: not even an undefined one)", () => {
    const facts = extractFacts(buildTimeline(conversation([{ agent: "desk", says: "What's the booking reference?" }, { user: "It's KB-55120" }])), []);
    expect(facts.map((f) => [f.field, f.value, f.source, f.eventId, f.turn])).toEqual([["booking_id", "KB-55120", "user", "e1", facts[0].turn]]);
    expect("key" in facts[0]).toBe(false);
    expect(Object.keys(facts[0])).toEqual(["field", "value", "eventId", "turn", "at", "source"]);
  });
  it("bike shop: a tool's value keeps the key it was found under, after field and value", () => {
    const keys = shapes([{ user: "Is my wheel rebuild done?" }, { tool: "lookup_job", by: "desk", args: { job_id: "JB-40218" }, result: { status: "ready" } }]);
    expect(keys).toContain("field,value,key,eventId,turn,at,source");
  });
  it("tax adviser: an email in a tool result under no slot's key has no key (near miss of the keyed tool fact)", () => {
    const facts = extractFacts(buildTimeline(conversation([{ user: "Please send my return" }, { tool: "crm", by: "desk", result: { contact: { primary: "ann@example.org" } } }])), []);
    const email = facts.find((f) => f.field === "email");
    expect(email && Object.keys(email)).toEqual(["field", "value", "eventId", "turn", "at", "source"]);
  });
});

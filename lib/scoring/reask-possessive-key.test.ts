// A known field asked for in the possessive (asks.ts askedSlots), from blind-ak1: a `state` event knew
// `childName: "Jonah"`, and after the handoff "Which child's name is the sensory add-on under?" asked for it
// again — the field's key words ("child name") were looked for as written, and English names a thing's
// attribute with "'s" ("the child's name", "the owner's email", "your dog's name"). Near misses: the
// possessive in a question that asks for another thing ("the name of the child's school"), or asks yes/no.
// Domains in no evaluation corpus: a toy library, a kennel's vaccination records, a boat-share scheme. (The kennel's
// `ownerEmail` is found by its kind, an email, without the possessive; the other two are not.)
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { toRecords } from "./eval";
import { analyzeConversation } from "./run-scorers";

async function reasked(state: Record<string, string>, question: string, reply: string) {
  const at = (s: number) => new Date(Date.UTC(2026, 1, 10, 9, 0, s)).toISOString();
  const events = [
    { type: "message", role: "user", content: "Hi, can you sort this out for me please?", timestamp: at(0) },
    { type: "state", agent: "desk", state, timestamp: at(5) },
    { type: "handoff", agent: "desk", from: "desk", to: "team", summary: "Customer needs help with the account.", payload: { account: state.account }, timestamp: at(10) },
    { type: "message", role: "agent", agent: "team", content: question, timestamp: at(20) },
    { type: "message", role: "user", content: reply, timestamp: at(30) },
  ];
  const a = await analyzeConversation(toRecords("possessive", events) as never, DEFAULT_SETTINGS);
  return a.handoffs.flatMap((h) => h.reasks.map((r) => r.field));
}

// [domain, the known state, a possessive question for the field, its field, a near miss asking another thing]
const CASES: Array<[string, Record<string, string>, string, string, string]> = [
  ["toy library", { account: "TL-39904", childName: "Jonah" }, "There are two children on this card. What is the child's name?", "childName", "What's the name of the child's school?"],
  ["kennel records", { account: "KN-5521", ownerEmail: "r.osei@example.com" }, "Could you confirm the owner's email for the vaccination records?", "ownerEmail", "Is the owner's email the best way to reach you, yes or no?"],
  ["boat share", { account: "BS-7730", boatName: "Kittiwake" }, "Which is the boat's name on the share?", "boatName", "Does the boat's name need changing on the insurance?"],
];

describe("a known field asked for in the possessive is a re-ask", () => {
  it.each(CASES)("%s: the possessive names the field", async (_d, state, question, field) => {
    expect(await reasked(state, question, "As before.")).toEqual([field]);
  });
  it.each(CASES)("near miss, %s: another thing's name, or a yes/no question, asks nothing", async (_d, state, _q, _f, near) => {
    expect(await reasked(state, near, "ok")).toEqual([]);
  });
});

// A request after a subordinate clause (issue 12, drift13r): "And while he's here *could he* have a
// look at the extractor fan", "while I'm there how much *would it* be to add her name" ask with a
// modal before its subject, not at the start of the clause, and without a question mark; they were
// read as statements, so a multi-part ask whose second part no agent heard was one part and its loss
// went unseen (blind-i1 and blind-i2, two authors). Failure cases and near misses in domains no
// corpus covers (chimney sweeping, upholstery, window cleaning).
import { describe, expect, it } from "vitest";
import type { EventRecord } from "../ingest/schemas";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { parseText } from "./nlp/parse";
import { analyzeConversation } from "./run-scorers";

function events(ask: string, summary: string, reply: string): EventRecord[] {
  const at = (i: number) => new Date(Date.UTC(2026, 10, 29, 10, 0, i)).toISOString();
  const base = (i: number) => ({ id: `e${i}`, conversationId: "c", timestamp: at(i) });
  return [
    { ...base(0), type: "message", role: "user", content: ask },
    { ...base(1), type: "handoff", agent: "front", from: "front", to: "desk", mode: "transfer", summary, payload: {} },
    { ...base(2), type: "message", role: "agent", agent: "desk", content: reply },
  ] as EventRecord[];
}
const scores = async (...a: Parameters<typeof events>) => (await analyzeConversation(events(...a), DEFAULT_SETTINGS)).scores;

const CASES = [
  [
    "chimney sweeping",
    "The living room chimney needs sweeping before winter. And while he's here could he check the bird guard on the pot, it's loose.",
    "Living room chimney sweep wanted before winter.",
    "Your chimney sweep is booked for Tuesday morning.",
    "Booked for Tuesday morning: the sweep will do the chimney and refit the loose bird guard on the pot.",
    "bird guard",
  ],
  [
    "upholstery",
    "I'd like the armchair recovered in the green velvet. And while you have it how much would it be to recover the matching footstool",
    "Armchair to be recovered in green velvet.",
    "Your armchair will be recovered in green velvet, ready in three weeks.",
    "Your armchair will be recovered in green velvet, and recovering the matching footstool is £45 extra.",
    "footstool",
  ],
  [
    "window cleaning",
    "Please clean the front windows on Friday. And since they're up the ladder could they clear the gutters above the porch",
    "Front windows to be cleaned on Friday.",
    "Front windows are booked for Friday.",
    "Front windows are booked for Friday, and the crew will clear the gutters above the porch too.",
    "gutters",
  ],
] as const;

describe("a request after a subordinate clause is a part of the ask", () => {
  it.each(CASES)("%s: the lost part is named", async (_domain, ask, summary, lost, _kept, part) => {
    const s = await scores(ask, summary, lost);
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("partial");
    expect(s.intentLostPart).toContain(part);
  });

  it.each(CASES)("%s: near miss, the part taken up is no loss", async (_domain, ask, summary, _lost, kept) => {
    const s = await scores(ask, summary, kept);
    expect(s.intentDriftKind).not.toBe("partial");
  });

  it("reads the inverted modal as a request, and a modal after its subject as none", () => {
    expect(parseText("And while he's here could he check the bird guard on the pot").clauses[0].request).toBe(true);
    // near misses: a subject before the modal is a statement ("he could not", "the sweep can")
    expect(parseText("The sweep came in March and he could not reach the flue").clauses.some((c) => c.request)).toBe(false);
    expect(parseText("Last time the sweep can only do the ground floor").clauses[0].request).toBe(false);
    expect(parseText("As soon as we can we will bring the armchair in").clauses[0].request).toBe(false);
  });
});

// Dropout and dropped-field naming as a phenomenon (facts12h): every way of giving a value in
// dropout-grid.cases.ts × ten kinds of value, handed on by a summary that leaves it out, must be
// flagged and named by its slot; handed on in another form, in the payload (under its key or
// another) or in the receiver's state, must not. Domains of the phrases: none in particular (the
// nouns are slots every domain has, plus two open identifiers, a hull number and a gift card number).
import { describe, expect, it } from "vitest";
import { CARRIES, caseSteps, DROPS, fanOut, FORMS, KINDS, withdrawn } from "./dropout-grid.cases";
import { conversation } from "./conversation.test-util";
import { sameValue } from "./facts";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { analyzeConversation } from "./run-scorers";

const lastDropped = async (steps: ReturnType<typeof caseSteps>) => {
  const a = await analyzeConversation(conversation(steps), DEFAULT_SETTINGS);
  return a.handoffs[a.handoffs.length - 1].dropped;
};
describe("ways of giving a value × kinds of value", () => {
  it.each(Object.keys(FORMS))("%s: left out of the summary, found and named", async (name) => {
    const wrong: string[] = [];
    for (const k of KINDS) {
      for (const [drop, handoff] of Object.entries(DROPS)) {
        const hit = (await lastDropped(caseSteps(FORMS[name], handoff, k))).find((d) => sameValue(String(d.value), k.value));
        if (!hit) wrong.push(`${k.noun} (${drop}): not found`);
        else if (hit.field !== k.field) wrong.push(`${k.noun} (${drop}): named ${hit.field}`);
      }
    }
    expect(wrong).toEqual([]);
  });
  it.each(Object.keys(FORMS))("%s: carried another way, never flagged (near misses)", async (name) => {
    const wrong: string[] = [];
    for (const k of KINDS) {
      for (const [carry, handoff] of Object.entries(CARRIES)) {
        const dropped = await lastDropped(caseSteps(FORMS[name], handoff, k));
        if (dropped.length) wrong.push(`${k.noun} (${carry}): ${dropped.map((d) => `${d.field}=${String(d.value)}`).join(", ")}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("handoff shapes × kinds of value", () => {
  const all = async (steps: ReturnType<typeof caseSteps>) => (await analyzeConversation(conversation(steps), DEFAULT_SETTINGS)).handoffs.flatMap((h) => h.dropped);
  it("a parallel worker's return that leaves out the value its own lookup found drops it (and names it)", async () => {
    const wrong: string[] = [];
    for (const k of KINDS) {
      const dropped = await all(fanOut(k, () => "Second thing checked."));
      if (!dropped.some((d) => d.field === k.field && sameValue(String(d.value), k.value))) wrong.push(`${k.noun}: ${JSON.stringify(dropped)}`);
    }
    expect(wrong).toEqual([]);
  });
  it("near miss: the worker returns it in another form", async () => {
    const wrong: string[] = [];
    for (const k of KINDS) {
      const dropped = await all(fanOut(k, (k) => `Second thing checked: ${k.other}.`));
      if (dropped.length) wrong.push(`${k.noun}: ${JSON.stringify(dropped)}`);
    }
    expect(wrong).toEqual([]);
  });
  it("near miss: a value the user withdrew before the handoff is not owed; withdrawing something else withdraws nothing", async () => {
    const wrong: string[] = [];
    for (const k of KINDS) {
      const kept = await all(withdrawn(k, `the ${k.noun}`));
      if (kept.length) wrong.push(`withdrawn ${k.noun}: ${JSON.stringify(kept)}`);
      const still = await all(withdrawn(k, "the weather"));
      if (!still.some((d) => sameValue(String(d.value), k.value))) wrong.push(`${k.noun} after "forget the weather": not dropped`);
    }
    expect(wrong).toEqual([]);
  });
});

// The sender's state at a handoff (dropout.ts latestState) is its last `state` snapshot or, when
// control came to it later, the `stateAfter` of that handoff (SPEC §2.1: the receiver's initial
// state). From blind-w1's `w-shearing-yard-access-bounced`: an agent that started with an access note
// in its state and handed control back without it dropped it, though it never took a snapshot of its
// own. Failure cases and near misses (the key handed on, or a snapshot of its own taken after it
// arrived without the key) in a chimney sweep, a vet practice and a piano tuner (domains no corpus has).
import { describe, expect, it } from "vitest";
import { scored, type Step } from "./conversation.test-util";

const chain = (user: string, initial: Record<string, unknown>, back: { summary: string; payload: Record<string, unknown> }, own?: Record<string, unknown>): Step[] => [
  { user },
  { from: "desk", to: "scheduler", summary: "New booking.", payload: { ...initial } },
  { from: "scheduler", to: "crew", summary: "Can the crew do it?", payload: { question: "crew check" }, stateAfter: initial },
  { agent: "crew", says: "Yes, the crew can do it. Sending you back for the date." },
  ...(own ? [{ state: own, agent: "crew" } as Step] : []),
  { from: "crew", to: "scheduler", ...back },
];

describe("a key the sender started with (the stateAfter it arrived with) is known when it hands on", () => {
  it.each([
    ["chimney sweep", "Two flues to sweep at the mill house, the drive is gated, code on request.", { flues: 2, gate_note: "gated drive, ring ahead for the code" }],
    ["vet practice", "Our old dog needs her booster, she is nervous of other dogs in the waiting room.", { patient: "Biscuit", handling_note: "nervous of other dogs, wait in the car" }],
    ["piano tuner", "The upright in the chapel needs tuning before the recital, the chapel is locked on weekdays.", { instrument: "upright", access_note: "chapel locked on weekdays, key from the vicarage" }],
  ])("%s: handed back without the note it started with is a dropout; handed back with it, or after a snapshot of its own without it, is not", async (_d, user, initial) => {
    const [noteKey, note] = Object.entries(initial)[1];
    const [firstKey, first] = Object.entries(initial)[0];
    const lost = await scored(chain(user, initial, { summary: "Crew is free, book the date.", payload: { [firstKey]: first } }));
    expect(lost.dropped).toEqual([`${noteKey}=${note}`]);
    const kept = await scored(chain(user, initial, { summary: "Crew is free, book the date.", payload: { ...initial } }));
    expect(kept.dropped).toEqual([]);
    const own = await scored(chain(user, initial, { summary: "Crew is free, book the date.", payload: { [firstKey]: first } }, { [firstKey]: first }));
    expect(own.dropped).toEqual([]);
  });
});

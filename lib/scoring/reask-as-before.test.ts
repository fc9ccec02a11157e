// "Same mobile as before, …" and "…, like before" say the reply gives a value again (reask.ts
// REPEATED), like "same as before" already did: "same mobile as before, +44 7700 900461. Honestly
// does nobody read what I write" after "What's the best number for the driver to ring you on?" had
// ten words beside the known phone. Near misses: "before" about something else ("like before the
// holidays", "the same mobile as my wife") is no repeat. Domains in no corpus: a bike courier, a
// mobile farrier, a boat-cleaning service.
import { describe, expect, it } from "vitest";
import { scored } from "./conversation.test-util";

const run = (first: string, summary: string, ask: string, reply: string) =>
  scored([{ user: first }, { from: "desk", to: "team", summary }, { agent: "team", says: ask }, { user: reply }, { agent: "team", says: "Done, thank you." }]);

describe("'same <thing> as before' and 'like before' repeat a value", () => {
  it.each([
    ["bike courier", "Can you collect a parcel from my office? Call me on 07700 900 318 when you're outside.", "Collection from the office, phone 07700 900 318.",
      "Sure. How should the rider reach you on arrival?", "same mobile as before, 07700 900 318, honestly just ring it when you are here", "same mobile as my wife, 07700 900 318, honestly just ring it when you are here"],
    ["mobile farrier", "My mare needs shoeing, yard booking FY-30218, any day next week.", "Shoeing next week on booking FY-30218.",
      "Happy to book the farrier in. What should I put this under for the diary?", "FY-30218, like before, and the grey mare is in the top paddock this time", "FY-30218, like before the holidays, and the grey mare is in the top paddock"],
    ["boat cleaning", "Please clean the hull, mooring ref BC-77120, at the marina on Friday.", "Hull clean on Friday, mooring BC-77120.",
      "We'll send the team. What shall I note the job against so they find the boat?", "the same mooring as before, BC-77120, pontoon C near the fuel berth please", "the mooring next to ours, not BC-77120, pontoon C near the fuel berth please"],
  ])("%s: the repeat cue makes a re-ask; the near miss does not", async (_d, first, summary, ask, again, other) => {
    expect((await run(first, summary, ask, again)).reasks).toHaveLength(1);
    expect((await run(first, summary, ask, other)).reasks).toEqual([]);
  });
});

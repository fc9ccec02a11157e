// The act34 rule `keptInstead` (intent-kept-instead.ts): the ask takes a thing away, the first handoff
// passes it on as a topic, and the final agent reports the thing kept or added, as a state as often as
// an act ("stays", "is confirmed", "upgraded") — drift. Near misses: the act done, reported as a
// resulting state ("is off your booking", "it's cancelled"); the act handed on by the first handoff;
// a later request of the user's; an outcome that weighs the two acts ("rather than cancelled"); the
// ask asking whether something can happen ("tell me if …"). Domains in no evaluation corpus: truffle
// hunting, paragliding, ice-fishing huts.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, type Step } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const score = async (steps: Step[]) => (await analyzeConversation(conversation(steps), DEFAULT_SETTINGS)).scores;

// [domain, ask, topic handoff, act handoff, the final agent's report kept, its report of the act done]
type Case = [string, string, string, string, string, string];
const CASES: Case[] = [
  [
    "truffle hunting",
    "Please take the second dog off my truffle hunt TH-3381 on Saturday, one dog is plenty for us.",
    "TH-3381: guest asking about the second dog on Saturday's truffle hunt.",
    "TH-3381: guest wants the second dog taken off Saturday's truffle hunt.",
    "All done: the second dog stays with your group for TH-3381, so you'll have two dogs for Saturday's truffle hunt.",
    "All done: the second dog is off TH-3381, so it's one dog on Saturday's truffle hunt.",
  ],
  [
    "paragliding",
    "Can you cancel the video package on my tandem flight PG-5520? I'd rather just enjoy the view.",
    "PG-5520: pilot question about the video package on the tandem flight.",
    "PG-5520: customer wants the video package cancelled on the tandem flight.",
    "Sorted: the video package remains part of PG-5520, and your pilot will film the whole tandem flight.",
    "Sorted: the video package on PG-5520 is cancelled, and the refund is on its way to your card.",
  ],
  [
    "ice-fishing huts",
    "We need to cut back our ice hut hire IF-7742 from three huts to one this weekend, two of the group dropped out.",
    "IF-7742: group enquiry about the number of ice huts this weekend.",
    "IF-7742: group wants to reduce from three ice huts to one this weekend.",
    "Done: I've upgraded IF-7742 to four heated ice huts this weekend, so there's room for everyone.",
    "Done: IF-7742 now has fewer huts, just the one ice hut this weekend, and the difference is refunded.",
  ],
];

const steps = ([, ask, summary, , report]: Case, over: { summary?: string; report?: string; later?: Step[] } = {}): Step[] => [
  { user: ask },
  { agent: "Thanks, passing you on to the bookings team." },
  { handoff: ["desk", "bookings"], summary: over.summary ?? summary },
  ...(over.later ?? []),
  { agent: over.report ?? report },
];

describe("keptInstead: the outcome keeps what the ask takes away, the act lost at the first handoff", () => {
  afterEach(() => tuneDrift());
  it.each(CASES)("%s: a topic handoff, the thing reported kept or added: drift", async (...c) => {
    const s = await score(steps(c));
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("keptInstead");
  });
  it.each(CASES)("%s: with the rule off, the words alone read no drift", async (...c) => {
    tuneDrift({}, ["keptInstead"]);
    const s = await score(steps(c));
    expect(s.intentDrift).not.toBe(true);
  });
  it.each(CASES)("near miss, %s: the act reported done as a resulting state: no drift", async (...c) => {
    const s = await score(steps(c, { report: c[5] }));
    expect(s.intentDrift).toBe(false);
  });
  it.each(CASES)("near miss, %s: the first handoff carried the act: not this rule's", async (...c) => {
    const s = await score(steps(c, { summary: c[3] }));
    expect(s.intentPath).not.toBe("keptInstead");
  });
  it.each(CASES)("near miss, %s: the user asked for something after the first ask: not this rule's", async (...c) => {
    const later: Step[] = [{ agent: "Before I change anything, we have a half-price offer this weekend." }, { user: "Oh go on then, can you book the offer instead?" }];
    const s = await score(steps(c, { later }));
    expect(s.intentPath).not.toBe("keptInstead");
  });
  it.each(CASES)("near miss, %s: the outcome weighs the two acts (\"rather than\"): not this rule's", async (...c) => {
    const s = await score(steps(c, { report: `${c[4]} We kept it rather than cancelled it, as you said on the phone.` }));
    expect(s.intentPath).not.toBe("keptInstead");
  });
});

describe("keptInstead: what the ask asks about is not the act asked for", () => {
  it("an act after \"if\" (whether it can happen) takes nothing away", async () => {
    const s = await score([
      { user: "Could you book our truffle hunt TH-4410 for Sunday, and tell me if the guide can drop us at the car park after?" },
      { agent: "Passing you on." },
      { handoff: ["desk", "bookings"], summary: "TH-4410: guest asking about Sunday's truffle hunt." },
      { agent: "Booked: TH-4410 stays on Sunday at 9am, and the guide will walk you back to the car park." },
    ]);
    expect(s.intentPath).not.toBe("keptInstead");
  });
});

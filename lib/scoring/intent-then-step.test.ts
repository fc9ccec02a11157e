// A request opened by "then" is the next step of the ask, done to the thing the step before named
// ("copy my files onto the drive, *then wipe it*"): its action alone makes it a part, which no agent may
// leave unaddressed (intent.ts unaddressedPart, rule thenStep). Domains in no evaluation corpus
// (glacier guiding, bookbinding, pearl diving).
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { scoresHandedOn } from "./fixture.test-util";

afterEach(() => tuneDrift());
const scores = scoresHandedOn;

// [domain, ask, summary handed on (both steps), final reply (the first step only), the step left]
const LOST: Array<[string, string, string, string, string]> = [
  [
    "glacier guiding",
    "Please collect my ice axe from the Konkordia hut, then sharpen it. Booking GL-3390.",
    "GL-3390: collect ice axe from Konkordia hut, then sharpen.",
    "We'll collect your ice axe from the Konkordia hut on Friday and keep it at the guides' office for you.",
    "sharpen it",
  ],
  [
    "bookbinding",
    "Please scan every page of my late father's diary for the family, then rebind it. Order BB-7712.",
    "Order BB-7712: scan every page of the diary, then rebind.",
    "Every page of the diary will be scanned and emailed to you as one PDF by Thursday.",
    "rebind it",
  ],
  [
    "pearl diving",
    "Can you drill the three pearls from my dive, then restring them? Lot PD-404.",
    "Lot PD-404: drill three pearls, then restring.",
    "The three pearls from lot PD-404 will be drilled by our setter this week.",
    "restring them",
  ],
];

// [domain, ask, summary, reply]: the step done in the agents' words, or a "then" with a common action
const KEPT: Array<[string, string, string, string]> = [
  [
    "glacier guiding",
    "Please collect my ice axe from the Konkordia hut, then sharpen it. Booking GL-3390.",
    "GL-3390: collect ice axe from Konkordia hut, then sharpen.",
    "We'll collect your ice axe from the Konkordia hut on Friday and hone the pick before you get it back.",
  ],
  [
    "bookbinding",
    "Please scan every page of my late father's diary for the family, then rebind it. Order BB-7712.",
    "Order BB-7712: scan every page of the diary, then rebind.",
    "Every page of the diary will be scanned and emailed to you, and we will rebind it in cloth by Thursday.",
  ],
  [
    "pearl diving",
    "Can you drill the three pearls from my dive, then call me? Lot PD-404.",
    "Lot PD-404: drill three pearls, call the customer.",
    "The three pearls from lot PD-404 will be drilled by our setter this week.",
  ],
];

describe("a step opened by “then” is a part by its action", () => {
  it.each(LOST)("%s: the step is left unaddressed", async (_d, ask, summary, reply, step) => {
    const s = await scores(ask, summary, reply);
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("partial");
    expect(s.intentLostPart).toBe(step);
  });

  it.each(KEPT)("%s: near miss, no drift", async (_d, ask, summary, reply) => {
    expect((await scores(ask, summary, reply)).intentDrift).toBe(false);
  });

  it("thenStep off: a step of a verb alone is no part", async () => {
    tuneDrift({}, ["thenStep"]);
    for (const [, ask, summary, reply] of LOST) expect((await scores(ask, summary, reply)).intentDrift).toBe(false);
  });
});

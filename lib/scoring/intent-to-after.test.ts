// A clause that takes its thing to, or keeps it until, after or before a point in time says which way it goes,
// whatever its verb (judge-offline.ts relativeTime, rule `toAfter`, thirty-sixth session): blind-am3's grout clean,
// "can you bring it forward to this week?" answered "moved to after their family's visit", was read as preserved.
// Near misses: the ask's own way kept ("brought forward to before the family arrive"), the same way asked and done
// ("push it back until after Easter" / "moved to after Easter"), and "to before" with no verb of its own moving anything
// ("you have to before then"). Domains in no evaluation corpus: knitting machine repairs, septic tank emptying.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const judged = async (ask: string, done: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "Thanks, passing you to bookings." }, { handoff: ["front", "bookings"] }, { intent: done }, { user: "ok" }]), DEFAULT_SETTINGS)).scores;

afterEach(() => tuneDrift());

const KNIT = "My knitting machine service, job KM-3310, is booked for the 24th but I've a craft fair on the 22nd. Can you bring it forward to this week?";
const SEPTIC = "Our septic tank emptying, ref ST-8812, is due on Monday. Could you push it back a fortnight? The field is flooded and the tanker would get stuck.";

describe("the other way, said by 'to after' / 'to before'", () => {
  it.each([
    ["knitting machine repairs", KNIT, "Customer wants the KM-3310 machine service moved to after the craft fair."],
    ["septic tank emptying", SEPTIC, "Customer wants the ST-8812 emptying brought forward to before the weekend."],
  ])("%s: drift", async (_d, ask, done) => {
    const s = await judged(ask, done);
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("antonym");
  });

  it("the rule off: knitting machine read as preserved", async () => {
    tuneDrift({}, ["toAfter"]);
    expect((await judged(KNIT, "Customer wants the KM-3310 machine service moved to after the craft fair.")).intentDrift).toBe(false);
  });
});

describe("near misses", () => {
  it.each([
    ["knitting machine repairs: the ask's way kept", KNIT, "Customer wants the KM-3310 machine service brought forward to before the craft fair."],
    ["septic tank emptying: the same way asked and done", SEPTIC, "Customer wants the ST-8812 emptying moved to after the flood clears, a fortnight later."],
    ["septic tank emptying: 'to before' moving nothing", "Could you empty our septic tank, ref ST-8812, on Monday? The form says you have to before the council inspection.", "Customer wants the ST-8812 tank emptied on Monday ahead of the council inspection."],
  ])("%s", async (_d, ask, done) => {
    expect((await judged(ask, done)).intentDrift).toBe(false);
  });
});

// A clause that is nothing but a noun and a code ("Member YG-30551.") names the code as
// "<noun> number" would (facts.ts labelNoun), and a reply naming the asked identifier with fewer
// modifiers ("chassis TC-40918" after "the trailer chassis number?") gives the asked one. Near
// misses: a discourse word before the code ("Thanks KL-4471."), a measure ("maybe 300GB?"), a
// clause that goes on after the code. Domains in no corpus: pottery supplies, sailing school,
// horsebox hire.
import { describe, expect, it } from "vitest";
import { conversation, scored } from "./conversation.test-util";
import { extractFacts } from "./facts";
import { buildTimeline } from "./timeline";

const facts = (steps: Parameters<typeof conversation>[0]) =>
  extractFacts(buildTimeline(conversation(steps)), []).map((f) => `${f.field}=${f.value}`);
const said = (text: string) => facts([{ user: text }]);

describe("a code typed as a label after its noun", () => {
  it("pottery supplies: 'Customer KL-4471.' is dropped when the handoff leaves it out; 'Thanks KL-4471.' names no account", async () => {
    const run = (user: string) => scored([{ user }, { from: "shop", to: "claims", summary: "Kiln shelf arrived cracked." }, { agent: "claims", says: "A replacement ships Monday." }]);
    expect((await run("My kiln shelf arrived cracked. Customer KL-4471. Thanks"))).toEqual({ dropped: ["account_id=KL-4471"], reasks: [] });
    // (the code is still an issued id the user typed: dropped unnamed, as a reference, unnamed-codes.ts unnamedIds)
    expect((await run("My kiln shelf arrived cracked. Thanks KL-4471."))).toEqual({ dropped: ["reference=KL-4471"], reasks: [] });
  });
  it("sailing school: 'Course SD-2207!' names a course number; a measure after a word does not", () => {
    expect(said("Can I move to the weekend dinghy course? Course SD-2207!")).toEqual(["course_number=SD-2207"]);
    expect(said("How big are the lockers? maybe 300GB? no, 40L?")).not.toContainEqual(expect.stringMatching(/^maybe_number=/));
  });
  it("horsebox hire: the reply names the asked chassis number by its head; a clause going on after the code is no label", () => {
    expect(facts([{ agent: "desk", says: "What's the trailer chassis number?" }, { user: "chassis TC-40918" }])).toEqual(["trailer_chassis_number=TC-40918"]);
    expect(said("Booking HB-30912 and the ramp is broken")).not.toContainEqual("booking_number=HB-30912");
  });
});

// A code typed as a label after its noun names it when a comma, not a full stop, ends the label
// ("Job JB-44172, the boiler's still leaking": facts.ts labelNoun), as "Job JB-44172." already did.
// Near misses: a discourse word before the code ("Thanks OB-3310, bye"), a measure ("maybe 300GB,
// …"), a clause going on after the code with no comma. Domains in no corpus: organ building,
// taxidermy, glassblowing.
import { describe, expect, it } from "vitest";
import { conversation, scored } from "./conversation.test-util";
import { extractFacts } from "./facts";
import { buildTimeline } from "./timeline";

const said = (text: string) => extractFacts(buildTimeline(conversation([{ user: text }])), []).map((f) => `${f.field}=${f.value}`);

describe("a label and a code, then a comma", () => {
  it("organ building: 'Commission OB-3310, the swell pedal sticks.' is dropped when the handoff leaves it out", async () => {
    const run = (user: string) => scored([{ user }, { from: "desk", to: "workshop", summary: "Swell pedal sticking." }, { agent: "workshop", says: "We can send a voicer on Friday." }]);
    expect(await run("Commission OB-3310, the swell pedal sticks.")).toEqual({ dropped: ["commission_number=OB-3310"], reasks: [] });
    // (no commission number: an issued id unnamed, a reference, unnamed-codes.ts unnamedIds)
    expect(await run("Thanks OB-3310, the swell pedal sticks.")).toEqual({ dropped: ["reference=OB-3310"], reasks: [] });
  });
  it("taxidermy: 'Mount TX-20417, the glass eyes arrived cracked' names the mount number; a measure does not", () => {
    expect(said("Hello. Mount TX-20417, the glass eyes arrived cracked")).toEqual(["mount_number=TX-20417"]);
    expect(said("How big is the case? maybe 300GB, or bigger")).not.toContainEqual(expect.stringMatching(/^maybe_number=/));
  });
  it("glassblowing: 'Kiln GB-5521, it won't reach temperature' names it; a clause going on after the code does not", () => {
    expect(said("Kiln GB-5521, it won't reach temperature.")).toEqual(["kiln_number=GB-5521"]);
    expect(said("Kiln GB-5521 and the door both need looking at")).not.toContainEqual("kiln_number=GB-5521");
  });
});

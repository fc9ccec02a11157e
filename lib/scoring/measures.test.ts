// A quantity with its unit is no reference (values.ts isMeasure): "the 12-bottle one" after "your
// member number?" gave the member number "12-bottle", an invented id a handoff then "dropped". A
// compound modifier ("12-bottle", "3-day"), a unit with a lower-case letter ("240Hz"), a byte size
// ("300GB") and dimensions ("2x4") are measures wherever a code is read: an answer to an asked slot,
// a label ("Member 12-bottle."), a noun before it. Near misses: a real code in the same place, a
// seat or flat ("14A"), a postcode's inward half, a hex literal. Domains in no corpus: wine club,
// timber merchant, ferry crossings.
import { describe, expect, it } from "vitest";
import { conversation, scored } from "./conversation.test-util";
import { extractFacts } from "./facts";
import { buildTimeline } from "./timeline";
import { isMeasure } from "./values";

const facts = (steps: Parameters<typeof conversation>[0]) =>
  extractFacts(buildTimeline(conversation(steps)), []).map((f) => `${f.field}=${f.value}`);
const answer = (question: string, reply: string) => facts([{ agent: "desk", says: question }, { user: reply }]);

describe("a quantity with its unit is no reference", () => {
  it("wine club: 'the 12-bottle one' answers no member number, and no handoff drops it; 'WC-12088' does", async () => {
    expect(answer("What's your member number?", "the 12-bottle one")).toEqual([]);
    expect(answer("What's your member number?", "the 12-bottle one, WC-12088")).toEqual(["account_id=WC-12088"]);
    const run = (reply: string) =>
      scored([{ agent: "club", says: "What's your member number?" }, { user: reply }, { from: "club", to: "billing", summary: "Wants to pause deliveries." }, { agent: "billing", says: "Paused from next month." }]);
    expect(await run("It's the 12-bottle plan")).toEqual({ dropped: [], reasks: [] });
    expect(await run("It's WC-12088")).toEqual({ dropped: ["account_id=WC-12088"], reasks: [] });
  });
  it("timber merchant: '2x4' and '20-litre' answer no order number; 'TM-2241' does", () => {
    expect(answer("What's the order number?", "2x4 timber, 40 lengths")).toEqual([]);
    expect(answer("Which order is it?", "the 20-litre varnish")).toEqual([]);
    expect(answer("What's the order number?", "TM-2241, the 2x4 timber")).toEqual(["order_id=TM-2241"]);
  });
  it("ferry crossings: 'Booking 3-day.' is no label and '300GB' no answer; 'Booking FX-30417.' is", () => {
    expect(facts([{ user: "I'd like to change my return. Booking 3-day." }])).toEqual([]);
    expect(facts([{ user: "I'd like to change my return. Booking FX-30417." }])).toEqual(["booking_id=FX-30417"]);
    expect(answer("How much footage do you need to upload from the crossing?", "maybe 300GB")).toEqual([]);
  });
  it("the shape: units, compounds and dimensions are measures; seats, inward postcodes, hex and mixed codes are not", () => {
    for (const m of ["12-bottle", "3-day", "9-year-old", "500ml", "1930s", "240Hz", "5kWh", "300GB", "64GiB", "2x4", "10x20", "1920x1080", "6x12m", "10x20ft"]) expect(isMeasure(m), m).toBe(true);
    for (const c of ["14A", "22B", "2QT", "0x51ab", "19P0448271", "5TRW9L", "FX-30417", "4410-93", "88123"]) expect(isMeasure(c), c).toBe(false);
  });
});

// A code the user gave without naming it, shaped as an issued identifier (four digits or more:
// values.ts isIssuedCode), is an id (SPEC §3.1) that a handoff leaving it out drops (unnamed-codes.ts
// unnamedIds): named by the slot a noun typed before it names ("parcel …" → tracking_number), else a
// "reference". Near misses: a short code naming a kind of thing (a model, a part: "ES-335", "BS-40"),
// a code after an article or "model" ("it's a GZ-4071", "model LT-5520") or one a device shows ("it
// says E-40718") is no record of this case, and a handoff whose summary states the code carries it. Domains in no evaluation corpus: a
// glazier, a luthier, a beekeeping supplier.
import { describe, expect, it } from "vitest";
import { scored } from "./conversation.test-util";
import { isIssuedCode } from "./values";

const handoff = (user: string, summary: string) => [
  { user },
  { from: "front", to: "desk", summary },
  { agent: "desk", says: "Thanks, I've got this from here." },
];

describe("a code the user gave unnamed, shaped as an issued id, is dropped when a handoff leaves it out", () => {
  it.each([
    ["glazier", "The double-glazed unit you fitted last week has cracked. GZ-40718", "Cracked double-glazed unit after fitting.", "reference=GZ-40718"],
    ["luthier", "got voucher LT5520QX for a setup, want it done on my Strat", "Customer wants a setup on a Stratocaster.", "reference=LT5520QX"],
    ["beekeeping supplier", "My nuc colony arrived queenless: it's 2207-5519, sent Tuesday", "Queenless nuc colony delivered Tuesday.", "reference=2207-5519"],
  ])("%s: the code not handed over is dropped", async (_domain, user, summary, dropped) => {
    expect((await scored(handoff(user, summary))).dropped).toEqual([dropped]);
  });

  it.each([
    ["glazier", "The K-12 pane in the porch has cracked, same as last winter", "Cracked porch pane, recurring."],
    ["luthier", "my ES-335 needs a setup before a gig on Friday", "Guitar setup needed before Friday."],
    ["beekeeping supplier", "the BS-40 feeder lid doesn't fit the hive", "Feeder lid does not fit."],
  ])("near miss, %s: a short code naming a kind of thing is no id to carry", async (_domain, user, summary) => {
    expect((await scored(handoff(user, summary))).dropped).toEqual([]);
  });

  it.each([
    ["glazier", "The sealed unit you fitted is the wrong size, it's a GZ-4071 and I ordered a GZ-4072", "Wrong sealed unit size fitted."],
    ["luthier", "My guitar keeps slipping out of tune, it's model LT-5520", "Guitar slipping out of tune."],
    ["beekeeping supplier", "the hive scale stopped working, it says E-40718 on the screen", "Hive scale stopped working."],
    ["courier (named by the slot its noun names)", "Where is parcel BK-58812? It was due at noon.", "Late parcel, due at noon."],
  ])("near miss, %s: a kind of thing or a reading is no id to carry; a noun's slot names one", async (domain, user, summary) => {
    expect((await scored(handoff(user, summary))).dropped).toEqual(domain.startsWith("courier") ? ["tracking_number=BK-58812"] : []);
  });

  it.each([
    ["glazier", "The double-glazed unit you fitted last week has cracked. GZ-40718", "Cracked unit on job GZ-40718."],
    ["luthier", "got voucher LT5520QX for a setup, want it done on my Strat", "Setup on a Strat, paid by voucher LT5520QX."],
    ["beekeeping supplier", "My nuc colony arrived queenless: it's 2207-5519, sent Tuesday", "Queenless nuc, order 2207-5519."],
  ])("near miss, %s: the summary states the code, so it crossed", async (_domain, user, summary) => {
    expect((await scored(handoff(user, summary))).dropped).toEqual([]);
  });

  it("issued codes by shape: four digits or more, no measure", () => {
    expect(["GZ-40718", "LT5520QX", "2207-5519", "8821004471930022", "PS-2291"].filter(isIssuedCode)).toHaveLength(5);
    expect(["CX-5s", "US-05", "ES-335", "CF14 3PL", "2x4000", "4500mAh", "2026"].filter(isIssuedCode)).toEqual([]);
  });
});

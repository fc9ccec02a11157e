// A value given through "it" (facts.ts anaphoraField): "The registration on my booking is wrong, it
// should be LN68 WPA" names the value by the subject of the clause before, when that subject is an
// identifier (a slot noun, an open "<thing> number", or a noun whose "<noun> number" is a slot's
// key). A thing that is no identifier ("my laptop"), a report ("it says …") or a pronoun with no
// subject before it leaves the value unnamed. Failure cases and near misses in beekeeping supplies,
// a museum membership and a car wash (domains in no corpus); the conversations are written here.
import { describe, expect, it } from "vitest";
import { factsFromText } from "./facts";
import { scored } from "./conversation.test-util";

const facts = (t: string) => factsFromText(t).map((f) => `${f.field}=${f.value}`);

describe("a value named through 'it'", () => {
  it("names the value by the identifier the clause or sentence before is about", () => {
    expect(facts("The registration on my car wash plan is wrong, it should be KM21 XPT.")).toEqual(["licence_plate=KM21 XPT"]);
    expect(facts("My membership number changed last year. It's now MU-44817.")).toEqual(["account_id=MU-44817"]);
    expect(facts("The serial on the extractor, it reads 19P0448271")).toEqual(["asset_tag=19P0448271"]);
    expect(facts("The invoice number on the hive order is off - it should be INV-30417")).toEqual(["invoice_number=INV-30417"]);
  });
  it("near misses: a thing that is no identifier, a report, no subject before the pronoun", () => {
    expect(facts("My smoker is broken, it's model BK-2210X")).toEqual(["unnamed_code=BK-2210X"]);
    expect(facts("The card reader failed, it says E-44120")).toEqual(["unnamed_code=E-44120"]);
    expect(facts("It should be KM21 XPT on the plan")).toEqual(["unnamed_code=KM21 XPT"]);
  });
});

describe("dropout of a value named through 'it', in three domains", () => {
  const reply = { agent: "desk", says: "Thanks, I'll fix that today." };
  it("car wash: the plate named through 'it' is dropped when the summary leaves it out, carried when it states it", async () => {
    const ask = { user: "The registration on my monthly plan is wrong, it should be KM21 XPT." };
    expect((await scored([ask, { from: "front", to: "desk", summary: "Customer's monthly plan has the wrong registration." }, reply])).dropped).toEqual(["licence_plate=KM21 XPT"]);
    expect((await scored([ask, { from: "front", to: "desk", summary: "Plan registration should be KM21XPT." }, reply])).dropped).toEqual([]);
  });
  it("museum: a membership number given through 'it' in the next sentence is state; a code the user reports seeing is not", async () => {
    const ask = { user: "My membership number changed last year. It's now MU-44817. Can I bring a guest?" };
    expect((await scored([ask, { from: "front", to: "desk", summary: "Member asks about guest entry." }, reply])).dropped).toEqual(["account_id=MU-44817"]);
    const seen = { user: "The ticket machine failed, it says E-44120. Can I bring a guest?" };
    expect((await scored([seen, { from: "front", to: "desk", summary: "Visitor asks about guest entry." }, reply])).dropped).toEqual([]);
  });
  it("beekeeping supplies: an invoice number corrected through 'it' is dropped; a product model is not state", async () => {
    const ask = { user: "The invoice number on my hive order is off - it should be INV-30417. Can you reissue?" };
    expect((await scored([ask, { from: "front", to: "desk", summary: "Reissue the hive order invoice." }, reply])).dropped).toEqual(["invoice_number=INV-30417"]);
    const model = { user: "My smoker is broken, it's model BK-2210X. Can you send a new one?" };
    expect((await scored([model, { from: "front", to: "desk", summary: "Replace a broken smoker." }, reply])).dropped).toEqual([]);
  });
});

// Values named by a noun phrase set off from them, or named after them (appositions.ts). Domains in
// no corpus: bell foundry, canal boat moorings, letterpress printing.
import { describe, expect, it } from "vitest";
import { factsFromText } from "./facts";
import { DEFAULT_VOCABULARY } from "./slots";

const named = (text: string) => factsFromText(text, DEFAULT_VOCABULARY).map((f) => `${f.field}=${f.value}`);

describe("a value in apposition is named by its noun phrase", () => {
  it("bell foundry: after a comma, the nearest noun phrase that can name it, past a prepositional phrase", () => {
    expect(named("I have a casting slot for the treble bell, CS-40127, can we move it?")).toEqual(["bell_number=CS-40127"]);
    expect(named("I got a voucher for my birthday, BF-88120, can I use it for a handbell?")).toEqual(["voucher_number=BF-88120"]);
  });
  it("canal moorings: in brackets, and between dashes", () => {
    expect(named("Our mooring permit (MP-20913) runs out in May.")).toEqual(["permit_number=MP-20913"]);
    expect(named("My membership number - 4471 0093 - was changed.")).toEqual(["account_id=4471 0093"]);
  });
  it("letterpress: a slot noun names its slot when the value fits it, here or there after the noun", () => {
    expect(named("I've got my order number here, LP-55102, for the wedding invitations.")).toEqual(["order_id=LP-55102"]);
  });
  it("a value before its name: 'V is my N'", () => {
    expect(named("LP-55102 is my order number, the invitations are wrong.")).toEqual(["order_id=LP-55102"]);
    expect(named("MP-20913 is our mooring permit.")).toEqual(["permit_number=MP-20913"]);
    expect(named("14/03/1990 is my date of birth.")).toEqual(["date_of_birth=14/03/1990"]);
  });

  it("a value then its name in brackets, after a dash, or (for a slot's own noun) with nothing between", () => {
    expect(named("It's about BF-20931 (my order number), the clapper is loose.")).toEqual(["order_id=BF-20931"]);
    expect(named("CM-4471 - that's our mooring permit.")).toEqual(["permit_number=CM-4471"]);
    expect(named("hey its lp-55102 my order number")).toEqual(["order_id=lp-55102"]);
  });
  it("near miss: a name after the value with nothing between must be a slot's noun; an evaluative word names nothing", () => {
    expect(named("Send LP-55102 my way please.")).toEqual(["unnamed_code=LP-55102"]);
    expect(named("BF-20931 is my favourite.")).toEqual(["unnamed_code=BF-20931"]);
    // (a bare comma or "it was" after the value starts a new clause about something else)
    expect(named("About KL-73001, the glaze never came.")).toEqual(["unnamed_code=KL-73001"]);
    expect(named("Refund for KL-71002, it was the wrong size.")).toEqual(["unnamed_code=KL-71002"]);
  });
  it("near miss: a slot noun the value does not fit names nothing (no birthday from a code)", () => {
    expect(named("It was for my birthday, BF-88120, and it broke.")).toEqual(["unnamed_code=BF-88120"]);
  });
  it("near miss: a date in apposition stays a date", () => {
    expect(named("Our mooring, 14/03/2026, was booked online.")).toEqual(["date=14/03/2026"]);
  });
  it("near miss: a code not set off on both sides, or with no noun phrase before it", () => {
    expect(named("The press, LP-55102 style, is sold out.")).toEqual(["unnamed_code=LP-55102"]);
    expect(named("Hello, LP-55102, can you check?")).toEqual(["unnamed_code=LP-55102"]);
    expect(named("LP-55102 is the one I want.")).toEqual(["unnamed_code=LP-55102"]);
  });
});

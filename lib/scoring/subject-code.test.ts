// A code named by the noun it follows at a clause's start, when the two are the clause's subject
// (facts.ts subjectNoun): "…, invoice INV-3310/B shows the wrong VAT". Failure cases and near
// misses (an imperative, a greeting, a code after a verb) in an escape room, a planetarium and a
// sailing club (domains in no corpus); the conversations are written here.
import { describe, expect, it } from "vitest";
import { factsFromText } from "./facts";
import { scored } from "./conversation.test-util";

const facts = (t: string) => factsFromText(t).map((f) => `${f.field}=${f.value}`);

describe("a noun and a code as a clause's subject", () => {
  it("names the code by the noun", () => {
    expect(facts("Hi there. Voucher VC-2210 didn't work at the door.")).toEqual(["voucher_number=VC-2210"]);
    expect(facts("We came last night, ticket PL/7781 shows the wrong show time.")).toEqual(["ticket_id=PL/7781"]);
    expect(facts("Berth MR-4410 has no power since Monday")).toEqual(["berth_number=MR-4410"]);
  });
  it("near misses: an imperative, a greeting or a code after a verb stays unnamed", () => {
    expect(facts("Refund VC-2210 please")).toEqual(["unnamed_code=VC-2210"]);
    expect(facts("Thanks PL-7781 is the one")).toEqual(["unnamed_code=PL-7781"]);
    expect(facts("I booked MR-4410 for Saturday")).toEqual(["unnamed_code=MR-4410"]);
  });
  it("escape room: a voucher named so is a dropped field when the handoff leaves it out", async () => {
    const ask = { user: "Hi there. Voucher VC-2210 didn't work at the door, can you check it?" };
    const lost = await scored([ask, { from: "front", to: "vouchers", summary: "Voucher didn't work at the door." },
      { agent: "vouchers", says: "I'll look into it today." }]);
    expect(lost.dropped).toEqual(["voucher_number=VC-2210"]);
    const kept = await scored([ask, { from: "front", to: "vouchers", summary: "Voucher vc 2210 didn't work at the door." },
      { agent: "vouchers", says: "I'll look into it today." }]);
    expect(kept.dropped).toEqual([]);
  });
});

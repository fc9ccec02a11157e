// A sentence with a verb the tagger reads inflected states something; it is no verbless fragment asking for the slot its
// noun names (asks.ts finite): "Your order for the 17th now stands at eight pavlovas." closed blind-bj1's clean pavlova
// refund and was read as "Your order for …?", a re-ask of the order number the handoff carried. Near misses: the
// verbless fragment ("Your order number for the records.") still asks, and so does a question. Failure cases and near
// misses in a hurdy-gurdy workshop, a quoits league and a jodhpur tailor (domains in no corpus). Known limit: a light
// verb's irregular form ("went", "got") is no term of the parse, so "Your email for the fitting went …" still asks.
import { describe, expect, it } from "vitest";
import { askedSlots } from "./asks";
import { scored } from "./conversation.test-util";
import { DEFAULT_VOCABULARY } from "./slots";

const asks = (t: string) => askedSlots(t, DEFAULT_VOCABULARY).map((a) => a.slot?.name ?? a.field);

describe("a sentence with an inflected verb after the noun's phrase asks for nothing", () => {
  it.each([
    ["hurdy-gurdy workshop", "Your order for the 3rd now stands at two new wheels and a strap.", "Your order number for the workshop log."],
    ["quoits league", "Your booking for the final arrived safely and the pitch is marked out.", "Your booking reference for the final, please."],
    ["jodhpur tailor", "Your email for the fitting bounced back, so I've resent it.", "Your email for the fitting notes."],
  ])("%s: a statement asks nothing; the verbless fragment asks", (_d, statement, fragment) => {
    expect(asks(statement)).toEqual([]);
    expect(asks(fragment)).not.toEqual([]);
  });

  it("hurdy-gurdy workshop: the statement after a handoff is no re-ask of the order number", async () => {
    const turns = [
      { user: "Order HG-20417: please fit two new wheels to my hurdy-gurdy, not three." },
      { from: "front", to: "workshop", summary: "HG-20417: two new wheels, not three." },
      { agent: "workshop", says: "All done. Your order for the 3rd now stands at two new wheels." },
      { user: "Thank you very much" },
    ];
    expect((await scored(turns)).reasks).toEqual([]);
  });
});

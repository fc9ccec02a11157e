// A value-only reply binds to what the question asked for (facts.ts askedFor): a slot when the value
// fits it, else the open identifier a longer "<thing> number" phrase names ("gift card number" is
// not the card's last four); a part of a longer reference is no value of its own. Domains in no
// corpus: letterpress printing, bell foundry, canal moorings.
import { describe, expect, it } from "vitest";
import { conversation } from "./conversation.test-util";
import { extractFacts } from "./facts";
import { buildTimeline } from "./timeline";

const reply = (question: string, answer: string) =>
  extractFacts(buildTimeline(conversation([{ agent: "a", says: question }, { user: answer }])), []).map((f) => `${f.field}=${f.value}`);

describe("a reply binds to the identifier the question named", () => {
  it("letterpress: a gift card code for 'gift card number'", () => {
    expect(reply("What's your gift card number?", "GC-30981")).toEqual(["gift_card_number=GC-30981"]);
  });
  it("bell foundry: a pattern card code, with a few words around it", () => {
    expect(reply("Could you give me the pattern card number?", "it's PC-2231")).toEqual(["pattern_card_number=PC-2231"]);
  });
  it("canal moorings: a spaced reference whose digits are no card ending", () => {
    expect(reply("Sorry, what's the mooring card number?", "MC 4471")).toEqual(["mooring_card_number=MC 4471"]);
  });
  it("near misses: the slot still takes a value that fits it", () => {
    expect(reply("What's your card number?", "4417")).toEqual(["card_last4=4417"]);
    expect(reply("What's your booking number?", "HB-55213")).toEqual(["booking_id=HB-55213"]);
    expect(reply("What are the last four digits of the card?", "4471")).toEqual(["card_last4=4471"]);
  });
});

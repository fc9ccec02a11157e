// A count read before the thing its call asked about (freshness.ts countOf): blind-bk1's record shop looked up
// `get_shop_stock {"title": "Moth Orchard - Lanterns"}` → `{"on_hand": 14}`, and after a handoff, thirteen hours and a
// user turn later, the buyer said "we've still got 14 copies of Lanterns in the rack". A one- or two-digit number
// counts only as money, beside its key's word, or before a thing the result names — and the result named no
// "Lanterns": the call's arguments did, behind a unit and "of". Both now count: the thing the call asked about,
// and "<count> <unit> of <thing>" (blind-bk1 and blind-bh3's tuxedo stock found; no false alarm on any corpus, held
// out unchanged). Near misses: the same number before a thing neither the call nor its result names, and a count
// whose "of" thing comes after a longer run of words, are no use of the result.
// Domains in no evaluation corpus: a cider press's bottle stock, a dry ski slope's boot hire, a tyre-fitting van.
import { describe, expect, it } from "vitest";
import { lookupThenSay, staleTools } from "./freshness.test-util";

// [domain, the call's arguments, its result, the count stated before the asked thing, a near miss]
const CASES: Array<[string, Record<string, unknown>, Record<string, unknown>, string, string]> = [
  ["cider press bottle stock", { product: "Dabinett cider" }, { on_hand: 14 }, "We still have 14 bottles of Dabinett in the shop.", "We still have 14 days left before the pressing."],
  ["dry ski slope boot hire", { item: "junior boots", size: "4" }, { free: 12 }, "There are 12 pairs of junior boots waiting for you.", "There are 12 pupils booked on the morning session with you."],
  ["tyre-fitting van", { tyre: "Michelin CrossClimate" }, { in_van: 9 }, "The van carries 9 sets of CrossClimate tyres today.", "The van carries 9 sets of spare valves today."],
];

describe("a count before the thing its call asked about is the result's", () => {
  for (const [domain, args, result, says, near] of CASES) {
    it(`${domain}: the count restated long after the lookup, after a handoff, is stale`, async () => {
      expect(await staleTools(lookupThenSay(args, result, says))).toEqual(["lookup"]);
    });
    it(`${domain}: near miss, the number before another thing uses nothing`, async () => {
      expect(await staleTools(lookupThenSay(args, result, near))).toEqual([]);
    });
  }
});

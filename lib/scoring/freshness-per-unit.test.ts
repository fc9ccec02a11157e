// A rate per unit under a key ending in an id's noun (freshness.ts checkableValues, slots.ts headNamesSlot), from
// blind-ao3: `"best_bid_per_case": 540`, restated "at the best bid of £540 a case" thirteen minutes and three user
// turns after the lookup, by the agent after the handoff, was not checked: the key's last word, "case", names an
// identity slot (a case number), so the value was read as an id, which never goes stale. A rate per a unit is an
// amount. Near misses: a key naming the id itself ("contact_case", "booking_ref") is still an id, never stale; the
// rate restated within the window is no stale use.
// Domains in no evaluation corpus: a cooperage's barrel auctions, a coach-tour seat sale, a ferry's cabin upgrades.
import { describe, expect, it } from "vitest";
import { lookupThenSay, staleTools } from "./freshness.test-util";

// [domain, a rate per unit keyed by an id's noun, its value, the message restating it, an id keyed by the same noun, the message stating the id]
const CASES: Array<[string, string, number | string, string, string, string, string]> = [
  ["cooperage barrel auctions", "best_bid_per_case", 540, "I'll sell the three at the best bid of £540 a case.", "contact_case", "CS-44190", "Your case CS-44190 is with the broker."],
  ["coach-tour seat sale", "price_per_booking", 185, "That comes to £185 for the booking.", "booking_ref", "BK-77120", "Booking BK-77120 is confirmed."],
  ["ferry cabin upgrades", "fee_per_ticket", 320, "The upgrade is 320 pounds on your ticket.", "ticket_number", "TK-90021", "Ticket TK-90021 is upgraded."],
];

describe("a rate per unit is an amount, not the unit's id", () => {
  for (const [domain, rateKey, rate, says, idKey, id, saysId] of CASES) {
    it(`${domain}: the rate restated long after the lookup, after a handoff, is stale`, async () => {
      expect(await staleTools(lookupThenSay({ item: "x" }, { [rateKey]: rate }, says))).toEqual(["lookup"]);
    });
    it(`${domain}: near miss, an id under the same noun is never stale`, async () => {
      expect(await staleTools(lookupThenSay({ item: "x" }, { [idKey]: id }, saysId))).toEqual([]);
    });
  }
});

// Confirming or securing a thing keeps it going ahead, the opposite of ending it (lexicon.ts
// confirmsAgainstEnd, rule confirmKeeps): "cancel the dome hire" → "the party hire confirmed",
// "cancel my pre-order" → "the pre-order is secured" (blind-o1, dev-q1: two authors). Near misses: the
// ending confirmed ("I've confirmed the cancellation"), a confirmation of what was asked, and a
// confirmation of another thing's details beside the ending. Domains in no evaluation corpus
// (glamping, wine club, choir festival); the sentences are written here for the rule.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { offlineAssess } from "./judge-offline";
import { confirmsAgainstEnd } from "./nlp/lexicon";

afterEach(() => tuneDrift());
const kindOf = (ask: string, interpretation: string) => {
  const v = offlineAssess(ask, interpretation, { fromIntentEvent: true });
  return "driftKind" in v ? v.driftKind : undefined;
};

const OPPOSED: Array<[string, string, string]> = [
  ["glamping", "Please cancel our yurt booking YT-2291 for the 14th, my son has broken his leg.", "customer wants yurt booking YT-2291 for the 14th confirmed"],
  ["wine club", "I'd like to cancel my wine club subscription, member WC-88012, it's too much each month.", "the member's wine club subscription WC-88012 is secured for the next quarter"],
  ["choir festival", "We need to withdraw our choir's entry FE-4410 from the spring festival, too many singers are ill.", "confirm the choir's spring festival entry FE-4410"],
];

describe("confirming or securing is opposed to ending", () => {
  it("the relation: confirm/secure against an ending action, not against another keeping one", () => {
    expect(confirmsAgainstEnd("confirm", "cancel")).toBe(true);
    expect(confirmsAgainstEnd("withdraw", "secure")).toBe(true);
    expect(confirmsAgainstEnd("confirm", "renew")).toBe(false);
    expect(confirmsAgainstEnd("confirm", "secure")).toBe(false);
  });
  it.each(OPPOSED)("%s: antonym drift", (_d, ask, interp) => {
    expect(kindOf(ask, interp)).toBe("antonym");
  });
  it("confirmKeeps off: not read as opposed", () => {
    tuneDrift({}, ["confirmKeeps"]);
    for (const [, ask, interp] of OPPOSED) expect(kindOf(ask, interp)).not.toBe("antonym");
  });
  it.each([
    // the ending itself confirmed; a confirmation of what was asked; another thing's details confirmed beside the ending
    ["glamping", "Please cancel our yurt booking YT-2291 for the 14th, my son has broken his leg.", "confirm the cancellation of yurt booking YT-2291 for the 14th"],
    ["wine club", "Can you confirm my wine club order WC-88012 ships this week?", "confirm that wine club order WC-88012 ships this week"],
    ["choir festival", "We need to withdraw our choir's entry FE-4410 from the spring festival, too many singers are ill.", "withdraw entry FE-4410 and confirm the refund to the choir's account"],
  ])("near miss, %s: no antonym drift", (_d, ask, interp) => {
    expect(kindOf(ask, interp)).not.toBe("antonym");
  });
});

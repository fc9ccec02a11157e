// Nouns of acts (issue 12, antonym16): "arrange the *closure* of my account" names the action close,
// and WordNet derives the noun from the verb's own word ("+" pointer; action-nouns.json), but the
// judge read opposite actions on verbs and on nouns spelled like their verb only ("cancellation"
// stems to "cancel", "closure" does not). On the list of WordNet's opposed verbs' action nouns
// (scripts/opposite-coverage.mts --nouns) 38.4 % → 99.1 % are read as opposite. A noun opposes by
// its verb only what WordNet states opposed: "cancel their *subscription*" names the thing, and the
// ending/continuing relation would make it a drift from "end my membership". Failure cases and
// near misses in domains no corpus covers (car insurance, a savings account, building control).
import { describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { offlineAssess } from "./judge-offline";

const judge = (ask: string, interpretation: string) => offlineAssess(ask, interpretation, { fromIntentEvent: true });

const CASES = [
  ["car insurance", "My son has moved out, please arrange the exclusion of him from policy CI-4471 as a named driver.", "customer wants her son included on policy CI-4471 as a named driver", "customer wants her son excluded from policy CI-4471 as a named driver"],
  ["savings account", "Now the mortgage is paid I'd like the closure of my instant saver account SV-2210.", "customer wants to open an instant saver account SV-2210", "customer wants instant saver account SV-2210 closed"],
  ["building control", "The inspector has signed off, please record the approval of the loft plans for 12 Elm Road.", "officer wants to disapprove the loft plans for 12 Elm Road", "officer wants to approve the loft plans for 12 Elm Road"],
] as const;

describe("a noun of an act read as the opposite action is antonym drift", () => {
  it.each(CASES)("%s: drift", (_domain, ask, opposite) => {
    const v = judge(ask, opposite);
    expect(v.score).toBe(0.1);
    expect("driftKind" in v && v.driftKind).toBe("antonym");
  });

  it.each(CASES)("%s: near miss, the same action named by its verb", (_domain, ask, _opposite, kept) => {
    const v = judge(ask, kept);
    expect("driftKind" in v && v.driftKind).not.toBe("antonym");
  });

  it("near miss: a noun naming the thing opposes nothing by the ending/continuing relation", () => {
    const v = judge("Please end my membership at the end of the month.", "customer wants to cancel their subscription");
    expect("driftKind" in v && v.driftKind).not.toBe("antonym");
  });

  it("switched off, a noun of an act is read as before", () => {
    tuneDrift({}, ["actionNouns"]);
    try {
      const [, ask, opposite] = CASES[1];
      const v = judge(ask, opposite);
      expect("driftKind" in v && v.driftKind).not.toBe("antonym");
    } finally {
      tuneDrift();
    }
  });
});

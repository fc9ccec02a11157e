import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { offlineAssess } from "./judge-offline";

describe("drift tuning (scripts/drift-loco.ts)", () => {
  afterEach(() => tuneDrift());
  const ask = "Can I get a refund for the kayak tour that was called off?";
  const interp = "Customer is requesting their money back for the paddling trip cancelled due to rough seas";

  it("a figure changes the verdict, and the cached verdict is not reused", () => {
    expect(offlineAssess(ask, interp).score).toBeGreaterThanOrEqual(0.5);
    tuneDrift({ preserved: 0.99 });
    expect(offlineAssess(ask, interp).score).toBeNull();
  });

  it("a rule switched off stops deciding, and tuneDrift() puts everything back", () => {
    const cancel = () => (offlineAssess as (a: string, b: string) => { driftKind?: string })("I want to cancel my ferry season ticket.", "Passenger wants to renew the ferry season ticket");
    expect(cancel().driftKind).toBe("antonym");
    // (and verbSign, which reads the same pair as a way taken away and put on: nlp/polarity.ts)
    tuneDrift({}, ["oppositeAction", "verbSign"]);
    expect(cancel().driftKind).not.toBe("antonym");
    tuneDrift();
    expect(cancel().driftKind).toBe("antonym");
  });
});

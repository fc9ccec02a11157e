import { describe, expect, it } from "vitest";
import { sampleSentence } from "./explain";

describe("sampleSentence", () => {
  it("reads a rate as the count behind it", () => {
    expect(sampleSentence("dropout_rate", 3 / 13, 13)).toBe("3 of 13 handoffs dropped a field");
    expect(sampleSentence("reask_rate", 0.5, 4)).toBe("2 re-asks in 4 handoffs");
    expect(sampleSentence("handoffs_to_resolution", 2.5, 4)).toBe("10 handoffs over 4 resolved conversations");
    expect(sampleSentence("intent_preservation", 0.8, 5)).toBe("0.80 over 5 conversations");
  });

  it("says nothing without a sample, for counts, or for an unknown metric", () => {
    expect(sampleSentence("dropout_rate", null, 0)).toBe("");
    expect(sampleSentence("conversations", 5, 5)).toBe("");
    expect(sampleSentence("no_such_metric", 0.5, 10)).toBe("");
  });
});

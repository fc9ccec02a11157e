import { describe, expect, it } from "vitest";
import { heldOutRecordText, reviewsRecordText } from "./rule-record-text";

describe("heldOutRecordText", () => {
  it("rates a rule with enough held-out flags, as a count and a rounded share", () => {
    expect(heldOutRecordText({ flagged: 45, right: 37 })).toBe("right on 37 of 45 flags in held-out tests (82 %)");
    expect(heldOutRecordText({ flagged: 10, right: 0 })).toBe("right on 0 of 10 flags in held-out tests (0 %)"); // the smallest rated count
  });

  it("gives only the count below ten flags, and says none for a rule that never flagged", () => {
    expect(heldOutRecordText({ flagged: 9, right: 9 })).toBe("too few held-out flags to rate (9 flags)");
    expect(heldOutRecordText({ flagged: 1, right: 1 })).toBe("too few held-out flags to rate (1 flag)");
    expect(heldOutRecordText(null)).toBe("too few held-out flags to rate (none)");
  });
});

describe("reviewsRecordText", () => {
  it("names how many reviewed flags the reviewers called right", () => {
    expect(reviewsRecordText({ flagged: 4, right: 3 })).toBe("your reviews: 3 of 4 right");
    expect(reviewsRecordText({ flagged: 1, right: 0 })).toBe("your reviews: 0 of 1 right");
  });
});

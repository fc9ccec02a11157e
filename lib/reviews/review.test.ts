import { describe, expect, it } from "vitest";
import { flagVerdict } from "../scoring/agreement";
import { accuracyOf, parseReview, ReviewInput, type ReviewFlag } from "./review";

const none: Record<ReviewFlag, boolean> = { dropout: false, reask: false, stale: false, drift: false, role_confusion: false, deep: false, ping_pong: false };
const labels = (yes: ReviewFlag[]) => ({ ...none, ...Object.fromEntries(yes.map((f) => [f, true])) });
const judged = { intentDrift: false, reaskCount: 0, dropoutRate: 0 };

describe("flagVerdict on a stored conversation", () => {
  it("reads drift and re-ask as abstained when their score is null, every other flag from the flags", () => {
    expect(flagVerdict("drift", { flags: [], scores: { intentDrift: null, reaskCount: 0 }, handoffs: 1 })).toBeNull();
    expect(flagVerdict("drift", { flags: ["drift"], scores: { intentDrift: true }, handoffs: 1 })).toBe(true);
    expect(flagVerdict("reask", { flags: [], scores: { reaskCount: null }, handoffs: 1 })).toBeNull();
    expect(flagVerdict("dropout", { flags: ["dropout"], scores: null, handoffs: 0 })).toBe(true);
    expect(flagVerdict("stale", { flags: [], scores: null, handoffs: 0 })).toBe(false);
  });

  it("reads dropout as abstained when handoffs were requested but none took effect, as `npm run eval` does", () => {
    // eval's verdict: dropoutRate null with handoffs in the chain is an abstention, not a "no"
    expect(flagVerdict("dropout", { flags: [], scores: { dropoutRate: null }, handoffs: 2 })).toBeNull();
    // near miss: no handoffs at all is a clean "no", and a scored rate reads the flag
    expect(flagVerdict("dropout", { flags: [], scores: { dropoutRate: null }, handoffs: 0 })).toBe(false);
    expect(flagVerdict("dropout", { flags: [], scores: { dropoutRate: 0 }, handoffs: 1 })).toBe(false);
  });
});

describe("accuracyOf", () => {
  it("counts a false alarm, a miss and an abstention on a labelled conversation as `npm run eval` does", () => {
    const a = accuracyOf([
      // Baton flagged drift, the reviewer says it was preserved: a false alarm on a clean conversation
      { id: "a", flags: ["drift"], scores: { intentDrift: true, reaskCount: 0, dropoutRate: 0 }, handoffs: 1, labels: labels([]) },
      // the reviewer saw a dropout Baton missed
      { id: "b", flags: [], scores: judged, handoffs: 1, labels: labels(["dropout"]) },
      // both say dropout: right
      { id: "c", flags: ["dropout"], scores: { ...judged, dropoutRate: 1 }, handoffs: 1, labels: labels(["dropout"]) },
      // drift labelled, the judge abstained: a miss for recall, not a false alarm
      { id: "d", flags: [], scores: { intentDrift: null, reaskCount: 0, dropoutRate: 0 }, handoffs: 1, labels: labels(["drift"]) },
    ]);
    expect(a.reviewed).toBe(4);
    expect(a.clean).toBe(1);
    expect(a.disagree).toBe(3);
    const drift = a.flags.find((f) => f.flag === "drift")!;
    expect(drift).toMatchObject({ tp: 0, fp: 1, fn: 0, abstained: 1, labelled: 1, missed: 1, precision: 0, recall: 0, fpRateClean: 1 });
    const dropout = a.flags.find((f) => f.flag === "dropout")!;
    expect(dropout).toMatchObject({ tp: 1, fp: 0, fn: 1, labelled: 2, missed: 1, precision: 1, recall: 0.5, fpRateClean: 0 });
  });

  it("near miss: a review that confirms every verdict is full agreement, not a disagreement", () => {
    const a = accuracyOf([{ id: "a", flags: ["reask", "dropout"], scores: { intentDrift: false, reaskCount: 1, dropoutRate: 1 }, handoffs: 1, labels: labels(["reask", "dropout"]) }]);
    expect(a.disagree).toBe(0);
    expect(a.flags.every((f) => f.fp === 0 && f.missed === 0)).toBe(true);
  });
});

describe("ReviewInput", () => {
  it("needs all seven labels and names the missing one", () => {
    const r = ReviewInput.safeParse({ labels: { dropout: true } });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join("."))).toContain("labels.reask");
  });

  it("refuses an unknown label and a note over 500 characters", () => {
    expect(ReviewInput.safeParse({ labels: { ...none, csat: true } }).success).toBe(false);
    expect(ReviewInput.safeParse({ labels: none, note: "x".repeat(501) }).success).toBe(false);
    expect(ReviewInput.safeParse({ labels: none, note: "a\u0000b" }).success).toBe(false);
    expect(ReviewInput.safeParse({ labels: none, note: "fine" }).success).toBe(true);
  });
});

describe("parseReview", () => {
  it("reads a stored review, a label an older Baton did not store as false, and garbage as no review", () => {
    expect(parseReview({ labels: { drift: true }, by: "user:a@b.c", at: "2026-11-30T08:00:00.000Z" })?.labels).toEqual(labels(["drift"]));
    expect(parseReview("nope")).toBeNull();
    expect(parseReview(null)).toBeNull();
  });
});

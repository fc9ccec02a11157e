import { describe, expect, it } from "vitest";
import { flagVerdict } from "../scoring/agreement";
import { parseReview, ReviewInput, type ReviewFlag } from "./review";

const none: Record<ReviewFlag, boolean> = { dropout: false, reask: false, stale: false, drift: false, role_confusion: false, deep: false, ping_pong: false };
const labels = (yes: ReviewFlag[]) => ({ ...none, ...Object.fromEntries(yes.map((f) => [f, true])) });

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

import { describe, expect, it } from "vitest";
import { accuracyOf } from "./accuracy";
import type { ReviewFlag } from "./review";

const none: Record<ReviewFlag, boolean> = { dropout: false, reask: false, stale: false, drift: false, role_confusion: false, deep: false, ping_pong: false };
const labels = (yes: ReviewFlag[]) => ({ ...none, ...Object.fromEntries(yes.map((f) => [f, true])) });
const judged = { intentDrift: false, reaskCount: 0, dropoutRate: 0 };

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

  it("a row with a count counts as that many identical conversations (how the SQL read's groups are counted)", () => {
    const rows = [
      { id: "a", flags: ["drift"], scores: { intentDrift: true, reaskCount: 0, dropoutRate: 0 }, handoffs: 1, labels: labels([]) },
      { id: "b", flags: [], scores: { intentDrift: null, reaskCount: null, dropoutRate: null }, handoffs: 2, labels: labels(["drift", "dropout"]) },
      { id: "c", flags: ["dropout"], scores: judged, handoffs: 1, labels: labels(["dropout"]) },
    ];
    const counts = [3, 2, 5];
    const expanded = rows.flatMap((r, i) => Array.from({ length: counts[i] }, () => r));
    const grouped = accuracyOf(rows.map((r, i) => ({ ...r, count: counts[i] })), true);
    expect(grouped).toEqual(accuracyOf(expanded, true));
    expect(grouped).toMatchObject({ reviewed: 10, clean: 3, capped: true });
    // near miss: without counts each row is one conversation
    expect(accuracyOf(rows).reviewed).toBe(3);
  });
});

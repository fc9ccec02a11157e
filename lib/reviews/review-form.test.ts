import { describe, expect, it } from "vitest";
import { REVIEW_FLAGS } from "./filters";
import { parseReviewForm } from "./review-form";

function form(fields: Record<string, string>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}
const allNo = Object.fromEntries(REVIEW_FLAGS.map((f) => [`label-${f}`, "no"]));

describe("parseReviewForm", () => {
  it("reads a complete form: labels, note, the conversation and the review the page showed", () => {
    const r = parseReviewForm(form({ conversationId: "c1", projectId: "p1", reviewedAt: "", ...allNo, "label-drift": "yes", note: " why " }), "p1");
    expect(r).toMatchObject({ conversationId: "c1", expectedAt: null, clear: false, input: { labels: { drift: true, dropout: false }, note: "why" } });
    expect(parseReviewForm(form({ conversationId: "c1", projectId: "p1", reviewedAt: "2026-11-30T08:00:00.000Z", intent: "clear" }), "p1")).toEqual({
      conversationId: "c1",
      expectedAt: "2026-11-30T08:00:00.000Z",
      clear: true,
    });
  });

  it("refuses a conversation id PostgreSQL cannot take (NUL, over 256 characters, missing) before any query", () => {
    for (const conversationId of ["a\u0000b", "x".repeat(257), ""]) {
      expect(parseReviewForm(form({ conversationId, projectId: "p1", ...allNo }), "p1")).toHaveProperty("error");
    }
    expect(parseReviewForm(form({ projectId: "p1", ...allNo }), "p1")).toHaveProperty("error");
  });

  it("refuses a form rendered for another project (switched in another tab), and names a label left unchosen", () => {
    expect(parseReviewForm(form({ conversationId: "c1", projectId: "p2", ...allNo }), "p1")).toEqual({ error: expect.stringContaining("another project") });
    const { "label-stale": _s, ...missing } = allNo;
    expect(parseReviewForm(form({ conversationId: "c1", projectId: "p1", ...missing }), "p1")).toEqual({ error: "Choose yes or no for stale." });
    expect(parseReviewForm(form({ conversationId: "c1", projectId: "p1", ...allNo, note: "a\u0000b" }), "p1")).toEqual({ error: expect.stringContaining("note") });
  });
});

// The scorer accuracy on a project's reviews (lib/reviews/accuracy.ts) reads grouped verdict inputs
// from SQL instead of every reviewed row: on real PostgreSQL, its answer must be exactly what the
// per-row definition gives — every stored row read whole, parsed by parseReview and counted by
// accuracyOf one conversation at a time — over varied seeded reviews (scripts/seed-reviews.ts:
// unscored and absent scores, unexecuted handoffs, missing labels, malformed reviews), over the
// cap, and on hand-made malformed reviews that parseReview refuses (near misses that it accepts).
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { pool } from "../../lib/db/pool";
import { accuracyOf, reviewAccuracy } from "../../lib/reviews/accuracy";
import { parseReview } from "../../lib/reviews/review";
import { seedReviews } from "../../scripts/seed-reviews";

/** The per-row definition: the newest `limit` reviewed rows, whole. */
async function perRow(projectId: string, limit: number) {
  const { rows } = await pool().query<{ id: string; flags: string[]; scores: Record<string, unknown> | null; review: unknown; last_at: Date; handoffs: number }>(
    `SELECT c.id, c.flags, c.scores, c.review, c.last_at,
            (SELECT count(*)::int FROM handoffs h WHERE h.project_id = c.project_id AND h.conversation_id = c.id) AS handoffs
       FROM conversations c WHERE c.project_id = $1 AND c.review IS NOT NULL ORDER BY c.last_at DESC, c.id DESC`,
    [projectId],
  );
  const read = rows.slice(0, limit);
  const reviewed = read.flatMap((r) => {
    const review = parseReview(r.review);
    return review ? [{ id: r.id, flags: r.flags, scores: r.scores, handoffs: r.handoffs, labels: review.labels }] : [];
  });
  const span = read.length ? { from: read[read.length - 1].last_at.toISOString(), to: read[0].last_at.toISOString() } : null;
  return { ...accuracyOf(reviewed, rows.length > limit), span };
}

const setReview = (projectId: string, id: string, review: unknown) =>
  pool().query(`UPDATE conversations SET review = $3::jsonb WHERE project_id = $1 AND id = $2`, [projectId, id, JSON.stringify(review)]);

describe("review accuracy: the grouped SQL read counts what the per-row definition counts", () => {
  it("on 700 varied seeded reviews, whole and capped at 500, byte for byte", { timeout: 60_000 }, async () => {
    const projectId = `rvacc_${crypto.randomBytes(4).toString("hex")}`;
    await seedReviews(pool(), projectId, 700);
    const whole = await reviewAccuracy(projectId);
    expect(JSON.stringify(whole)).toBe(JSON.stringify(await perRow(projectId, 20_000)));
    // the seed covers every kind of verdict: abstentions, false alarms, misses, skipped malformed reviews
    expect(whole.reviewed).toBeLessThan(700);
    expect(whole.flags.find((f) => f.flag === "dropout")!.abstained).toBeGreaterThan(0);
    expect(whole.flags.find((f) => f.flag === "drift")!.abstained).toBeGreaterThan(0);
    expect(whole.flags.filter((f) => f.fp > 0).length).toBeGreaterThan(2);
    expect(whole.flags.filter((f) => f.missed > 0).length).toBeGreaterThan(2);
    const capped = await reviewAccuracy(projectId, 500);
    expect(capped.capped).toBe(true);
    expect(JSON.stringify(capped)).toBe(JSON.stringify(await perRow(projectId, 500)));
    // near miss: exactly at the limit is not capped
    expect((await reviewAccuracy(projectId, 700)).capped).toBe(false);
  });

  it("a malformed review is no review on both sides; a well-formed one with an extra label or events 3.0 counts", async () => {
    const projectId = `rvbad_${crypto.randomBytes(4).toString("hex")}`;
    await seedReviews(pool(), projectId, 12);
    const good = { labels: { dropout: true, reask: false }, by: "user:a@example.com", at: "2026-11-30T08:00:00.000Z" };
    const malformed: unknown[] = [
      { ...good, labels: { ...good.labels, stale: "yes" } },
      { ...good, note: null },
      { ...good, events: -1 },
      { ...good, events: 1.5 },
      { ...good, events: 2 ** 53 },
      { labels: good.labels, at: good.at },
      [good],
    ];
    for (const [i, review] of malformed.entries()) await setReview(projectId, `rv-${i}`, review);
    // near misses: parseReview accepts these
    await setReview(projectId, "rv-8", { ...good, labels: { ...good.labels, legacy_flag: true } });
    await setReview(projectId, "rv-9", { ...good, note: "ok", events: 3 });
    await pool().query(`UPDATE conversations SET review = jsonb_set(review, '{events}', '3.0'::jsonb) WHERE project_id = $1 AND id = 'rv-9'`, [projectId]);
    const got = await reviewAccuracy(projectId);
    const want = await perRow(projectId, 20_000);
    expect(JSON.stringify(got)).toBe(JSON.stringify(want));
    for (const review of malformed) expect(parseReview(review)).toBeNull();
    expect(got.reviewed).toBeLessThanOrEqual(12 - malformed.length);
  });
});

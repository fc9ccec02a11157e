// `npx tsx scripts/bench-reviews.ts [--conversations 20001] [--runs 9]`: the server time of the scorer
// accuracy on a project's reviews (GET /api/v1/reviews and the /settings panel, lib/reviews/accuracy.ts)
// with that many reviewed conversations (scripts/seed-reviews.ts) on a throwaway embedded PostgreSQL
// (or DATABASE_URL). Prints the median and slowest of --runs warm reads, and the bytes of the stored
// columns the read may touch; then the same for one drift rule's reviews (lib/reviews/rule-reviews.ts).
import { closePool, pool } from "../lib/db/pool";
import { reviewAccuracy } from "../lib/reviews/accuracy";
import { getRuleReviews } from "../lib/reviews/rule-reviews";
import { arg } from "./args";
import { scratchDatabase } from "./scratch-db";
import { seedReviews } from "./seed-reviews";

const N = Number(arg("conversations") || "20001");
const RUNS = Number(arg("runs") || "9");

async function main() {
  const scratch = await scratchDatabase("baton-bench-reviews-");
  try {
    const projectId = `bench_reviews_${Date.now()}`;
    const t0 = performance.now();
    await seedReviews(pool(), projectId, N);
    console.log(`seeded: ${N} reviewed conversations in ${Math.round(performance.now() - t0)} ms`);
    const { rows: [size] } = await pool().query<{ scores: number; review: number }>(
      `SELECT sum(pg_column_size(scores))::float8 AS scores, sum(pg_column_size(review))::float8 AS review FROM conversations WHERE project_id = $1`,
      [projectId],
    );
    console.log(`stored: scores ${(size.scores / 1048576).toFixed(1)} MB, review ${(size.review / 1048576).toFixed(1)} MB`);
    const first = await reviewAccuracy(projectId);
    console.log(`accuracy: reviewed ${first.reviewed}, clean ${first.clean}, disagree ${first.disagree}, capped ${first.capped}`);
    await timed("reviewAccuracy", () => reviewAccuracy(projectId));
    // the drill-down's "your reviews: N of M right" beside a drift flag's rule (every seeded drift flag names one rule)
    console.log(`rule reviews: ${JSON.stringify(await getRuleReviews({ projectId, path: "action-object" }))}`);
    await timed("getRuleReviews", () => getRuleReviews({ projectId, path: "action-object" }));
    const rss = process.memoryUsage().rss / 1048576;
    console.log(`process rss: ${Math.round(rss)} MB`);
  } finally {
    await closePool();
    await scratch.drop();
  }
}

/** The median and slowest of RUNS warm calls. */
async function timed(label: string, read: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await read();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`${label}: median ${Math.round(times[Math.floor(times.length / 2)])} ms, slowest ${Math.round(times[times.length - 1])} ms over ${RUNS} warm runs`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

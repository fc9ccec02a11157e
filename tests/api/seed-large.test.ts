// `npm run seed:large` writes the rollups the worker writes (issue 15, Speed): on a small seeded
// project, the worker re-scores every conversation from its events (`npm run rescore`), then the
// seed's set-based SQL (`--rollups-only`) rebuilds the rollups from the conversations and handoffs
// the worker stored; both must agree row for row — every metric, dim (release, release × edge by
// day, edge fields, CSAT per edge, contracts), bucket and value. The seed's own rows carry what
// the list filters on: CSAT on ~30 % of conversations, 5 releases, metadata key=value.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { pool } from "../../lib/db/pool";
import { ROOT } from "../../lib/runtime/processes";
import { rescore } from "../helpers/rescore";

function seed(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const proc = spawn(process.execPath, ["--import", "tsx", "scripts/seed-large.ts", ...args], { cwd: ROOT, env: { ...process.env }, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  proc.stderr.on("data", (d) => (stderr += d));
  return new Promise((resolve) => proc.on("exit", (code) => resolve({ code, stderr })));
}

async function allRollups(projectId: string) {
  const { rows } = await pool().query<{ metric: string; dim: string; bucket: Date; dim_value: string; sum: number; count: number }>(
    `SELECT metric, dim, bucket, dim_value, sum, count FROM metric_rollups WHERE project_id = $1 AND (sum <> 0 OR count <> 0)
      ORDER BY metric, dim, bucket, dim_value`,
    [projectId],
  );
  // contract_at sums seconds with millisecond fractions: equal up to float rounding
  return rows.map((r) => ({ ...r, bucket: r.bucket.toISOString(), sum: Math.round(r.sum * 1000) / 1000 }));
}

describe("seed:large", () => {
  it("seeds CSAT on ~30 %, 5 releases and metadata, and its rollups equal the worker's, row for row", { timeout: 240_000 }, async () => {
    const projectId = `seed_${crypto.randomBytes(4).toString("hex")}`;
    const n = 200;
    const seeded = await seed(["--project", projectId, "--conversations", String(n), "--days", "2"]);
    expect(seeded.code, seeded.stderr).toBe(0);
    const { rows: [c] } = await pool().query(
      `SELECT count(*)::int AS n, count(csat)::int AS rated, count(DISTINCT release)::int AS releases,
              count(*) FILTER (WHERE metadata @> '{"prompt_version":"p1"}')::int AS p1
         FROM conversations WHERE project_id = $1`,
      [projectId],
    );
    expect(c).toEqual({ n, rated: 60, releases: 5, p1: 50 });
    const { rows: [e] } = await pool().query(`SELECT count(*)::int AS n FROM events WHERE project_id = $1`, [projectId]);
    expect(e.n).toBe(n * 10);

    // the worker's view: conversations, handoffs and rollups scored from the events alone
    await pool().query(`DELETE FROM metric_rollups WHERE project_id = $1`, [projectId]);
    await pool().query(`DELETE FROM handoffs WHERE project_id = $1`, [projectId]);
    await pool().query(`DELETE FROM conversations WHERE project_id = $1`, [projectId]);
    const run = await rescore(["--project", projectId, "--restart"]);
    expect(run.code, run.stderr).toBe(0);
    const worker = await allRollups(projectId);
    const dims = new Set(worker.map((r) => r.dim.split(":")[0]));
    expect([...dims].sort()).toEqual(["", "agent", "contract", "edge", "edge_field", "release", "release_edge", "release_edge_key"]);
    for (const m of ["csat_mean", "csat_low_rate", "resolution_rate", "unresolved_conversations", "csat_edge_dropout", "contract_field", "payload_key"])
      expect(worker.some((r) => r.metric === m), m).toBe(true);

    // the seed's SQL over the same stored rows
    const rebuilt = await seed(["--project", projectId, "--conversations", String(n), "--rollups-only"]);
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    expect(await allRollups(projectId)).toEqual(worker);
  });
});

// Raw framework spans are kept for a retention period, then pruned by the worker's hourly task.
import { describe, expect, it } from "vitest";
import { pool } from "../../lib/db/pool";
import { pruneStagedSpans } from "../../lib/worker/jobs/prune-staged-spans";
import { createTestProject } from "../helpers/api";

describe("staged span retention", () => {
  it("drops spans untouched for the retention period and keeps recent ones", async () => {
    const p = await createTestProject();
    await pool().query(
      `INSERT INTO integration_spans (project_id, source, trace_id, span_id, kind, received_at)
       VALUES ($1, 'otlp', 't-old', 's1', 'tool', now() - interval '8 days'), ($1, 'otlp', 't-new', 's2', 'tool', now() - interval '6 days')`,
      [p.projectId],
    );
    expect(await pruneStagedSpans(7)).toBeGreaterThanOrEqual(1);
    const { rows } = await pool().query(`SELECT trace_id FROM integration_spans WHERE project_id = $1 ORDER BY trace_id`, [p.projectId]);
    expect(rows.map((r) => r.trace_id)).toEqual(["t-new"]);
  });
});

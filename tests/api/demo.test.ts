// `npm run demo` through the real OpenAI Agents SDK against the running app: every kind of
// conversation lands and is scored, spread over the past week, and a second run adds nothing.
import { describe, expect, it } from "vitest";
import { pool } from "../../lib/db/pool";
import { loadDemo } from "../../scripts/demo";
import { baseUrl, createTestProject, waitScored } from "../helpers/api";

describe("demo loader", () => {
  it("loads varied, scored conversations over 7 days, idempotently", async () => {
    const p = await createTestProject();
    await loadDemo({ url: baseUrl(), key: p.key, count: 40, log: () => {} });
    const count = async () => (await pool().query(`SELECT count(*)::int AS n FROM events WHERE project_id = $1`, [p.projectId])).rows[0].n;
    const events = await count();
    expect(events).toBeGreaterThan(200);
    await waitScored(p.key, "demo-0039", 2);
    for (let i = 0; i < 50; i++) {
      const { rows } = await pool().query(`SELECT count(*)::int AS n FROM conversations WHERE project_id = $1 AND scored_at IS NOT NULL`, [p.projectId]);
      if (rows[0].n === 40) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const { rows } = await pool().query(
      `SELECT count(*)::int AS n, min(first_at) AS first, max(first_at) AS last, array_agg(DISTINCT f) AS flags
         FROM conversations LEFT JOIN LATERAL unnest(flags) f ON true WHERE project_id = $1`,
      [p.projectId],
    );
    expect(rows[0].n).toBeGreaterThanOrEqual(40);
    expect(Date.now() - rows[0].first.getTime()).toBeGreaterThan(2 * 24 * 3600_000);
    expect(rows[0].last.getTime()).toBeLessThanOrEqual(Date.now());
    expect(rows[0].flags).toEqual(expect.arrayContaining(["dropout", "reask", "role_confusion", "deep"]));
    const statuses = await pool().query(`SELECT DISTINCT status FROM conversations WHERE project_id = $1`, [p.projectId]);
    expect(statuses.rows.map((r) => r.status)).toEqual(expect.arrayContaining(["resolved"]));

    await loadDemo({ url: baseUrl(), key: p.key, count: 40, log: () => {} });
    expect(await count()).toBe(events);
  });
});

// `npm run demo` through the real OpenAI Agents SDK against the running app: every kind of
// conversation lands and is scored, spread over the past week, and a second run adds nothing.
// Among them, orchestrator–worker conversations (SDK agents-as-tools, LangGraph Send and a
// parallel supervisor): fan-outs that are never role confusion.
import { describe, expect, it } from "vitest";
import { pool } from "../../lib/db/pool";
import { loadDemo } from "../../scripts/demo";
import { baseUrl, createTestProject, waitScored } from "../helpers/api";
import { until } from "../helpers/until";

describe("demo loader", () => {
  it("loads varied, scored conversations over 7 days, idempotently", async () => {
    const p = await createTestProject();
    await loadDemo({ url: baseUrl(), key: p.key, count: 40, log: () => {} });
    const count = async () => (await pool().query(`SELECT count(*)::int AS n FROM events WHERE project_id = $1`, [p.projectId])).rows[0].n;
    const events = await count();
    expect(events).toBeGreaterThan(200);
    await waitScored(p.key, "demo-0039", 2);
    // the SDK conversations and the release story's (2 × count), each scored with all its events
    await until("the 120 demo conversations scored", async () => {
      const { rows } = await pool().query(
        `SELECT count(*)::int AS n FROM conversations c WHERE project_id = $1 AND scored_at IS NOT NULL
            AND event_count = (SELECT count(*) FROM events e WHERE e.project_id = c.project_id AND e.conversation_id = c.id)`,
        [p.projectId],
      );
      return rows[0].n >= 40 + 80;
    }, 30_000, 200);
    const { rows } = await pool().query(
      `SELECT count(*)::int AS n, min(first_at) AS first, max(first_at) AS last, array_agg(DISTINCT f) AS flags
         FROM conversations LEFT JOIN LATERAL unnest(flags) f ON true WHERE project_id = $1`,
      [p.projectId],
    );
    expect(rows[0].n).toBeGreaterThanOrEqual(40 + 80);
    expect(Date.now() - rows[0].first.getTime()).toBeGreaterThan(2 * 24 * 3600_000);
    expect(rows[0].last.getTime()).toBeLessThanOrEqual(Date.now());
    expect(rows[0].flags).toEqual(expect.arrayContaining(["dropout", "reask", "role_confusion", "deep"]));
    // orchestrator–worker conversations: parallel delegations from one lead, from both frameworks
    const fanOuts = await pool().query(
      `SELECT e.conversation_id AS id, min(e.metadata->>'source') AS source, c.flags
         FROM events e JOIN conversations c ON c.project_id = e.project_id AND c.id = e.conversation_id
        WHERE e.project_id = $1 AND e.type = 'handoff' AND e.data->>'mode' = 'delegate'
        GROUP BY e.conversation_id, e.data->>'from', c.flags HAVING count(*) >= 2`,
      [p.projectId],
    );
    expect(new Set(fanOuts.rows.map((r) => r.source))).toEqual(new Set(["openai-agents", "langsmith"]));
    expect(fanOuts.rows.length).toBeGreaterThanOrEqual(4);
    for (const r of fanOuts.rows) expect(r.flags, r.id).not.toContain("role_confusion");
    const statuses = await pool().query(`SELECT DISTINCT status FROM conversations WHERE project_id = $1`, [p.projectId]);
    expect(statuses.rows.map((r) => r.status)).toEqual(expect.arrayContaining(["resolved"]));
    // the release story: v2.5.0 events from day −3 on, and CSAT in the rollups
    const releases = await pool().query(
      `SELECT metadata->>'release' AS release, min(ts) AS first FROM events WHERE project_id = $1 AND metadata ? 'release' GROUP BY 1 ORDER BY 1`,
      [p.projectId],
    );
    expect(releases.rows.map((r) => r.release)).toEqual(["v2.4.0", "v2.5.0"]);
    expect(Math.abs(Date.now() - 3 * 86_400_000 - releases.rows[1].first.getTime())).toBeLessThan(6 * 3_600_000);
    const csat = await pool().query(`SELECT sum(count)::int AS n FROM metric_rollups WHERE project_id = $1 AND metric = 'csat_mean' AND dim = ''`, [p.projectId]);
    expect(csat.rows[0].n).toBeGreaterThanOrEqual(80);

    await loadDemo({ url: baseUrl(), key: p.key, count: 40, log: () => {} });
    expect(await count()).toBe(events);
  }, 240_000); // two runs of the real SDKs (orchestrators included) and the release story, on a shared machine
});

// Worker jobs for alerts. `evaluate_alerts` runs every few seconds (it reschedules itself with a
// job key, so any number of workers keep exactly one pending), evaluates the rules that are due,
// and records transitions. Each rule is evaluated under a row lock (FOR UPDATE SKIP LOCKED) and
// each transition is keyed by (rule, group, seq) with a unique constraint: two workers can never
// record — or notify — the same transition twice. `deliver_webhook` makes one delivery attempt
// and schedules the next with backoff until 24 h have passed.
import crypto from "node:crypto";
import type { Task } from "graphile-worker";
import type pg from "pg";
import { z } from "zod";
import { pool } from "../db/pool";
import { withTransaction } from "../db/transaction";
import { env } from "../env";
import { getMetricSeries, getMetricValue } from "../metrics/queries";
import { groupBy } from "../collections";
import { observeChange } from "./change";
import { evaluate } from "./evaluate";
import { buildPayload, nextRetryDelay, send } from "./notify";
import { toRule } from "./queries";
import type { AlertRule, GroupState } from "./schemas";

export const EVALUATE_TASK = "evaluate_alerts";
export const DELIVER_TASK = "deliver_webhook";
const TICK_MS = () => env().BATON_ALERT_TICK_MS;

export async function scheduleEvaluation(client: { query: pg.Pool["query"] }, delayMs = TICK_MS()) {
  await client.query(
    `SELECT graphile_worker.add_job($1, '{}'::json, run_at := now() + make_interval(secs => $2::double precision / 1000), job_key := $1, max_attempts := 1)`,
    [EVALUATE_TASK, delayMs],
  );
}

/** Revives the self-rescheduling evaluator when a database outage broke its chain (the reschedule
 *  in its `finally` failed too, and with one attempt the job stays failed): a pending evaluation
 *  keeps its time (preserve_run_at), a failed or missing one is queued now. The worker calls it
 *  every heartbeat. */
export async function ensureEvaluationScheduled(client: { query: pg.Pool["query"] }) {
  await client.query(
    `SELECT graphile_worker.add_job($1, '{}'::json, job_key := $1, max_attempts := 1, job_key_mode := 'preserve_run_at')`,
    [EVALUATE_TASK],
  );
}

export const evaluateAlertsTask: Task = async () => {
  try {
    const { rows } = await pool().query<{ project_id: string; id: string }>(
      `SELECT project_id, id FROM alert_rules WHERE enabled
          AND (last_evaluated_at IS NULL OR last_evaluated_at + make_interval(secs => interval_seconds) <= now())`,
    );
    for (const r of rows) await evaluateRule(r.project_id, r.id);
  } finally {
    await scheduleEvaluation(pool());
  }
};

async function evaluateRule(projectId: string, id: string) {
  await withTransaction(async (c) => {
    const { rows } = await c.query(
      `SELECT * FROM alert_rules WHERE project_id = $1 AND id = $2 AND enabled
          AND (last_evaluated_at IS NULL OR last_evaluated_at + make_interval(secs => interval_seconds) <= now())
        FOR UPDATE SKIP LOCKED`,
      [projectId, id],
    );
    if (!rows[0]) return; // another worker has it, or it is no longer due
    const rule = toRule(rows[0]);
    const now = new Date();
    const from = new Date(now.getTime() - rule.windowMinutes * 60_000);
    const observations = await observe(projectId, rule, from, now);
    if (rule.groupBy) for (const g of Object.keys(rule.state)) if (!observations.has(g)) observations.set(g, { value: null, samples: 0 });

    const state: Record<string, GroupState> = { ...rule.state };
    for (const [group, o] of observations) {
      const { next, transition } = evaluate(state[group], o, rule, now);
      state[group] = next;
      if (transition) await recordTransition(c, projectId, rule, group, transition, next, now);
    }
    await c.query(`UPDATE alert_rules SET state = $3, last_evaluated_at = $4 WHERE project_id = $1 AND id = $2`, [
      projectId, id, JSON.stringify(state), now,
    ]);
  });
}

type Observation = { value: number | null; samples: number; breached?: boolean };

/** Per group: the window's value (threshold rules) or its latest level shift (change rules). */
async function observe(projectId: string, rule: AlertRule, from: Date, to: Date): Promise<Map<string, Observation>> {
  const out = new Map<string, Observation>();
  if (rule.kind === "change") {
    const { points } = await getMetricSeries({ projectId, query: { metric: rule.metric, from, to, bucket: "hour", groupBy: rule.groupBy ?? undefined } });
    for (const [g, pts] of groupBy(points, (p) => p.group)) out.set(g, observeChange(pts, rule));
    return out;
  }
  const obs = await getMetricValue({ projectId, metric: rule.metric, from, to, dim: rule.groupBy ?? "" });
  if (rule.groupBy) for (const g of obs.groups) out.set(g.group, { value: g.value, samples: g.samples });
  else out.set("", { value: obs.value, samples: obs.samples });
  return out;
}

async function recordTransition(c: pg.PoolClient, projectId: string, rule: AlertRule, group: string, state: string, s: GroupState, at: Date) {
  const eventId = `aev_${crypto.randomBytes(6).toString("hex")}`;
  const ins = await c.query(
    `INSERT INTO alert_events (project_id, id, rule_id, state, value, threshold, group_key, window_minutes, at, evaluation_key)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) ON CONFLICT (project_id, rule_id, group_key, evaluation_key) DO NOTHING RETURNING id`,
    [projectId, eventId, rule.id, state, s.lastValue, rule.threshold, group, rule.windowMinutes, at, `seq:${s.seq}`],
  );
  if (!ins.rowCount) return;
  for (const w of rule.webhooks) {
    const deliveryId = `dlv_${crypto.randomBytes(6).toString("hex")}`;
    await c.query(`INSERT INTO notification_deliveries (project_id, id, alert_event_id, rule_id, url) VALUES ($1,$2,$3,$4,$5)`, [
      projectId, deliveryId, eventId, rule.id, w.url,
    ]);
    await c.query(`SELECT graphile_worker.add_job($1, json_build_object('projectId', $2::text, 'deliveryId', $3::text), max_attempts := 1)`, [
      DELIVER_TASK, projectId, deliveryId,
    ]);
  }
}

const DeliverPayload = z.object({ projectId: z.string(), deliveryId: z.string() });

export const deliverWebhookTask: Task = async (payload) => {
  const { projectId, deliveryId } = DeliverPayload.parse(payload);
  const { rows } = await pool().query(
    `SELECT r.*, d.url AS d_url, d.attempt AS d_attempt, d.created_at AS d_created_at, d.status AS d_status,
            e.state AS e_state, e.value AS e_value, e.group_key AS e_group, e.at AS e_at
       FROM notification_deliveries d JOIN alert_events e ON e.project_id = d.project_id AND e.id = d.alert_event_id
       JOIN alert_rules r ON r.project_id = d.project_id AND r.id = d.rule_id
      WHERE d.project_id = $1 AND d.id = $2`,
    [projectId, deliveryId],
  );
  const d = rows[0];
  if (!d || d.d_status === "delivered" || d.d_status === "failed") return;
  const rule = toRule(d);
  const hook = rule.webhooks.find((w) => w.url === d.d_url);
  if (!hook) {
    await pool().query(`UPDATE notification_deliveries SET status = 'failed', error = 'webhook removed from the rule', updated_at = now() WHERE project_id = $1 AND id = $2`, [projectId, deliveryId]);
    return;
  }
  const body = JSON.stringify(buildPayload({ project: { id: projectId }, rule, state: d.e_state, value: d.e_value, group: d.e_group || null, at: d.e_at.toISOString() }, publicUrl()));
  const attempt = d.d_attempt + 1;
  const res = await send(hook.url, body, hook.secret);
  if (res.ok) {
    await pool().query(
      `UPDATE notification_deliveries SET status = 'delivered', attempt = $3, status_code = $4, error = NULL, delivered_at = now(), next_retry_at = NULL, updated_at = now()
        WHERE project_id = $1 AND id = $2`,
      [projectId, deliveryId, attempt, res.statusCode],
    );
    return;
  }
  const delay = res.error?.startsWith("refusing") ? null : nextRetryDelay(attempt, d.d_created_at);
  const nextAt = delay === null ? null : new Date(Date.now() + delay);
  await withTransaction(async (c) => {
    await c.query(
      `UPDATE notification_deliveries SET status = $3, attempt = $4, status_code = $5, error = $6, next_retry_at = $7, updated_at = now()
        WHERE project_id = $1 AND id = $2`,
      [projectId, deliveryId, nextAt ? "retrying" : "failed", attempt, res.statusCode, res.error, nextAt],
    );
    if (nextAt) {
      await c.query(`SELECT graphile_worker.add_job($1, json_build_object('projectId', $2::text, 'deliveryId', $3::text), run_at := $4, max_attempts := 1)`, [
        DELIVER_TASK, projectId, deliveryId, nextAt,
      ]);
    }
  });
};

export function publicUrl(): string {
  return (env().BATON_PUBLIC_URL ?? `http://localhost:${env().PORT}`).replace(/\/$/, "");
}

/** One immediate attempt to every webhook of a rule, for the "Send test" button and endpoint. */
export async function testAlertRule(rule: AlertRule, projectId: string) {
  const body = JSON.stringify(buildPayload({ project: { id: projectId }, rule, state: "test", value: null, group: null, at: new Date().toISOString() }, publicUrl()));
  return Promise.all(rule.webhooks.map(async (w) => ({ url: w.url, ...(await send(w.url, body, w.secret)) })));
}

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
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { pool } from "../db/pool";
import { env } from "../env";
import { getMetricSeries, getMetricValue } from "../metrics/queries";
import { groupBy } from "../collections";
import { observeChange } from "./change";
import { evaluate } from "./evaluate";
import { buildPayload, nextRetryDelay, send } from "./notify";
import { toRule } from "./queries";
import { AlertEventState, type AlertRule, type GroupState } from "./schemas";

export const EVALUATE_TASK = "evaluate_alerts";
export const DELIVER_TASK = "deliver_webhook";
const TICK_MS = () => env().BATON_ALERT_TICK_MS;

// The two schedulers below stay on the pg pool: the worker calls them on its pool with the heartbeat
// (lib/worker/main.ts), which reads a failure there as "the database is away" — writes to the queue,
// not reads (graphile_worker is no Prisma model; heartbeat writes 7.9 ms pool vs 8.1 ms Prisma: lib/worker/recovery.ts).
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
    // raw: the model API cannot compare a column against another column's interval
    const due = await db().$queryRaw<Array<{ project_id: string; id: string }>>`
      SELECT project_id, id FROM alert_rules WHERE enabled
         AND (last_evaluated_at IS NULL OR last_evaluated_at + make_interval(secs => interval_seconds) <= now())`;
    for (const r of due) await evaluateRule(r.project_id, r.id);
  } finally {
    await scheduleEvaluation(pool());
  }
};

async function evaluateRule(projectId: string, id: string) {
  await db().$transaction(async (tx) => {
    // Prisma's model API cannot lock rows: FOR UPDATE SKIP LOCKED through the transaction's raw query
    const locked = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM alert_rules WHERE project_id = ${projectId} AND id = ${id} AND enabled
         AND (last_evaluated_at IS NULL OR last_evaluated_at + make_interval(secs => interval_seconds) <= now())
       FOR UPDATE SKIP LOCKED`;
    if (!locked.length) return; // another worker has it, or it is no longer due
    const rule = toRule(await tx.alertRule.findUniqueOrThrow({ where: { projectId_id: { projectId, id } } }));
    const now = new Date();
    const from = new Date(now.getTime() - rule.windowMinutes * 60_000);
    const observations = await observe(projectId, rule, from, now);
    if (rule.groupBy) for (const g of Object.keys(rule.state)) if (!observations.has(g)) observations.set(g, { value: null, samples: 0 });

    const state: Record<string, GroupState> = { ...rule.state };
    for (const [group, o] of observations) {
      const { next, transition } = evaluate(state[group], o, rule, now);
      state[group] = next;
      if (transition) await recordTransition(tx, projectId, rule, group, transition, next, now);
    }
    await tx.alertRule.update({ where: { projectId_id: { projectId, id } }, data: { state: { ...state }, lastEvaluatedAt: now } });
  }, TX_LIMITS);
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

/** The rule's metric read runs inside the transaction that holds its lock: allow a loaded database
 *  the worker's statement limit, not Prisma's 5 s default. */
const TX_LIMITS = { maxWait: 30_000, timeout: 120_000 };

async function recordTransition(tx: Prisma.TransactionClient, projectId: string, rule: AlertRule, group: string, state: string, s: GroupState, at: Date) {
  const eventId = `aev_${crypto.randomBytes(6).toString("hex")}`;
  // the unique (rule, group, evaluation key) makes a second worker's insert a no-op: it notifies nobody
  const ins = await tx.alertEvent.createMany({
    data: [{ projectId, id: eventId, ruleId: rule.id, state, value: s.lastValue, threshold: rule.threshold, group, windowMinutes: rule.windowMinutes, at, evaluationKey: `seq:${s.seq}` }],
    skipDuplicates: true,
  });
  if (!ins.count) return;
  for (const w of rule.webhooks) {
    const deliveryId = `dlv_${crypto.randomBytes(6).toString("hex")}`;
    await tx.notificationDelivery.create({ data: { projectId, id: deliveryId, alertEventId: eventId, ruleId: rule.id, url: w.url } });
    await tx.$executeRaw`SELECT graphile_worker.add_job(${DELIVER_TASK}, json_build_object('projectId', ${projectId}::text, 'deliveryId', ${deliveryId}::text), max_attempts := 1)`;
  }
}

const DeliverPayload = z.object({ projectId: z.string(), deliveryId: z.string() });

export const deliverWebhookTask: Task = async (payload) => {
  const { projectId, deliveryId } = DeliverPayload.parse(payload);
  const key = { projectId_id: { projectId, id: deliveryId } };
  const d = await db().notificationDelivery.findUnique({ where: key });
  if (!d || d.status === "delivered" || d.status === "failed" || !d.alertEventId) return;
  // no relations are declared between these tables (the SQL has no foreign keys to them): keyed reads
  const [event, row] = await Promise.all([
    db().alertEvent.findUnique({ where: { projectId_id: { projectId, id: d.alertEventId } } }),
    db().alertRule.findUnique({ where: { projectId_id: { projectId, id: d.ruleId } } }),
  ]);
  if (!event || !row) return; // the rule (and so its events) was deleted
  const rule = toRule(row);
  const hook = rule.webhooks.find((w) => w.url === d.url);
  if (!hook) {
    await db().notificationDelivery.update({ where: key, data: { status: "failed", error: "webhook removed from the rule", updatedAt: new Date() } });
    return;
  }
  const body = JSON.stringify(buildPayload({ project: { id: projectId }, rule, state: AlertEventState.parse(event.state), value: event.value, group: event.group || null, at: event.at.toISOString() }, publicUrl()));
  const attempt = d.attempt + 1;
  const res = await send(hook.url, body, hook.secret);
  if (res.ok) {
    const now = new Date();
    await db().notificationDelivery.update({
      where: key,
      data: { status: "delivered", attempt, statusCode: res.statusCode, error: null, deliveredAt: now, nextRetryAt: null, updatedAt: now },
    });
    return;
  }
  const delay = res.error?.startsWith("refusing") ? null : nextRetryDelay(attempt, d.createdAt);
  const nextAt = delay === null ? null : new Date(Date.now() + delay);
  await db().$transaction([
    db().notificationDelivery.update({
      where: key,
      data: { status: nextAt ? "retrying" : "failed", attempt, statusCode: res.statusCode, error: res.error, nextRetryAt: nextAt, updatedAt: new Date() },
    }),
    ...(nextAt
      ? [db().$executeRaw`SELECT graphile_worker.add_job(${DELIVER_TASK}, json_build_object('projectId', ${projectId}::text, 'deliveryId', ${deliveryId}::text), run_at := ${nextAt}, max_attempts := 1)`]
      : []),
  ]);
};

export function publicUrl(): string {
  return (env().BATON_PUBLIC_URL ?? `http://localhost:${env().PORT}`).replace(/\/$/, "");
}

/** One immediate attempt to every webhook of a rule, for the "Send test" button and endpoint. */
export async function testAlertRule(rule: AlertRule, projectId: string) {
  const body = JSON.stringify(buildPayload({ project: { id: projectId }, rule, state: "test", value: null, group: null, at: new Date().toISOString() }, publicUrl()));
  return Promise.all(rule.webhooks.map(async (w) => ({ url: w.url, ...(await send(w.url, body, w.secret)) })));
}

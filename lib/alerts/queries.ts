// Alert rules and their history: every read and write filtered by project.
import crypto from "node:crypto";
import { pool } from "../db/pool";
import { NotFoundError, ValidationError } from "../errors";
import { encodeCursor, type Keyset } from "../http/params";
import { ruleProblems, SECRET_MASK, type AlertRule, type AlertRuleInput } from "./schemas";

const COLS = `id, name, metric, kind, direction, comparator, threshold, window_minutes, min_samples, interval_seconds, pending_evaluations,
  severity, group_by, webhooks, enabled, state, last_evaluated_at, created_at, updated_at`;

export function toRule(r: Record<string, any>): AlertRule {
  return {
    id: r.id, name: r.name, metric: r.metric, kind: r.kind ?? "threshold", direction: r.direction ?? "any", comparator: r.comparator, threshold: r.threshold,
    windowMinutes: r.window_minutes, minSamples: r.min_samples, intervalSeconds: r.interval_seconds,
    pendingEvaluations: r.pending_evaluations, severity: r.severity, groupBy: r.group_by, webhooks: r.webhooks,
    enabled: r.enabled, state: r.state, lastEvaluatedAt: r.last_evaluated_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(), updatedAt: r.updated_at.toISOString(),
  };
}

/** Webhook secrets never leave the server after creation: the API shows only that one is set. */
export function publicRule(rule: AlertRule) {
  return { ...rule, webhooks: rule.webhooks.map((w) => ({ url: w.url, secret: SECRET_MASK })) };
}

const secretRequired = (i: number, message: string) =>
  new ValidationError(`webhook ${i}: ${message}`, [{ path: `body.webhooks.${i}.secret`, message }]);

export async function listAlertRules({ projectId }: { projectId: string }): Promise<AlertRule[]> {
  const { rows } = await pool().query(`SELECT ${COLS} FROM alert_rules WHERE project_id = $1 ORDER BY created_at`, [projectId]);
  return rows.map(toRule);
}

export async function getAlertRuleOrThrow({ projectId, id }: { projectId: string; id: string }): Promise<AlertRule> {
  const { rows } = await pool().query(`SELECT ${COLS} FROM alert_rules WHERE project_id = $1 AND id = $2`, [projectId, id]);
  if (!rows[0]) throw new NotFoundError(`alert rule ${id} not found`);
  return toRule(rows[0]);
}

export async function createAlertRule({ projectId, input }: { projectId: string; input: AlertRuleInput }): Promise<AlertRule> {
  const masked = input.webhooks.findIndex((w) => w.secret === SECRET_MASK);
  if (masked >= 0) throw secretRequired(masked, "a signing secret is required");
  const id = `rule_${crypto.randomBytes(6).toString("hex")}`;
  const { rows } = await pool().query(
    `INSERT INTO alert_rules (project_id, id, name, metric, comparator, threshold, window_minutes, min_samples, interval_seconds,
       pending_evaluations, severity, group_by, webhooks, enabled, kind, direction)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16) RETURNING ${COLS}`,
    [projectId, id, input.name, input.metric, input.comparator ?? "gt", input.threshold ?? 0, input.windowMinutes, input.minSamples,
      input.intervalSeconds, input.pendingEvaluations, input.severity, input.groupBy, JSON.stringify(input.webhooks), input.enabled,
      input.kind, input.direction],
  );
  return toRule(rows[0]);
}

export async function updateAlertRule({ projectId, id, patch }: { projectId: string; id: string; patch: Partial<AlertRuleInput> }) {
  const current = await getAlertRuleOrThrow({ projectId, id });
  // A webhook sent back with the masked secret keeps its stored secret; a new URL needs its own
  // (the mask must never be stored as a secret, nor a stored secret move to another URL).
  const webhooks = patch.webhooks?.map((w, i) => {
    if (w.secret !== SECRET_MASK) return w;
    const kept = current.webhooks.find((c) => c.url === w.url);
    if (!kept) throw secretRequired(i, "a new webhook URL needs its signing secret");
    return kept;
  });
  const next = { ...current, ...patch, ...(webhooks ? { webhooks } : {}) };
  const problems = ruleProblems(next);
  if (problems.length) throw new ValidationError(problems[0].message, problems.map((p) => ({ path: `body.${p.path}`, message: p.message })));
  const reset = patch.metric || patch.groupBy !== undefined || patch.comparator || patch.threshold !== undefined || patch.kind || patch.direction;
  const { rows } = await pool().query(
    `UPDATE alert_rules SET name=$3, metric=$4, comparator=$5, threshold=$6, window_minutes=$7, min_samples=$8, interval_seconds=$9,
       pending_evaluations=$10, severity=$11, group_by=$12, webhooks=$13, enabled=$14, kind=$16, direction=$17, updated_at=now(),
       state = CASE WHEN $15 THEN '{}'::jsonb ELSE state END
     WHERE project_id=$1 AND id=$2 RETURNING ${COLS}`,
    [projectId, id, next.name, next.metric, next.comparator, next.threshold, next.windowMinutes, next.minSamples, next.intervalSeconds,
      next.pendingEvaluations, next.severity, next.groupBy, JSON.stringify(next.webhooks), next.enabled, !!reset, next.kind, next.direction],
  );
  return toRule(rows[0]);
}

export async function deleteAlertRule({ projectId, id }: { projectId: string; id: string }) {
  const res = await pool().query(`DELETE FROM alert_rules WHERE project_id = $1 AND id = $2`, [projectId, id]);
  if (!res.rowCount) throw new NotFoundError(`alert rule ${id} not found`);
}

export async function listAlertEvents({ projectId, filter }: { projectId: string; filter: { ruleId?: string; state?: string; cursor?: Keyset; limit: number } }) {
  const cur = filter.cursor;
  const { rows } = await pool().query(
    `SELECT e.id, e.rule_id, r.name AS rule_name, e.state, e.value, e.threshold, e.group_key, e.window_minutes, e.at,
            (SELECT coalesce(json_agg(json_build_object('url', d.url, 'status', d.status, 'attempt', d.attempt, 'statusCode', d.status_code,
                     'error', d.error, 'nextRetryAt', d.next_retry_at, 'deliveredAt', d.delivered_at) ORDER BY d.created_at), '[]')
               FROM notification_deliveries d WHERE d.project_id = e.project_id AND d.alert_event_id = e.id) AS deliveries
       FROM alert_events e LEFT JOIN alert_rules r ON r.project_id = e.project_id AND r.id = e.rule_id
      WHERE e.project_id = $1 AND ($2::text IS NULL OR e.rule_id = $2) AND ($3::text IS NULL OR e.state = $3)
        AND ($4::timestamptz IS NULL OR (e.at, e.id) < ($4, $5))
      ORDER BY e.at DESC, e.id DESC LIMIT $6`,
    [projectId, filter.ruleId ?? null, filter.state ?? null, cur?.at ?? null, cur?.id ?? "", filter.limit + 1],
  );
  const page = rows.slice(0, filter.limit);
  const data = page.map((r) => ({
    id: r.id, ruleId: r.rule_id, ruleName: r.rule_name, state: r.state, value: r.value, threshold: r.threshold,
    group: r.group_key || null, windowMinutes: r.window_minutes, at: r.at.toISOString(), deliveries: r.deliveries,
  }));
  const last = page[page.length - 1];
  return { data, nextCursor: rows.length > filter.limit && last ? encodeCursor({ at: last.at, id: last.id }) : null };
}

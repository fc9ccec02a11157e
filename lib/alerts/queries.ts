// Alert rules and their history: every read and write filtered by project, through Prisma Client.
import crypto from "node:crypto";
import { z } from "zod";
import { db } from "../db/client";
import type { AlertRule as AlertRuleRow } from "../db/generated/client";
import { keysetPage, type Keyset } from "../db/paging";
import { NotFoundError, ValidationError } from "../errors";
import { AlertRuleFields, ruleProblems, SECRET_MASK, StoredRuleState, StoredWebhooks, type AlertRule, type AlertRuleInput } from "./schemas";

// the stored comparator is always set ("gt" for a change rule given none)
const Fields = AlertRuleFields.pick({ metric: true, kind: true, direction: true, severity: true, groupBy: true }).extend({ comparator: z.enum(["gt", "gte", "lt", "lte"]) });

/** A stored row as the API's rule: jsonb columns and enum-like text columns checked by zod. */
export function toRule(r: AlertRuleRow): AlertRule {
  const fields = Fields.parse({ metric: r.metric, kind: r.kind, direction: r.direction, comparator: r.comparator, severity: r.severity, groupBy: r.groupBy });
  return {
    id: r.id, name: r.name, ...fields, threshold: r.threshold,
    windowMinutes: r.windowMinutes, minSamples: r.minSamples, intervalSeconds: r.intervalSeconds,
    pendingEvaluations: r.pendingEvaluations, webhooks: StoredWebhooks.parse(r.webhooks),
    enabled: r.enabled, state: StoredRuleState.safeParse(r.state).data ?? {}, // a damaged state restarts evaluation rather than breaking the pages
    lastEvaluatedAt: r.lastEvaluatedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(),
  };
}

/** Webhook secrets never leave the server after creation: the API shows only that one is set. */
export function publicRule(rule: AlertRule) {
  return { ...rule, webhooks: rule.webhooks.map((w) => ({ url: w.url, secret: SECRET_MASK })) };
}

const secretRequired = (i: number, message: string) =>
  new ValidationError(`webhook ${i}: ${message}`, [{ path: `body.webhooks.${i}.secret`, message }]);

export async function listAlertRules({ projectId }: { projectId: string }): Promise<AlertRule[]> {
  const rows = await db().alertRule.findMany({ where: { projectId }, orderBy: { createdAt: "asc" } });
  return rows.map(toRule);
}

export async function getAlertRuleOrThrow({ projectId, id }: { projectId: string; id: string }): Promise<AlertRule> {
  const row = await db().alertRule.findUnique({ where: { projectId_id: { projectId, id } } });
  if (!row) throw new NotFoundError(`alert rule ${id} not found`);
  return toRule(row);
}

export async function createAlertRule({ projectId, input }: { projectId: string; input: AlertRuleInput }): Promise<AlertRule> {
  const masked = input.webhooks.findIndex((w) => w.secret === SECRET_MASK);
  if (masked >= 0) throw secretRequired(masked, "a signing secret is required");
  const id = `rule_${crypto.randomBytes(6).toString("hex")}`;
  return toRule(await db().alertRule.create({ data: { projectId, id, ...input, comparator: input.comparator ?? "gt", threshold: input.threshold ?? 0 } }));
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
  const { id: _id, state: _state, lastEvaluatedAt: _at, createdAt: _c, updatedAt: _u, ...stored } = current;
  const next = { ...stored, ...patch, ...(webhooks ? { webhooks } : {}) };
  const problems = ruleProblems(next);
  if (problems.length) throw new ValidationError(problems[0].message, problems.map((p) => ({ path: `body.${p.path}`, message: p.message })));
  const reset = patch.metric || patch.groupBy !== undefined || patch.comparator || patch.threshold !== undefined || patch.kind || patch.direction;
  const row = await db().alertRule.update({
    where: { projectId_id: { projectId, id } },
    data: { ...next, updatedAt: new Date(), ...(reset ? { state: {} } : {}) },
  });
  return toRule(row);
}

export async function deleteAlertRule({ projectId, id }: { projectId: string; id: string }) {
  const res = await db().alertRule.deleteMany({ where: { projectId, id } });
  if (!res.count) throw new NotFoundError(`alert rule ${id} not found`);
}

export interface AlertDeliveryView {
  url: string;
  status: string;
  attempt: number;
  statusCode: number | null;
  error: string | null;
  nextRetryAt: string | null;
  deliveredAt: string | null;
}

export async function listAlertEvents({ projectId, filter }: { projectId: string; filter: { ruleId?: string; state?: string; cursor?: Keyset; limit: number } }) {
  const cur = filter.cursor;
  const rows = await db().alertEvent.findMany({
    where: {
      projectId,
      ...(filter.ruleId ? { ruleId: filter.ruleId } : {}),
      ...(filter.state ? { state: filter.state } : {}),
      ...(cur ? { OR: [{ at: { lt: cur.at } }, { at: cur.at, id: { lt: cur.id } }] } : {}),
    },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: filter.limit + 1,
  });
  const page = rows.slice(0, filter.limit);
  // no relations are declared between these tables (the SQL has no foreign keys to them): two keyed reads
  const [rules, deliveries] = await Promise.all([
    db().alertRule.findMany({ where: { projectId, id: { in: [...new Set(page.map((e) => e.ruleId))] } }, select: { id: true, name: true } }),
    db().notificationDelivery.findMany({ where: { projectId, alertEventId: { in: page.map((e) => e.id) } }, orderBy: { createdAt: "asc" } }),
  ]);
  const ruleName = new Map(rules.map((r) => [r.id, r.name]));
  const byEvent = new Map<string, AlertDeliveryView[]>();
  for (const d of deliveries) {
    const list = byEvent.get(d.alertEventId ?? "") ?? [];
    list.push({
      url: d.url, status: d.status, attempt: d.attempt, statusCode: d.statusCode, error: d.error,
      nextRetryAt: d.nextRetryAt?.toISOString() ?? null, deliveredAt: d.deliveredAt?.toISOString() ?? null,
    });
    byEvent.set(d.alertEventId ?? "", list);
  }
  return keysetPage(rows, filter.limit, (e) => ({ at: e.at, id: e.id }), (e) => ({
    id: e.id, ruleId: e.ruleId, ruleName: ruleName.get(e.ruleId) ?? null, state: e.state, value: e.value, threshold: e.threshold,
    group: e.group || null, windowMinutes: e.windowMinutes, at: e.at.toISOString(), deliveries: byEvent.get(e.id) ?? [],
  }));
}

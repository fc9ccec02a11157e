// The alert rule contract (SPEC §2.3) for the API and the /alerts forms.
import { z } from "zod";
import { env } from "../env";
import { Paging, Text, hasNoNul, NUL_MESSAGE } from "../http/params";
import { configuredTargetProblem } from "../net/address-guard";
import { METRIC_IDS } from "../metrics/ids";
import { MAX_WEBHOOKS } from "./limits";

/** An http(s) URL that is not a literal private address or localhost (unless the operator allows it). */
export const WebhookUrl = z
  .string()
  .max(2048)
  .superRefine((u, ctx) => {
    const problem = configuredTargetProblem(u, { allowPrivate: env().BATON_WEBHOOK_ALLOW_PRIVATE === "1", setting: "BATON_WEBHOOK_ALLOW_PRIVATE" });
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** What the API and pages show instead of a webhook secret; sent back, it means "keep the stored one". */
export const SECRET_MASK = "••••••";

export const Webhook = z.object({
  url: WebhookUrl,
  secret: z.string().max(256).refine((x) => x === SECRET_MASK || x.length >= 8, "at least 8 characters").refine(hasNoNul, NUL_MESSAGE),
});

/** A threshold rule looks back at most a day; a change rule needs a baseline before the shift. */
export const MAX_WINDOW_MINUTES = { threshold: 1440, change: 43_200 } as const;

// The fields that have a default, without it: a PATCH must leave an omitted field as stored
// (zod's .partial() still fills defaults in, which reset them).
const Optional = {
  /** "threshold": the window's value against `comparator threshold`; "change": a level shift
   *  (lib/metrics/change-points.ts) in `direction` within the window, of at least `threshold` */
  kind: z.enum(["threshold", "change"]),
  direction: z.enum(["up", "down", "any"]),
  minSamples: z.number().int().min(0).max(1_000_000),
  intervalSeconds: z.number().int().min(5).max(86_400),
  pendingEvaluations: z.number().int().min(1).max(100),
  severity: z.enum(["info", "warning", "critical"]),
  groupBy: z.enum(["agent", "edge"]).nullable(),
  webhooks: z.array(Webhook).max(MAX_WEBHOOKS),
  enabled: z.boolean(),
};

export const AlertRuleFields = z.object({
  name: z.string().trim().min(1).max(200).refine(hasNoNul, NUL_MESSAGE),
  metric: z.enum(METRIC_IDS),
  kind: Optional.kind.default("threshold"),
  direction: Optional.direction.default("any"),
  comparator: z.enum(["gt", "gte", "lt", "lte"]).optional(),
  threshold: z.number().finite().optional(),
  windowMinutes: z.number().int().min(5).max(MAX_WINDOW_MINUTES.change),
  minSamples: Optional.minSamples.default(0),
  intervalSeconds: Optional.intervalSeconds.default(60),
  pendingEvaluations: Optional.pendingEvaluations.default(1),
  severity: Optional.severity.default("warning"),
  groupBy: Optional.groupBy.default(null),
  webhooks: Optional.webhooks.default([]),
  enabled: Optional.enabled.default(true),
});

/** What a whole rule (created, or patched onto the stored one) must satisfy across its fields. */
export function ruleProblems(r: { kind?: string; comparator?: string; threshold?: number; windowMinutes?: number }) {
  const out: Array<{ path: string; message: string }> = [];
  const kind = r.kind === "change" ? "change" : "threshold";
  if (kind === "threshold" && r.comparator === undefined) out.push({ path: "comparator", message: "a threshold rule needs a comparator" });
  if (kind === "threshold" && r.threshold === undefined) out.push({ path: "threshold", message: "a threshold rule needs a threshold" });
  if (kind === "change" && r.threshold !== undefined && r.threshold < 0) out.push({ path: "threshold", message: "the minimum shift of a change rule cannot be negative" });
  if (r.windowMinutes !== undefined && r.windowMinutes > MAX_WINDOW_MINUTES[kind])
    out.push({ path: "windowMinutes", message: `at most ${MAX_WINDOW_MINUTES[kind]} minutes for a ${kind} rule` });
  return out;
}

export const AlertRuleInput = AlertRuleFields.superRefine((r, ctx) => {
  for (const p of ruleProblems(r)) ctx.addIssue({ code: "custom", path: [p.path], message: p.message });
});
export type AlertRuleInput = z.output<typeof AlertRuleInput>;

export const AlertRulePatch = AlertRuleFields.extend(Optional)
  .partial()
  .refine((p) => Object.keys(p).length > 0, "nothing to change");

/** What an alert_events row records (and a webhook says). */
export const AlertEventState = z.enum(["firing", "resolved", "nodata"]);

export const AlertEventQuery = z.object({
  ruleId: Text(64).optional(),
  state: AlertEventState.optional(),
}).extend(Paging.shape);

export interface AlertRule extends Omit<AlertRuleInput, "comparator" | "threshold"> {
  /** stored as "gt" and 0 for a change rule given none (0 means any detected shift) */
  comparator: "gt" | "gte" | "lt" | "lte";
  threshold: number;
  id: string;
  state: Record<string, GroupState>;
  lastEvaluatedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The stored forms of a rule's jsonb columns (written only through AlertRuleInput and the evaluator). */
export const StoredWebhooks = z.array(z.object({ url: z.string(), secret: z.string() }));
export const StoredGroupState = z.object({
  state: z.enum(["ok", "pending", "firing", "nodata"]),
  pendingCount: z.number(),
  lastValue: z.number().nullable(),
  samples: z.number(),
  since: z.string(),
  /** increments on every transition that is recorded; keys the alert_events row */
  seq: z.number(),
});

export const StoredRuleState = z.record(z.string(), StoredGroupState);

export type GroupState = z.output<typeof StoredGroupState>;

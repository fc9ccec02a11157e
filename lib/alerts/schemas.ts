// The alert rule contract (SPEC §2.3) for the API and the /alerts forms.
import { z } from "zod";
import { env } from "../env";
import { Paging, Text, hasNoNul, NUL_MESSAGE } from "../http/params";
import { configuredTargetProblem } from "../net/address-guard";
import { METRIC_IDS } from "../metrics/ids";

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

export const AlertRuleInput = z.object({
  name: z.string().trim().min(1).max(200).refine(hasNoNul, NUL_MESSAGE),
  metric: z.enum(METRIC_IDS),
  comparator: z.enum(["gt", "gte", "lt", "lte"]),
  threshold: z.number().finite(),
  windowMinutes: z.number().int().min(5).max(1440),
  minSamples: z.number().int().min(0).max(1_000_000).default(0),
  intervalSeconds: z.number().int().min(5).max(86_400).default(60),
  pendingEvaluations: z.number().int().min(1).max(100).default(1),
  severity: z.enum(["info", "warning", "critical"]).default("warning"),
  groupBy: z.enum(["agent", "edge"]).nullable().default(null),
  webhooks: z.array(Webhook).max(10).default([]),
  enabled: z.boolean().default(true),
});
export type AlertRuleInput = z.output<typeof AlertRuleInput>;

export const AlertRulePatch = AlertRuleInput.partial().refine((p) => Object.keys(p).length > 0, "nothing to change");

/** What an alert_events row records (and a webhook says). */
export const AlertEventState = z.enum(["firing", "resolved", "nodata"]);

export const AlertEventQuery = z.object({
  ruleId: Text(64).optional(),
  state: AlertEventState.optional(),
}).extend(Paging.shape);

export interface AlertRule extends AlertRuleInput {
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

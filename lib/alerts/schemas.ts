// The alert rule contract (SPEC §2.3) for the API and the /alerts forms.
import { z } from "zod";
import { Paging, Text, hasNoNul, NUL_MESSAGE } from "../http/params";
import { METRIC_IDS } from "../scoring/rollups";

export const Webhook = z.object({
  url: z.string().url().refine((u) => /^https?:\/\//.test(u), "must be an http(s) URL"),
  secret: z.string().min(8, "at least 8 characters").max(256).refine(hasNoNul, NUL_MESSAGE),
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

export const AlertEventQuery = z.object({
  ruleId: Text(64).optional(),
  state: z.enum(["firing", "resolved", "nodata"]).optional(),
}).extend(Paging.shape);

export interface AlertRule extends AlertRuleInput {
  id: string;
  state: Record<string, GroupState>;
  lastEvaluatedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface GroupState {
  state: "ok" | "pending" | "firing" | "nodata";
  pendingCount: number;
  lastValue: number | null;
  samples: number;
  since: string;
  /** increments on every transition that is recorded; keys the alert_events row */
  seq: number;
}

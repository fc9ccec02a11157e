// Webhook notifications: the payload (Slack-compatible `text` plus structured fields), the
// Baton-Signature header (HMAC-SHA256 over `${t}.${body}`), one delivery attempt with a 5 s
// timeout to a guarded address (lib/net), and the retry schedule (exponential backoff with jitter, up to 24 h).
import crypto from "node:crypto";
import { env } from "../env";
import { postJson } from "../net/post-json";

export interface AlertNotice {
  project: { id: string };
  rule: { id: string; name: string; metric: string; comparator: string; threshold: number; windowMinutes: number; severity: string; kind?: string; direction?: string };
  state: "firing" | "resolved" | "nodata" | "test";
  value: number | null;
  group: string | null;
  at: string;
}

const COMPARE = { gt: ">", gte: "≥", lt: "<", lte: "≤" } as Record<string, string>;

/**
 * The body every receiver of a rule gets. Built field by field: callers pass the stored rule,
 * whose webhooks (every destination's URL and signing secret) and state must never go out.
 */
export function buildPayload(n: AlertNotice, publicUrl: string) {
  const { id, name, metric, comparator, threshold, windowMinutes, severity, kind = "threshold", direction = "any" } = n.rule;
  const icon = n.state === "firing" ? "🔴" : n.state === "resolved" ? "✅" : n.state === "nodata" ? "⚪" : "🧪";
  const v = n.value === null ? "no data" : +n.value.toFixed(4);
  const scope = n.group ? ` (${n.group})` : "";
  const overview = `${publicUrl}/?range=24h`;
  const examples = `${publicUrl}/conversations?range=24h${n.group?.includes("→") ? `&edge=${encodeURIComponent(n.group)}` : n.group ? `&agent=${encodeURIComponent(n.group)}` : ""}`;
  return {
    text:
      kind === "change"
        ? `${icon} [${severity}] ${name}${scope} is ${n.state}: ${metric} level shift ${v === "no data" ? v : `${v > 0 ? "+" : ""}${v}`} (change ${direction} over ${windowMinutes} min). ${overview}`
        : `${icon} [${n.rule.severity}] ${n.rule.name}${scope} is ${n.state}: ${n.rule.metric} = ${v} (${COMPARE[n.rule.comparator] ?? n.rule.comparator} ${n.rule.threshold} over ${n.rule.windowMinutes} min). ${overview}`,
    state: n.state,
    rule: { id, name, metric, kind, direction, comparator, threshold, windowMinutes, severity },
    value: n.value,
    threshold: n.rule.threshold,
    windowMinutes: n.rule.windowMinutes,
    group: n.group,
    project: { id: n.project.id },
    at: n.at,
    links: { overview, conversations: examples },
  };
}

export function sign(secret: string, body: string, t = Math.floor(Date.now() / 1000)): string {
  const v1 = crypto.createHmac("sha256", secret).update(`${t}.${body}`).digest("hex");
  return `t=${t},v1=${v1}`;
}

export function verify(secret: string, body: string, header: string, toleranceSeconds = 300): boolean {
  const parts = Object.fromEntries(header.split(",").map((p) => p.split("=") as [string, string]));
  const t = Number(parts.t);
  if (!t || Math.abs(Date.now() / 1000 - t) > toleranceSeconds) return false;
  const expected = sign(secret, body, t).split("v1=")[1];
  return !!parts.v1 && crypto.timingSafeEqual(Buffer.from(parts.v1), Buffer.from(expected));
}

export interface AttemptResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

/** One signed POST to a webhook, through the shared address guard (BATON_WEBHOOK_ALLOW_PRIVATE). */
export async function send(url: string, body: string, secret: string, timeoutMs = 5000): Promise<AttemptResult> {
  const res = await postJson(url, body, {
    allowPrivate: env().BATON_WEBHOOK_ALLOW_PRIVATE === "1",
    setting: "BATON_WEBHOOK_ALLOW_PRIVATE",
    timeoutMs,
    maxResponseBytes: 64 * 1024,
    headers: { "user-agent": "Baton-Webhooks/1", "Baton-Signature": sign(secret, body) },
  });
  return { ok: res.ok, statusCode: res.statusCode, error: res.error };
}

/** Milliseconds until the next attempt (exponential, full jitter), or null once 24 h have passed. */
export function nextRetryDelay(attempt: number, firstAttemptAt: Date, now = new Date(), baseMs = env().BATON_WEBHOOK_RETRY_BASE_MS): number | null {
  const capMs = 6 * 3_600_000;
  const delay = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  const jittered = delay / 2 + Math.random() * (delay / 2);
  if (now.getTime() + jittered - firstAttemptAt.getTime() > 24 * 3_600_000) return null;
  return jittered;
}

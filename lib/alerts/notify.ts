// Webhook notifications: the payload (Slack-compatible `text` plus structured fields), the
// Baton-Signature header (HMAC-SHA256 over `${t}.${body}`), one delivery attempt with a 5 s
// timeout to a guarded address, and the retry schedule (exponential backoff with jitter, up to 24 h).
import crypto from "node:crypto";
import http from "node:http";
import https from "node:https";
import { env } from "../env";
import { guardedLookup, isPrivateAddress } from "./url-guard";

export interface AlertNotice {
  project: { id: string };
  rule: { id: string; name: string; metric: string; comparator: string; threshold: number; windowMinutes: number; severity: string };
  state: "firing" | "resolved" | "nodata" | "test";
  value: number | null;
  group: string | null;
  at: string;
}

const COMPARE = { gt: ">", gte: "≥", lt: "<", lte: "≤" } as Record<string, string>;

export function buildPayload(n: AlertNotice, publicUrl: string) {
  const icon = n.state === "firing" ? "🔴" : n.state === "resolved" ? "✅" : n.state === "nodata" ? "⚪" : "🧪";
  const v = n.value === null ? "no data" : +n.value.toFixed(4);
  const scope = n.group ? ` (${n.group})` : "";
  const overview = `${publicUrl}/?range=24h`;
  const examples = `${publicUrl}/conversations?range=24h${n.group?.includes("→") ? `&edge=${encodeURIComponent(n.group)}` : n.group ? `&agent=${encodeURIComponent(n.group)}` : ""}`;
  return {
    text: `${icon} [${n.rule.severity}] ${n.rule.name}${scope} is ${n.state}: ${n.rule.metric} = ${v} (${COMPARE[n.rule.comparator] ?? n.rule.comparator} ${n.rule.threshold} over ${n.rule.windowMinutes} min). ${overview}`,
    state: n.state,
    rule: n.rule,
    value: n.value,
    threshold: n.rule.threshold,
    windowMinutes: n.rule.windowMinutes,
    group: n.group,
    project: n.project,
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

export function send(url: string, body: string, secret: string, timeoutMs = 5000): Promise<AttemptResult> {
  const allowPrivate = env().BATON_WEBHOOK_ALLOW_PRIVATE === "1";
  return new Promise((resolve) => {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return resolve({ ok: false, statusCode: null, error: "invalid URL" });
    }
    // A literal IP address skips lookup(): check it here.
    const literal = u.hostname.replace(/^\[|\]$/g, "");
    if (!allowPrivate && (/^\d+\.\d+\.\d+\.\d+$/.test(literal) || literal.includes(":")) && isPrivateAddress(literal)) {
      return resolve({ ok: false, statusCode: null, error: `refusing ${u.hostname}: private address; set BATON_WEBHOOK_ALLOW_PRIVATE=1 to allow` });
    }
    const mod = u.protocol === "https:" ? https : http;
    const req = mod.request(
      u,
      {
        method: "POST",
        lookup: guardedLookup(allowPrivate),
        timeout: timeoutMs,
        headers: { "content-type": "application/json", "user-agent": "Baton-Webhooks/1", "Baton-Signature": sign(secret, body) },
      },
      (res) => {
        res.resume();
        res.on("end", () => {
          const code = res.statusCode ?? 0;
          resolve({ ok: code >= 200 && code < 300, statusCode: code, error: code >= 200 && code < 300 ? null : `HTTP ${code}` });
        });
      },
    );
    req.on("timeout", () => req.destroy(new Error(`timed out after ${timeoutMs} ms`)));
    req.on("error", (err) => resolve({ ok: false, statusCode: null, error: err.message }));
    req.end(body);
  });
}

/** Milliseconds until the next attempt (exponential, full jitter), or null once 24 h have passed. */
export function nextRetryDelay(attempt: number, firstAttemptAt: Date, now = new Date(), baseMs = Number(process.env.BATON_WEBHOOK_RETRY_BASE_MS ?? 30_000)): number | null {
  const capMs = 6 * 3_600_000;
  const delay = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  const jittered = delay / 2 + Math.random() * (delay / 2);
  if (now.getTime() + jittered - firstAttemptAt.getTime() > 24 * 3_600_000) return null;
  return jittered;
}

// One guarded outbound POST for everything Baton sends to a URL someone configured (alert
// webhooks, project-set LLM judges). node:http(s), not fetch: it never follows redirects (a 3xx
// is an answer, not a hop to an unchecked address), it connects only to addresses the guard
// accepted (literal IPs checked here, names through guardedLookup), and it bounds both the total
// time and the size of the answer it reads.
import http from "node:http";
import https from "node:https";
import { guardedLookup, targetProblem, type GuardOptions } from "./address-guard";

export interface PostResult {
  ok: boolean;
  statusCode: number | null;
  /** null on a 2xx; starts with "refusing" when the guard blocked the target (not worth retrying) */
  error: string | null;
  body: string;
}

export interface PostOptions extends GuardOptions {
  headers?: Record<string, string>;
  timeoutMs: number;
  maxResponseBytes?: number;
}

export function postJson(url: string, body: string, o: PostOptions): Promise<PostResult> {
  const fail = (error: string, statusCode: number | null = null): PostResult => ({ ok: false, statusCode, error, body: "" });
  const problem = targetProblem(url, o);
  if (problem) return Promise.resolve(fail(problem));
  const u = new URL(url);
  const max = o.maxResponseBytes ?? 1 << 20;
  return new Promise((resolve) => {
    const req = (u.protocol === "https:" ? https : http).request(
      u,
      // agent: false — a pooled socket opened under another guard setting must never be reused here
      { method: "POST", agent: false, lookup: guardedLookup(o), headers: { "content-type": "application/json", ...o.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (c: Buffer) => {
          size += c.length;
          if (size <= max) return chunks.push(c);
          resolve(fail(`answer larger than ${max} bytes`, res.statusCode ?? null));
          req.destroy();
        });
        res.on("end", () => {
          const code = res.statusCode ?? 0;
          const ok = code >= 200 && code < 300;
          resolve({ ok, statusCode: code, error: ok ? null : `HTTP ${code}`, body: Buffer.concat(chunks).toString("utf8") });
        });
        res.on("error", (err) => resolve(fail(err.message, res.statusCode ?? null)));
        res.on("close", () => resolve(fail("connection closed before the answer was complete", res.statusCode ?? null)));
      },
    );
    const timer = setTimeout(() => req.destroy(new Error(`timed out after ${o.timeoutMs} ms`)), o.timeoutMs);
    req.on("close", () => clearTimeout(timer));
    req.on("error", (err) => resolve(fail(err.message)));
    req.end(body);
  });
}

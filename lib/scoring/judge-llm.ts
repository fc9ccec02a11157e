// LLM-as-judge for intent preservation over any OpenAI-compatible /chat/completions endpoint
// (BATON_JUDGE_URL, BATON_JUDGE_MODEL, BATON_JUDGE_API_KEY). The answer must be strict JSON
// {"score": 0..1, "confidence"?: 0..1, "reason"?} (validated with zod); a timeout, one retry, and an
// in-memory LRU cache keyed by the two texts; any failure falls back to the offline judge, so
// scoring never stalls on it. The verdict names the model as its judge (the offline judge's name
// when it fell back), and its confidence: the model's own, else how far the score is from 0.5.
// Requests go through the shared address guard (lib/net): the operator's BATON_JUDGE_URL is
// trusted, a URL a project set on /settings may not reach private addresses unless
// BATON_JUDGE_ALLOW_PRIVATE=1, and the operator's API key goes only to BATON_JUDGE_URL — a
// project-set URL gets no key (there is no per-project key setting).
import crypto from "node:crypto";
import { z } from "zod";
import { env, type Env } from "../env";
import { configuredTargetProblem } from "../net/address-guard";
import { postJson } from "../net/post-json";
import { offlineJudge, type IntentJudge } from "./intent";
import type { IntentAssessment, IntentVerdict, InterpretationContext } from "./judge-offline";

const Answer = z.object({ score: z.number().min(0).max(1), confidence: z.number().min(0).max(1).optional(), reason: z.string().optional() });
const Completion = z.object({ choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1) });

const PROMPT = `You compare a customer's original request with the final agent's interpretation of it.
Answer with JSON only: {"score": <number 0..1>, "confidence": <number 0..1>, "reason": "<short>"} where
score 1 means the interpretation preserves the same action and object (e.g. refund of the same order),
0 means a different ask (an opposite action, another object, or part of the ask dropped), and
confidence is how sure you are.`;

class RefusedTarget extends Error {}

const endpoint = (url: string) => `${url.replace(/\/$/, "")}/chat/completions`;

export interface LlmJudgeOptions {
  url: string;
  model: string;
  apiKey?: string;
  timeoutMs?: number;
  cacheSize?: number;
  fallback?: IntentJudge;
  /** let the URL reach loopback/private addresses (the operator's own BATON_JUDGE_URL, tests) */
  allowPrivate?: boolean;
}

export function createLlmJudge(opts: LlmJudgeOptions): IntentJudge & { calls: number; cacheHits: number } {
  const cache = new Map<string, IntentVerdict>();
  const max = opts.cacheSize ?? 1000;
  const fallback = opts.fallback ?? offlineJudge;
  const judge = {
    name: opts.model,
    calls: 0,
    cacheHits: 0,
    async assess(original: string, interpretation: string, seen?: InterpretationContext): Promise<IntentAssessment> {
      const key = crypto.createHash("sha256").update(original).update("\u0000").update(interpretation).digest("hex");
      const hit = cache.get(key);
      if (hit !== undefined) {
        judge.cacheHits++;
        cache.delete(key);
        cache.set(key, hit); // most recently used goes last
        return hit;
      }
      for (let attempt = 0; attempt < 2; attempt++) {
        try {
          judge.calls++;
          const verdict = await ask(original, interpretation);
          cache.set(key, verdict);
          if (cache.size > max) cache.delete(cache.keys().next().value as string);
          return verdict;
        } catch (err) {
          if (err instanceof RefusedTarget) break; // asking again would be refused again
          /* retry once, then fall back */
        }
      }
      return fallback.assess(original, interpretation, seen);
    },
  };
  async function ask(original: string, interpretation: string): Promise<IntentVerdict> {
    const body = JSON.stringify({
      model: opts.model,
      temperature: 0,
      response_format: { type: "json_object" },
      messages: [
        { role: "system", content: PROMPT },
        { role: "user", content: JSON.stringify({ original, interpretation }) },
      ],
    });
    const res = await postJson(endpoint(opts.url), body, {
      allowPrivate: !!opts.allowPrivate,
      setting: "BATON_JUDGE_ALLOW_PRIVATE",
      timeoutMs: opts.timeoutMs ?? 10_000,
      headers: opts.apiKey ? { authorization: `Bearer ${opts.apiKey}` } : {},
    });
    if (res.error?.startsWith("refusing")) throw new RefusedTarget(res.error);
    if (!res.ok) throw new Error(`judge answered ${res.error}`);
    const content = Completion.parse(JSON.parse(res.body)).choices[0].message.content;
    const a = Answer.parse(JSON.parse(content));
    return {
      score: a.score,
      confidence: a.confidence ?? Math.round(Math.abs(a.score - 0.5) * 200) / 100,
      judge: opts.model,
      reason: a.reason ?? `scored by ${opts.model}`,
    };
  }
  return judge;
}

/** Same endpoint after URL normalisation (case of scheme/host, default port, a trailing slash). */
function sameEndpoint(a: string, b: string): boolean {
  try {
    return new URL(endpoint(a)).href === new URL(endpoint(b)).href;
  } catch {
    return false;
  }
}

type JudgeEnv = Pick<Env, "BATON_JUDGE_URL" | "BATON_JUDGE_MODEL" | "BATON_JUDGE_API_KEY" | "BATON_JUDGE_ALLOW_PRIVATE">;

/** Why a project may not save `url` as its judge endpoint, or null (the same guard as at send time). */
export function judgeUrlProblem(url: string, e: JudgeEnv = env()): string | null {
  if (e.BATON_JUDGE_URL && sameEndpoint(url, e.BATON_JUDGE_URL)) return null;
  return configuredTargetProblem(url, { allowPrivate: e.BATON_JUDGE_ALLOW_PRIVATE === "1", setting: "BATON_JUDGE_ALLOW_PRIVATE" });
}

const perProject = new Map<string, IntentJudge>();
/** The project's configured judge (settings.judge), else the environment's, else offline. */
export function judgeFor(settings: { judge: { kind: string; url?: string; model?: string } }, e: JudgeEnv = env()): IntentJudge {
  const j = settings.judge;
  if (j.kind !== "llm" || !j.url || !j.model) return judgeFromEnv(e);
  // The operator's key and trust go only to the operator's own endpoint.
  const operators = !!e.BATON_JUDGE_URL && sameEndpoint(j.url, e.BATON_JUDGE_URL);
  const allowPrivate = operators || e.BATON_JUDGE_ALLOW_PRIVATE === "1";
  const key = `${j.url}|${j.model}|${operators}|${allowPrivate}`;
  let judge = perProject.get(key);
  if (!judge) {
    judge = createLlmJudge({ url: j.url, model: j.model, apiKey: operators ? e.BATON_JUDGE_API_KEY : undefined, allowPrivate });
    perProject.set(key, judge);
  }
  return judge;
}

let fromEnv: IntentJudge | undefined;
/** The LLM judge when BATON_JUDGE_URL and BATON_JUDGE_MODEL are set, else the offline judge. */
export function judgeFromEnv(e: JudgeEnv = env()): IntentJudge {
  if (!e.BATON_JUDGE_URL || !e.BATON_JUDGE_MODEL) return offlineJudge;
  fromEnv ??= createLlmJudge({ url: e.BATON_JUDGE_URL, model: e.BATON_JUDGE_MODEL, apiKey: e.BATON_JUDGE_API_KEY, allowPrivate: true });
  return fromEnv;
}

// Generated hostile input at every ingest endpoint (SPEC §8: "never a 500 or a hang"): deep
// nesting, lone surrogates, NUL, huge and odd numbers, wrong shapes and invalid UTF-8, dropped into
// plausible request skeletons. A seeded PRNG keeps it reproducible: case i is seed SEED + i, and a
// failure prints its seed and body (makeCase(seed) rebuilds it). Asserts no 5xx, then health 200.
import { describe, expect, it } from "vitest";
import { baseUrl, createTestProject } from "../helpers/api";

const CASES = 300;
const SEED = 0x5eed_11;

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = ReturnType<typeof prng>;
const pick = <T,>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

// hostile strings as JSON text (escapes, so lone surrogates survive the trip as UTF-8)
const STRINGS = [`"a\\ud800b"`, `"\\udfff"`, `"x\\u0000y"`, `"\\u0000"`, `""`, `"${"z".repeat(2000)}"`, `"😀"`, `"\\ud83d\\ude00"`, `"transfer_to_\\u0000"`, `"0000-01-01T00:00:00Z"`, `"not a date"`];
const NUMBERS = ["1e308", "-1e308", "1e20", "8640000000000000", "8640000000000001", "-1", "0", "1.5", "99999999999999999999999", "-0", "5e-324"];
const SHAPES = ["null", "[]", "{}", "true", "5", `[null]`, `{"a":null}`, `[[[]]]`, `"abc"`];

/** One hostile JSON value, as text. */
function value(r: Rand, budget = 3): string {
  const k = r();
  if (k < 0.08) {
    const n = pick(r, [10, 129, 200, 5_000, 50_000]);
    const [o, c] = r() < 0.5 ? ["[", "]"] : [`{"d":`, "}"];
    return `${o.repeat(n)}${pick(r, ["1", "null", STRINGS[0]])}${c.repeat(n)}`;
  }
  if (k < 0.3) return pick(r, STRINGS);
  if (k < 0.45) return pick(r, NUMBERS);
  if (k < 0.6 || budget <= 0) return pick(r, SHAPES);
  if (k < 0.8) return `[${Array.from({ length: 1 + Math.floor(r() * 3) }, () => value(r, budget - 1)).join(",")}]`;
  const key = pick(r, [`"k"`, `"\\u0000"`, `"\\ud800"`, `"__proto__"`, `"id"`]);
  return `{${key}:${value(r, budget - 1)},"v":${value(r, budget - 1)}}`;
}

/** A skeleton where every $ is replaced by a hostile value (or kept plausible). */
function fill(r: Rand, skeleton: string): string {
  return skeleton.replace(/\$/g, () => (r() < 0.6 ? value(r) : pick(r, [`"ok"`, "1", `"2026-01-01T00:00:00Z"`, "{}", "[]"])));
}

const now = () => String(BigInt(Date.now()) * 1_000_000n);
const SKELETONS = {
  events: () => [`{"events":[{"id":$,"conversationId":$,"timestamp":$,"type":"message","role":"user","content":$,"metadata":$}]}`, `{"events":$}`, `$`],
  openai: () => [`{"data":[{"object":"trace","id":$,"group_id":$,"metadata":$},{"object":"trace.span","id":$,"trace_id":$,"started_at":$,"ended_at":$,"span_data":{"type":"agent","name":$}}]}`, `{"data":$}`, `$`],
  runs: () => [`{"id":$,"trace_id":$,"name":$,"run_type":"chain","start_time":$,"end_time":$,"inputs":$,"extra":{"metadata":{"thread_id":$}}}`, `$`],
  batch: () => [`{"post":[{"id":$,"trace_id":$,"start_time":$,"inputs":$}],"patch":[{"id":$,"end_time":$,"outputs":$}]}`, `{"post":$}`, `$`],
  patch: () => [`{"end_time":$,"outputs":$,"error":$}`, `$`],
  otlp: () => [
    `{"resourceSpans":[{"resource":{"attributes":[{"key":$,"value":{"stringValue":$}}]},"scopeSpans":[{"spans":[{"traceId":"0af7651916cd43dd8448eb211c80319c","spanId":"b7ad6b7169203331","name":$,"startTimeUnixNano":$,"endTimeUnixNano":$,"attributes":[{"key":"gen_ai.agent.name","value":{"kvlistValue":{"values":[{"key":$,"value":$}]}}}]}]}]}]}`,
    `{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"0af7651916cd43dd8448eb211c80319c","spanId":"b7ad6b7169203332","startTimeUnixNano":"${now()}","attributes":$}]}]}]}`,
    `{"resourceSpans":$}`,
    `$`,
  ],
};

interface Case {
  url: string;
  method: string;
  type: string;
  body: Uint8Array;
}

function makeCase(seed: number): Case {
  const r = prng(seed);
  const base = baseUrl();
  const target = pick(r, ["events", "openai", "runs", "batch", "patch", "multipart", "otlp", "otlp-proto"] as const);
  const text = (k: keyof typeof SKELETONS) => fill(r, pick(r, SKELETONS[k]()));
  // now and then, raw invalid UTF-8 spliced into the text
  const bytes = (t: string) => {
    const b = Buffer.from(t);
    if (r() < 0.1 && b.length > 2) b[Math.floor(r() * b.length)] = pick(r, [0xff, 0xc3, 0x80, 0xed]);
    return new Uint8Array(b);
  };
  const jsonCase = (url: string, method = "POST", t = text("events")) => ({ url, method, type: "application/json", body: bytes(t) });
  switch (target) {
    case "events":
      return jsonCase(`${base}/api/v1/events`);
    case "openai":
      return jsonCase(`${base}/api/v1/integrations/openai-agents/traces`, "POST", text("openai"));
    case "runs":
      return jsonCase(`${base}/api/v1/integrations/langsmith/runs`, "POST", text("runs"));
    case "batch":
      return jsonCase(`${base}/api/v1/integrations/langsmith/runs/batch`, "POST", text("batch"));
    case "patch":
      return jsonCase(`${base}/api/v1/integrations/langsmith/runs/${pick(r, ["r1", "a%00b", "x".repeat(129)])}`, "PATCH", text("patch"));
    case "otlp":
      return jsonCase(`${base}/v1/traces`, "POST", text("otlp"));
    case "multipart": {
      const b = "fuzzboundary";
      const name = pick(r, ["post.r1", "patch.r1", "post.r1.inputs", "post.r1.extra", "post.\u0000", "attachment.r1.x", "post."]);
      const part = text(pick(r, ["runs", "patch"] as const));
      const body = Buffer.concat([Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="${name}"\r\nContent-Type: application/json\r\n\r\n`), Buffer.from(bytes(part)), Buffer.from(`\r\n--${b}--\r\n`)]);
      return { url: `${base}/api/v1/integrations/langsmith/runs/multipart`, method: "POST", type: `multipart/form-data; boundary=${b}`, body: new Uint8Array(body) };
    }
    case "otlp-proto": {
      // random bytes, or protobuf-looking varint/length runs
      const n = Math.floor(r() * 400);
      const body = new Uint8Array(n);
      for (let i = 0; i < n; i++) body[i] = r() < 0.3 ? pick(r, [0x0a, 0x12, 0x1a, 0x22, 0x08, 0x10, 0xff, 0x80]) : Math.floor(r() * 256);
      return { url: `${base}/v1/traces`, method: "POST", type: "application/x-protobuf", body };
    }
  }
}

describe("ingest fuzz", () => {
  it(`${CASES} generated hostile requests across every ingest endpoint: no 5xx, server alive`, { timeout: 120_000 }, async () => {
    const p = await createTestProject({ rateLimitPerSec: 100_000 });
    const seeds = Array.from({ length: CASES }, (_, i) => SEED + i);
    const failures: string[] = [];
    const seen = new Map<number, number>();
    // four at a time: concurrency is part of what must not break
    for (let i = 0; i < seeds.length; i += 4) {
      await Promise.all(
        seeds.slice(i, i + 4).map(async (seed) => {
          const c = makeCase(seed);
          const res = await fetch(c.url, { method: c.method, headers: { authorization: `Bearer ${p.key}`, "content-type": c.type }, body: c.body as BodyInit });
          seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
          const text = await res.text();
          if (res.status >= 500) failures.push(`seed ${seed} ${c.method} ${c.url} → ${res.status} ${text.slice(0, 200)}; body: ${Buffer.from(c.body).toString("utf8").slice(0, 300)}`);
        }),
      );
    }
    expect(failures).toEqual([]);
    // the mix really exercised both outcomes: some accepted, many refused
    expect([...seen.keys()].some((s) => s < 300)).toBe(true);
    expect([...seen.keys()].some((s) => s >= 400)).toBe(true);
    const health = await fetch(`${baseUrl()}/api/health`);
    expect(health.status).toBe(200);
  });
});

// Manual load check (issue 11, item 13; not part of `npm test`): four parallel OTLP protobuf exports
// of N spans (default 40,000, ~4 MB each) plus one 4 MB native batch, while timing 1-event requests
// and sampling the web process tree's RSS. Starts its own database and web server from the
// checkout it is run in, so two checkouts can be compared:
//   cd <checkout> && npx tsx tests/load/ingest-stall.ts [spans]
import fs from "node:fs";
import path from "node:path";

const ROOT = process.cwd();
const { startPrivateDb } = await import(path.join(ROOT, "tests/helpers/stack.ts"));
const { startWeb, waitForHttp } = await import(path.join(ROOT, "lib/runtime/processes.ts"));
const { freePort } = await import(path.join(ROOT, "lib/db/embedded.ts"));
const protoRoot = (await import(path.join(ROOT, "node_modules/otel-proto-root/build/src/generated/root.js"))).default;
const Req = protoRoot.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;

const { db, key } = await startPrivateDb();
const port = await freePort();
const web = startWeb({ port, env: { DATABASE_URL: db.url, BATON_RATE_LIMIT_RPS: "100000" }, stdio: "ignore", host: "127.0.0.1" });
const url = `http://127.0.0.1:${port}`;
await waitForHttp(`${url}/api/health`, web);

function treeRss(pid: number): number {
  const kids = new Map<number, number[]>();
  for (const d of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const ppid = Number(fs.readFileSync(`/proc/${d}/stat`, "utf8").split(") ")[1].split(" ")[1]);
      kids.set(ppid, [...(kids.get(ppid) ?? []), Number(d)]);
    } catch {}
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"))![1]) * 1024;
    } catch {}
    stack.push(...(kids.get(p) ?? []));
  }
  return total;
}

const hex = (n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(Math.random() * 256)));
function otlp(nSpans: number) {
  const traceId = hex(16);
  const now = BigInt(Date.now() - 60_000) * 1_000_000n;
  const spans = Array.from({ length: nSpans }, (_, i) => ({
    traceId,
    spanId: hex(8),
    parentSpanId: hex(8),
    name: `chat ${i}`,
    startTimeUnixNano: String(now + BigInt(i) * 1000n),
    endTimeUnixNano: String(now + BigInt(i) * 1000n + 500n),
    attributes: [{ key: "gen_ai.operation.name", value: { stringValue: "chat" } }],
  }));
  return Buffer.from(Req.encode(Req.fromObject({ resourceSpans: [{ scopeSpans: [{ spans }] }] })).finish());
}
let n = 0;
const small = () => JSON.stringify({ events: [{ id: `s${n++}`, conversationId: "small", timestamp: new Date().toISOString(), type: "intent", intent: "x" }] });
const big = JSON.stringify({ events: Array.from({ length: 1000 }, (_, i) => ({ id: `b${i}`, conversationId: `big${i % 50}`, timestamp: new Date().toISOString(), type: "message", role: "user", content: "y".repeat(4000) })) });
const otlpBody = otlp(Number(process.argv[2] ?? 40_000));
console.log(`otlp body ${(otlpBody.length / 1e6).toFixed(2)} MB, native body ${(big.length / 1e6).toFixed(2)} MB`);

const post = (p: string, body: string | Buffer, type: string) =>
  fetch(`${url}${p}`, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": type }, body: body as BodyInit });
const errors: string[] = [];
async function smallLatencies(untilDone: Promise<unknown>) {
  const out: number[] = [];
  let done = false;
  untilDone.finally(() => (done = true));
  while (!done) {
    const t = performance.now();
    const r = await post("/api/v1/events", small(), "application/json").catch((e) => (errors.push(String(e.cause?.code ?? e)), null));
    if (r) out.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 50));
  }
  return out;
}
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `n=${s.length} p50=${s[Math.floor(s.length / 2)]?.toFixed(0)}ms p95=${s[Math.floor(s.length * 0.95)]?.toFixed(0)}ms max=${s[s.length - 1]?.toFixed(0)}ms`;
};

// warm up
for (let i = 0; i < 20; i++) await post("/api/v1/events", small(), "application/json");
const idle = await smallLatencies(new Promise((r) => setTimeout(r, 2000)));
console.log(`idle small requests: ${stats(idle)}; web RSS ${(treeRss(web.proc.pid!) / 1e6).toFixed(0)} MB`);

for (const round of [1, 2]) {
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(web.proc.pid!))), 50);
  const t0 = performance.now();
  const load = Promise.all([
    ...Array.from({ length: 4 }, () => post("/v1/traces", otlpBody, "application/x-protobuf").then(async (r) => `${r.status} ${(await r.text()).slice(0, 80)}`, (e) => `error ${e.cause?.code ?? e}`)),
    post("/api/v1/events", big, "application/json").then(async (r) => `${r.status} ${(await r.text()).slice(0, 80)}`, (e) => `error ${e.cause?.code ?? e}`),
  ]);
  const lat = await smallLatencies(load);
  clearInterval(sampler);
  console.log(`round ${round}: load took ${(performance.now() - t0).toFixed(0)}ms; statuses ${JSON.stringify(await load)}`);
  console.log(`round ${round}: small requests during load: ${stats(lat)}; peak web RSS ${(peak / 1e6).toFixed(0)} MB; small-request errors ${JSON.stringify(errors.splice(0))}`);
  const health = await fetch(`${url}/api/health`).then((r) => r.status, (e) => `down (${e.cause?.code ?? e}); web exit ${web.proc.exitCode ?? web.proc.signalCode}`);
  console.log(`round ${round}: health ${health}`);
  if (health !== 200) break;
}
await web.stop();
await db.stop();
process.exit(0);

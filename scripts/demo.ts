// `npm run demo`: loads realistic demo data into a running Baton through the real OpenAI Agents
// SDK (scripted model, no API key): the support system in scripts/demo/openai-support.ts runs
// ~200 conversations — clean refunds, returns and status checks, dropout + re-ask, stale tool
// results, two handoffs in one turn, 10-hop chains, intent drift — spread over the last 7 days.
//
// About one in eight runs on real LangGraph instead (a swarm, and a supervisor round trip),
// traced by LangChain's tracer and the `langsmith` client. About one in six is an
// orchestrator–worker system: an SDK lead calling research or customer-service specialists as
// tools in parallel (scripts/demo/openai-orchestrator.ts: clean fan-outs, a lost ask in the
// delegations, a worker result the answer never uses), LangGraph `Send` map-reduce and a
// supervisor dispatching two workers at once (scripts/demo/langgraph-orchestrator.ts).
//
// The SDK's own OpenAITracingExporter and the langsmith client send to Baton through a tiny local
// relay that only moves each conversation's times back to its slot in the past week (the
// frameworks stamp spans with the current time). Outcomes (resolved / escalated / abandoned, CSAT)
// go through the native API with the TypeScript client, as an app would send them.
//
// Beside them, scripts/demo/release-regression.ts sends twice as many conversations through the
// native API telling one week's story: release v2.5.0 (day −3) drops the order id on
// triage → billing, handoffs-to-resolution creeps up, and CSAT falls ~2 days later.
//
// Idempotent: conversations already in Baton are skipped, and OpenAI trace/span ids are derived
// from the conversation number, so even a run cut short and repeated stores nothing twice.
//
//   npm run demo                                  # the Baton started by `npm start` in this folder
//   npm run demo -- --url http://host:3000 --key bt_…   # any Baton
//   BATON_DEMO_COUNT=50 npm run demo              # fewer conversations
import http from "node:http";
import zlib from "node:zlib";
import type { AddressInfo } from "node:net";
import { awaitAllCallbacks } from "@langchain/core/callbacks/promises";
import { setTracingIdGenerator } from "@openai/agents";
import { createBatonClient } from "../lib/client";
import { hashHex } from "../lib/integrations/ids";
import { retrofitResearch, runParallelSupervisor, runSendScenario, tripPlanning } from "./demo/langgraph-orchestrator";
import { runLgScenario, supervisorStatus, swarmRefund } from "./demo/langgraph-support";
import { runTeamScenario, TEAM_SCENARIOS, TEAMS, type TeamScenario } from "./demo/openai-orchestrator";
import { exportTo, runScenario } from "./demo/openai-support";
import { SCENARIOS, worldFor } from "./demo/scenarios";
import { releaseRegressionConversation } from "./demo/release-regression";
import { readRuntime } from "../lib/runtime/runtime-file";
import { env, toolEnv } from "../lib/env";
import { arg } from "./args";
import { progressBar } from "./progress";

type Kind = keyof typeof SCENARIOS;
/** How often each kind occurs: mostly healthy traffic, with every failure mode present. */
type TeamKind = keyof typeof TEAM_SCENARIOS;
type DemoKind = Kind | TeamKind | "lgSwarm" | "lgSupervisor" | "lgSend" | "lgParallel";
const MIX: Array<[DemoKind, number]> = [
  ["researchFanOut", 5],
  ["researchLostAsk", 3],
  ["researchUnusedResult", 3],
  ["cxFanOut", 5],
  ["cxLostAsk", 3],
  ["cxUnusedResult", 3],
  ["lgSend", 3],
  ["lgParallel", 3],
  ["lgSwarm", 6],
  ["lgSupervisor", 7],
  ["cleanRefund", 30],
  ["cleanReturn", 14],
  ["cleanStatus", 16],
  ["dropoutReask", 14],
  ["staleStatus", 8],
  ["twoHandoffs", 6],
  ["intentDrift", 7],
  ["longChain", 5],
];
const OUTCOME: Record<DemoKind, "resolved" | "escalated" | "abandoned"> = {
  researchFanOut: "resolved",
  researchLostAsk: "abandoned",
  researchUnusedResult: "resolved",
  cxFanOut: "resolved",
  cxLostAsk: "escalated",
  cxUnusedResult: "escalated",
  lgSend: "resolved",
  lgParallel: "resolved",
  lgSwarm: "resolved",
  lgSupervisor: "resolved",
  cleanRefund: "resolved",
  cleanReturn: "resolved",
  cleanStatus: "resolved",
  dropoutReask: "resolved",
  staleStatus: "resolved",
  twoHandoffs: "resolved",
  intentDrift: "abandoned",
  longChain: "escalated",
};

/** Deterministic pseudo-random numbers (mulberry32), so every run makes the same data. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(r: () => number): DemoKind {
  const total = MIX.reduce((n, [, w]) => n + w, 0);
  let x = r() * total;
  for (const [k, w] of MIX) if ((x -= w) < 0) return k;
  return MIX[0][0];
}

export interface DemoOptions {
  url: string;
  key: string;
  count?: number;
  log?: (line: string) => void;
}

export async function loadDemo({ url, key, count = 200, log = console.log }: DemoOptions): Promise<{ conversations: number; skipped: number }> {
  const base = url.replace(/\/+$/, "");
  let shiftMs = 0;
  const relay = await startRelay(base, () => shiftMs);
  const processor = exportTo(`${relay.url}/api/v1/integrations/openai-agents/traces`, key, { maxBatchSize: 200 });
  process.env.LANGSMITH_TRACING = "true";
  process.env.LANGSMITH_ENDPOINT = `${relay.url}/api/v1/integrations/langsmith`;
  process.env.LANGSMITH_API_KEY = key;
  const client = createBatonClient({ url, key, onError: (e) => log(`demo: ${e.message}`) });
  const r = rng(42);
  const now = Date.now();
  const week = 7 * 24 * 3600_000;
  const progress = progressBar("demo conversations", count);
  let skipped = 0;
  try {
    for (let i = 0; i < count; i++) {
      const kind = pick(r);
      // recent days busier than older ones; never in the future
      const ago = Math.floor(week * Math.pow(r(), 1.3)) + 60_000;
      const order = `ORD-${20000 + Math.floor(r() * 70000)}`;
      const csat = kind.startsWith("clean") || kind.startsWith("lg") || kind.endsWith("FanOut") ? 4 + Math.round(r()) : 2 + Math.round(r() * 2);
      const id = `demo-${String(i).padStart(4, "0")}`;
      progress.tick();
      if (await exists(base, key, id)) {
        skipped++;
        continue;
      }
      const started = Date.now();
      shiftMs = now - ago - started;
      let team: TeamScenario | null = null;
      if (kind === "lgSwarm" || kind === "lgSupervisor") {
        await runLgScenario(kind === "lgSwarm" ? swarmRefund(id, order) : supervisorStatus(id, order));
        await awaitAllCallbacks();
      } else if (kind === "lgSend" || kind === "lgParallel") {
        await (kind === "lgSend" ? runSendScenario(retrofitResearch(id)) : runParallelSupervisor(tripPlanning(id)));
        await awaitAllCallbacks();
      } else {
        let n = 0;
        setTracingIdGenerator({
          generateTraceId: () => `trace_${hashHex(32, id, "t", String(n++))}`,
          generateSpanId: () => `span_${hashHex(24, id, "s", String(n++))}`,
        });
        if (kind in TEAM_SCENARIOS) await runTeamScenario((team = TEAM_SCENARIOS[kind as TeamKind](id, order)), { order });
        else await runScenario(SCENARIOS[kind as Kind](id, order), worldFor(order));
        await processor.forceFlush();
      }
      const outcome = OUTCOME[kind];
      client.send({
        id: `${id}-resolution`,
        conversationId: id,
        timestamp: now - ago + (Date.now() - started) + 1000,
        type: "resolution",
        agent: team ? TEAMS[team.team].lead : kind === "lgSupervisor" || kind === "lgParallel" ? "supervisor" : kind === "lgSend" ? "writer" : "triage",
        status: outcome,
        ...(outcome === "resolved" ? { csat } : {}),
      });
    }
    const story = rng(7);
    for (let i = 0; i < 2 * count; i++) for (const e of releaseRegressionConversation(i, 2 * count, now, story)) client.send(e);
    await client.flush();
  } finally {
    progress.done();
    setTracingIdGenerator();
    await processor.shutdown();
    await client.shutdown();
    await relay.close();
  }
  const s = client.stats();
  if (s.failed || s.rejected) throw new Error(`demo: ${s.failed + s.rejected} outcome event(s) were not accepted`);
  return { conversations: count - skipped, skipped };
}

async function exists(base: string, key: string, id: string): Promise<boolean> {
  const res = await fetch(`${base}/api/v1/conversations/${encodeURIComponent(id)}`, { headers: { authorization: `Bearer ${key}` } });
  await res.body?.cancel();
  return res.status === 200;
}

/**
 * Forwards every request to Baton unchanged except for times, moved by `shift()` ms: span times in
 * OpenAI trace batches, run times in LangSmith JSON and multipart bodies.
 */
async function startRelay(base: string, shift: () => number) {
  const move = (t: unknown) =>
    typeof t === "number" ? t + shift() : typeof t === "string" && !Number.isNaN(Date.parse(t)) ? new Date(Date.parse(t) + shift()).toISOString() : t;
  const shiftRun = (run: Record<string, unknown>) => {
    for (const k of ["start_time", "end_time", "started_at", "ended_at"]) if (k in run) run[k] = move(run[k]);
    return run;
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", async () => {
      try {
        const received = Buffer.concat(chunks);
        const raw = req.headers["content-encoding"] === "gzip" ? zlib.gunzipSync(received) : received;
        const type = String(req.headers["content-type"] ?? "");
        let body: BodyInit | undefined = raw.length ? raw : undefined;
        const headers: Record<string, string> = {};
        for (const h of ["authorization", "x-api-key"]) if (req.headers[h]) headers[h] = String(req.headers[h]);
        if (type.startsWith("multipart/form-data")) {
          const form = await new Response(raw, { headers: { "content-type": type } }).formData();
          const out = new FormData();
          for (const [name, value] of form.entries()) {
            const text = typeof value === "string" ? value : await value.text();
            const shifted = /^(post|patch)\.[^.]+$/.test(name) ? JSON.stringify(shiftRun(JSON.parse(text))) : text;
            out.append(name, new Blob([shifted], { type: "application/json" }));
          }
          body = out; // fetch sets the multipart content-type with its boundary
        } else if (type.includes("json") && raw.length) {
          const json = JSON.parse(raw.toString("utf8"));
          for (const item of json.data ?? []) shiftRun(item);
          for (const run of [...(json.post ?? []), ...(json.patch ?? [])]) shiftRun(run);
          if (!json.data && !json.post && !json.patch) shiftRun(json);
          body = JSON.stringify(json);
          headers["content-type"] = "application/json";
        }
        const upstream = await fetch(`${base}${req.url}`, { method: req.method, headers, body });
        res.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "application/json" });
        res.end(Buffer.from(await upstream.arrayBuffer()));
      } catch (err) {
        res.writeHead(502, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: (err as Error).message }));
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

async function main() {
  const runtime = readRuntime();
  const tools = toolEnv();
  const url = arg("url") ?? tools.BATON_URL ?? runtime?.baseUrl;
  // BATON_KEY is what the empty project's page tells users to set; BATON_INGEST_KEY works too
  const key = arg("key") ?? tools.BATON_KEY ?? env().BATON_INGEST_KEY ?? runtime?.demoKey;
  if (!url || !key) {
    console.error("demo: start Baton first (npm start), or pass --url <baton url> --key <ingest key>.");
    process.exit(2);
  }
  const count = arg("count") ? Number(arg("count")) : tools.BATON_DEMO_COUNT;
  const t0 = Date.now();
  const { conversations, skipped } = await loadDemo({ url, key, count });
  console.log(
    `demo: ${conversations} conversations sent to ${url} in ${((Date.now() - t0) / 1000).toFixed(1)} s (${skipped} already there); they are scored in the background.`,
  );
}

if (process.argv[1] && /demo\.ts$/.test(process.argv[1])) {
  main().catch((err) => {
    console.error(`demo: ${(err as Error)?.message ?? err}`);
    process.exit(1);
  });
}

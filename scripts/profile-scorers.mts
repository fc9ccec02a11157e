// A V8 CPU profile of the scorers on unseen text: `npx tsx scripts/profile-scorers.mts OUT.cpuprofile [rounds=2] [--alloc] [--backlog|--original]`
// scores every development corpus once to warm up (JIT, the NLP data, wink), then starts the profiler
// (node:inspector, 200 µs sampling) and scores `rounds` rotated copies of them (scripts/fresh-texts.mts:
// new texts of known words, which the parse memo cannot answer). It runs as one esbuild bundle, as the
// worker does (lib/runtime/worker-launch.mjs): no tsx wrappers in the samples, and each sample names a
// line of the bundle, which scripts/cpuprofile-top.mts maps back to its .ts file.
import fs from "node:fs";
import path from "node:path";
import { SourceMap } from "node:module";
import { pathToFileURL } from "node:url";
import { Session } from "node:inspector/promises";
import { renewTexts, rotateWords } from "./fresh-texts.mts";
import { isBundled, runBundled } from "./run-bundled";
import { backlogConversation } from "./backlog-conversation.mts";
import { loadCorpus, toRecords } from "../lib/scoring/eval";
import { analyzeConversation } from "../lib/scoring/run-scorers";
import { DEFAULT_SETTINGS } from "../lib/projects/settings";
import { CORPORA, isHeldOut, ORIGINAL_CORPUS_DIR } from "../tests/fixtures/corpora";

const out = process.argv[2];
if (!out) throw new Error("usage: npx tsx scripts/profile-scorers.mts OUT.cpuprofile [rounds]");

// run as one bundle, as the worker runs (scripts/run-bundled.ts)
if (!isBundled()) process.exit((await runBundled(import.meta.url)).status);

// --original: the bench's in-process workload (scripts/bench-scoring.ts scorerThroughput): the original
// corpus scored over and over, so the parse memo answers every text and the rules are what is measured
const original = process.argv.includes("--original");
const dev = CORPORA.filter((c) => !isHeldOut(c) && fs.existsSync(c.dir));
const convs = original ? loadCorpus(ORIGINAL_CORPUS_DIR).map((f) => f.events) : dev.flatMap((c) => loadCorpus(c.dir).map((f) => f.events));
for (const evs of convs) await analyzeConversation(evs, DEFAULT_SETTINGS); // warm

// --backlog: the bench backlog's conversations (scripts/backlog-conversation.mts), as many a round as the
// corpora hold, built before the profiler starts (the worker reads them from rows, without zod)
const backlog = process.argv.includes("--backlog");
const roundsWanted = Number(process.argv[3] && !process.argv[3].startsWith("--") ? process.argv[3] : 2);
const backlogRounds = backlog
  ? Array.from({ length: roundsWanted }, (_, r) => Array.from({ length: convs.length }, (_, i) => backlogConversation((r + 1) * 100_000 + i, toRecords) as (typeof convs)[number]))
  : [];

const session = new Session();
session.connect();
// --alloc: where the bytes are allocated (the sampling heap profiler, one sample per 16 KB on average), not the CPU
const alloc = process.argv.includes("--alloc");
if (alloc) await session.post("HeapProfiler.startSampling", { samplingInterval: 16_384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as never);
else {
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await session.post("Profiler.start");
}
const t0 = process.cpuUsage();
let done = 0;
for (let round = 1; round <= roundsWanted; round++) {
  const texts = backlogRounds[round - 1] ?? (original ? convs : renewTexts(convs, (s) => rotateWords(s, round)));
  for (const evs of texts) (await analyzeConversation(evs, DEFAULT_SETTINGS), done++);
}
const u = process.cpuUsage(t0);
// each frame named by its .ts file and line (the bundle's source map), not by the bundle's line
const bundle = path.resolve(process.argv[1]); // this file, bundled (its import.meta.url names the .mts)
const map = new SourceMap(JSON.parse(fs.readFileSync(`${bundle}.map`, "utf8")));
const toSource = (f: { url: string; lineNumber: number; columnNumber: number }) => {
  if (f.url !== pathToFileURL(bundle).href) return;
  const e = map.findEntry(f.lineNumber, f.columnNumber) as { originalSource?: string; originalLine?: number; originalColumn?: number };
  if (!e.originalSource) return;
  f.url = e.originalSource.startsWith("file:") ? e.originalSource : pathToFileURL(path.resolve(path.dirname(bundle), e.originalSource)).href;
  f.lineNumber = e.originalLine!;
  f.columnNumber = e.originalColumn!;
};
if (alloc) {
  // written as a CPU profile whose "samples" are bytes: scripts/cpuprofile-top.mts reads it alike (shares of all bytes)
  type HeapNode = { callFrame: { url: string; lineNumber: number; columnNumber: number; functionName: string }; selfSize: number; id: number; children: HeapNode[] };
  const { profile } = (await session.post("HeapProfiler.stopSampling")) as unknown as { profile: { head: HeapNode } };
  const nodes: Array<{ id: number; callFrame: HeapNode["callFrame"]; children: number[] }> = [];
  const samples: number[] = [];
  const deltas: number[] = [];
  const walk = (x: HeapNode) => {
    toSource(x.callFrame);
    nodes.push({ id: x.id, callFrame: x.callFrame, children: x.children.map((c) => c.id) });
    if (x.selfSize) (samples.push(x.id), deltas.push(x.selfSize));
    x.children.forEach(walk);
  };
  walk(profile.head);
  fs.writeFileSync(out, JSON.stringify({ nodes, samples, timeDeltas: deltas, startTime: 0, endTime: 0 }));
} else {
  const { profile } = await session.post("Profiler.stop");
  for (const x of profile.nodes as Array<{ callFrame: { url: string; lineNumber: number; columnNumber: number }; positionTicks?: Array<{ line: number; ticks: number }> }>) {
    const inBundle = x.callFrame.url === pathToFileURL(bundle).href;
    toSource(x.callFrame);
    // the lines a function's own samples fell on, as .ts lines (the last mapping on the bundle's line)
    if (inBundle) for (const p of x.positionTicks ?? []) p.line = ((map.findEntry(p.line - 1, 1e6) as { originalLine?: number }).originalLine ?? p.line - 1) + 1;
  }
  fs.writeFileSync(out, JSON.stringify(profile));
}
console.log(`${done} conversations, ${(done / ((u.user + u.system) / 1e6)).toFixed(0)} conv/CPU-s (profiler on); ${alloc ? "allocation " : ""}profile in ${path.resolve(out)}`);

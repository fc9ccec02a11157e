// The functions a V8 CPU profile spent its samples in: `npx tsx scripts/cpuprofile-top.mts FILE.cpuprofile [n=40] [--filter TEXT] [--lines NAME] [--callers NAME]`
// prints, per function (name, file, line), its self share and its total share (samples with the function
// anywhere on the stack, counted once), highest self first, then the highest totals among our own code
// (files outside node_modules). For profiles of scripts/profile-scorers.mts or of the worker
// (`scripts/profile-worker.ts … --cpu-prof DIR`).
import fs from "node:fs";
import { SourceMap } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
const file = process.argv[2];
if (!file) throw new Error("usage: npx tsx scripts/cpuprofile-top.mts FILE.cpuprofile [n] [--filter TEXT]");
const n = Number(process.argv[3] && !process.argv[3].startsWith("--") ? process.argv[3] : 40);
const fi = process.argv.indexOf("--filter");
const filter = fi > 0 ? process.argv[fi + 1] : null;
const prof = JSON.parse(fs.readFileSync(file, "utf8")) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };

// frames of a bundle with a source map beside it (the worker's esbuild bundle) named by their .ts file and line
const maps = new Map<string, SourceMap | null>();
const mapOf = (url: string): SourceMap | null => {
  if (!maps.has(url)) {
    let m: SourceMap | null = null;
    try {
      if (url.startsWith("file:")) m = new SourceMap(JSON.parse(fs.readFileSync(`${fileURLToPath(url)}.map`, "utf8")));
    } catch {
      /* no map: keep the bundle's lines */
    }
    maps.set(url, m);
  }
  return maps.get(url)!;
};
for (const x of prof.nodes as Array<Node & { callFrame: { columnNumber: number }; positionTicks?: Array<{ line: number; ticks: number }> }>) {
  const f = x.callFrame;
  const m = mapOf(f.url);
  // the lines a function's own samples fell on (the last mapping on the bundle's line)
  if (m) for (const p of x.positionTicks ?? []) p.line = ((m.findEntry(p.line - 1, 1e6) as { originalLine?: number }).originalLine ?? p.line - 1) + 1;
  const e = m?.findEntry(f.lineNumber, f.columnNumber) as { originalSource?: string; originalLine?: number } | undefined;
  if (!e?.originalSource) continue;
  f.url = e.originalSource.startsWith("file:") ? e.originalSource : pathToFileURL(path.resolve(path.dirname(fileURLToPath(f.url)), e.originalSource)).href;
  f.lineNumber = e.originalLine!;
}
const byId = new Map(prof.nodes.map((x) => [x.id, x]));
const parent = new Map<number, number>();
for (const x of prof.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
const short = (url: string) => url.replace(/^file:\/\//, "").replace(/.*\/node_modules\//, "nm:").replace(/.*\/(lib|scripts)\//, "$1/");
const key = (x: Node) => `${x.callFrame.functionName || "(anon)"} ${short(x.callFrame.url)}:${x.callFrame.lineNumber + 1}`;
// --lines NAME: the source lines NAME's own samples fell on (V8's position ticks; a callee inlined into
// NAME counts as NAME, on the callee's line number)
const li = process.argv.indexOf("--lines");
if (li > 0) {
  const lines = new Map<number, number>();
  let all = 0;
  for (const x of prof.nodes as Array<Node & { positionTicks?: Array<{ line: number; ticks: number }> }>) {
    for (const p of x.positionTicks ?? []) {
      all += p.ticks;
      if (key(x).startsWith(`${process.argv[li + 1]} `)) lines.set(p.line, (lines.get(p.line) ?? 0) + p.ticks);
    }
  }
  for (const [l, t] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`line ${l}: ${t} ticks (${((t / all) * 100).toFixed(2)}% of all)`);
  process.exit(0);
}
// --callers NAME: NAME's own samples by the function that called it (a builtin's own callers: `--callers split`)
const ci = process.argv.indexOf("--callers");
if (ci > 0) {
  const by = new Map<string, number>();
  let all = 0;
  for (let i = 0; i < prof.samples.length; i++) {
    const dt = prof.timeDeltas[i] ?? 0;
    all += dt;
    const x = byId.get(prof.samples[i])!;
    if (!key(x).startsWith(`${process.argv[ci + 1]} `)) continue;
    const p = parent.get(x.id);
    const k = p === undefined ? "(root)" : key(byId.get(p)!);
    by.set(k, (by.get(k) ?? 0) + dt);
  }
  for (const [k, t] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${((t / all) * 100).toFixed(2).padStart(5)}%  ${k}`);
  process.exit(0);
}
const self = new Map<string, number>();
const total = new Map<string, number>();
const own = new Map<string, boolean>();
// the set of keys on each node's stack, computed once per node
const stackKeys = new Map<number, Set<string>>();
const keysOf = (id: number): Set<string> => {
  let s = stackKeys.get(id);
  if (s) return s;
  const p = parent.get(id);
  s = new Set(p === undefined ? [] : keysOf(p));
  s.add(key(byId.get(id)!));
  stackKeys.set(id, s);
  return s;
};
let all = 0;
for (let i = 0; i < prof.samples.length; i++) {
  const dt = prof.timeDeltas[i] ?? 0;
  const x = byId.get(prof.samples[i])!;
  all += dt;
  const k = key(x);
  self.set(k, (self.get(k) ?? 0) + dt);
  own.set(k, !!x.callFrame.url && !x.callFrame.url.includes("node_modules"));
  for (const s of keysOf(x.id)) total.set(s, (total.get(s) ?? 0) + dt);
}
for (const x of prof.nodes) own.set(key(x), !!x.callFrame.url && !x.callFrame.url.includes("node_modules") && !x.callFrame.url.startsWith("node:"));
const pct = (v: number) => `${((v / all) * 100).toFixed(1).padStart(5)}%`;
console.log(`${file}: ${(all / 1e6).toFixed(2)} s of samples`);
const rows = [...total.keys()].filter((k) => !filter || k.includes(filter));
console.log("\nself   total  function (highest self)");
for (const k of rows.sort((a, b) => (self.get(b) ?? 0) - (self.get(a) ?? 0)).slice(0, n)) console.log(`${pct(self.get(k) ?? 0)} ${pct(total.get(k)!)}  ${k}`);
console.log("\nself   total  our function (highest total)");
for (const k of rows.filter((k) => own.get(k)).sort((a, b) => total.get(b)! - total.get(a)!).slice(0, n)) console.log(`${pct(self.get(k) ?? 0)} ${pct(total.get(k)!)}  ${k}`);

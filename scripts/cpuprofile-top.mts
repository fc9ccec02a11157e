// The functions a V8 CPU profile spent its samples in: `npx tsx scripts/cpuprofile-top.mts FILE.cpuprofile [n=40] [--filter TEXT]`
// prints, per function (name, file, line), its self share and its total share (samples with the function
// anywhere on the stack, counted once), highest self first, then the highest totals among our own code
// (files outside node_modules). For profiles of scripts/profile-scorers.mts or of the worker
// (`scripts/profile-worker.ts … --cpu-prof DIR`).
import fs from "node:fs";

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
const file = process.argv[2];
if (!file) throw new Error("usage: npx tsx scripts/cpuprofile-top.mts FILE.cpuprofile [n] [--filter TEXT]");
const n = Number(process.argv[3] && !process.argv[3].startsWith("--") ? process.argv[3] : 40);
const fi = process.argv.indexOf("--filter");
const filter = fi > 0 ? process.argv[fi + 1] : null;
const prof = JSON.parse(fs.readFileSync(file, "utf8")) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const byId = new Map(prof.nodes.map((x) => [x.id, x]));
const parent = new Map<number, number>();
for (const x of prof.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
const short = (url: string) => url.replace(/^file:\/\//, "").replace(/.*\/node_modules\//, "nm:").replace(/.*\/(lib|scripts)\//, "$1/");
const key = (x: Node) => `${x.callFrame.functionName || "(anon)"} ${short(x.callFrame.url)}:${x.callFrame.lineNumber + 1}`;
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

// Scorer cost of two checkouts compared in one process: `npx tsx scripts/scoring-ab.mts OTHER_ROOT
// [rounds]` loads the scorers of OTHER_ROOT (e.g. main extracted with `git archive`, node_modules
// linked) and of this checkout, and runs them alternately conversation by conversation on rotated
// text (scripts/intent-speed.mts FRESH=rotate) of the original, blind-a, blind-b and blind-h1
// corpora, adding up the CPU time of each call. On a loaded machine separate runs of intent-speed
// vary ±20 %; alternating in one process cancels most of that (facts12g, facts12h).
import path from "node:path";
import { renewTexts, rotateWords } from "./fresh-texts.mts";

const load = async (root: string) => ({
  loadCorpus: (await import(path.join(root, "lib/scoring/eval.ts"))).loadCorpus,
  analyze: (await import(path.join(root, "lib/scoring/run-scorers.ts"))).analyzeConversation,
  settings: (await import(path.join(root, "lib/projects/settings.ts"))).DEFAULT_SETTINGS,
});
const here = process.cwd();
const other = process.argv[2];
if (!other) throw new Error("usage: npx tsx scripts/scoring-ab.mts OTHER_ROOT [rounds]");
const A = await load(path.resolve(other));
const B = await load(here);
const dirs = ["tests/fixtures/conversations", "tests/fixtures/blind/a", "tests/fixtures/blind/b", "tests/fixtures/blind/h1"];
const convs = dirs.flatMap((d) => B.loadCorpus(path.join(here, d)).map((f: { events: unknown[] }) => f.events));
let round = 0;
const fresh = () => (round++, renewTexts(convs, (s) => rotateWords(s, round)));
for (const evs of convs) (await A.analyze(evs, A.settings), await B.analyze(evs, B.settings)); // warm
const cpu = async (v: typeof A, evs: unknown[]) => {
  const t = process.cpuUsage();
  await v.analyze(evs, v.settings);
  const u = process.cpuUsage(t);
  return (u.user + u.system) / 1e6;
};
let ta = 0;
let tb = 0;
let n = 0;
for (let r = 0; r < Number(process.argv[3] ?? 4); r++) {
  for (const evs of fresh()) {
    if (n % 2 === 0) (ta += await cpu(A, evs), (tb += await cpu(B, evs)));
    else (tb += await cpu(B, evs), (ta += await cpu(A, evs)));
    n++;
  }
}
console.log(`conversations ${n}: other ${(n / ta).toFixed(0)} conv/cpu-s, this ${(n / tb).toFixed(0)} conv/cpu-s, this/other ${(ta / tb).toFixed(3)}`);

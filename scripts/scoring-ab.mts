// Scorer cost of two checkouts compared in one process: `npx tsx scripts/scoring-ab.mts OTHER_ROOT
// [rounds]` loads the scorers of OTHER_ROOT (e.g. main extracted with `git archive`, node_modules
// linked) and of this checkout, and runs them alternately conversation by conversation on rotated
// text (scripts/intent-speed.mts FRESH=rotate) of the original, blind-a, blind-b and blind-h1
// corpora, adding up the CPU time of each call. On a loaded machine separate runs of intent-speed
// vary ±20 %; alternating in one process cancels most of that (facts12g, facts12h).
// `--backlog`: the bench backlog's conversations instead (scripts/bench-scoring.ts seedBacklog: ten
// events, one new user text per conversation said four times, one agent question, a tool call and a
// handoff), each with its own order number: what the worker drains in `BENCH_ONLY=scoring npm run bench`.
import path from "node:path";
import { renewTexts, rotateWords } from "./fresh-texts.mts";
import { backlogConversation } from "./backlog-conversation.mts";

const load = async (root: string) => ({
  loadCorpus: (await import(path.join(root, "lib/scoring/eval.ts"))).loadCorpus,
  toRecords: (await import(path.join(root, "lib/scoring/eval.ts"))).toRecords,
  analyze: (await import(path.join(root, "lib/scoring/run-scorers.ts"))).analyzeConversation,
  settings: (await import(path.join(root, "lib/projects/settings.ts"))).DEFAULT_SETTINGS,
});
const here = process.cwd();
const backlog = process.argv.includes("--backlog");
const [other, rounds] = process.argv.slice(2).filter((a) => a !== "--backlog");
if (!other) throw new Error("usage: npx tsx scripts/scoring-ab.mts OTHER_ROOT [rounds]");
const A = await load(path.resolve(other));
const B = await load(here);
const dirs = ["tests/fixtures/conversations", "tests/fixtures/blind/a", "tests/fixtures/blind/b", "tests/fixtures/blind/h1"];
const convs = dirs.flatMap((d) => B.loadCorpus(path.join(here, d)).map((f: { events: unknown[] }) => f.events));
let round = 0;
const fresh = () => (round++, backlog ? Array.from({ length: convs.length }, (_, i) => backlogConversation(round * 100_000 + i, B.toRecords)) : renewTexts(convs, (s) => rotateWords(s, round)));
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
for (let r = 0; r < Number(rounds ?? 4); r++) {
  for (const evs of fresh()) {
    if (n % 2 === 0) (ta += await cpu(A, evs), (tb += await cpu(B, evs)));
    else (tb += await cpu(B, evs), (ta += await cpu(A, evs)));
    n++;
  }
}
console.log(`${backlog ? "backlog shape, " : ""}conversations ${n}: other ${(n / ta).toFixed(0)} conv/cpu-s, this ${(n / tb).toFixed(0)} conv/cpu-s, this/other ${(ta / tb).toFixed(3)}`);

// The offline judge's own CPU, two checkouts compared in one process (speed32a): `npx tsx
// scripts/judge-ab.mts OTHER_ROOT [passes=10] [--backlog]`. It records the judge calls the scorers
// make (texts, support, flags: what `offlineAssess` receives) on rotated text of the original,
// blind-a, blind-b and blind-h1 corpora (scripts/fresh-texts.mts), or on the bench backlog's
// conversations (--backlog, scripts/backlog-conversation.mts), then calls OTHER_ROOT's and this
// checkout's `offlineAssess` alternately, call by call, adding up each one's CPU time. The calls are
// more than the judge's verdict memo keeps (CACHED_VERDICTS) and their texts fewer than the parse
// memo keeps, so after a first pass every call is a verdict miss and a parse hit: what is timed is
// the judge's rules, not wink's parse (scripts/scoring-ab.mts times the whole scorers, parse included).
import path from "node:path";
import { renewTexts, rotateWords } from "./fresh-texts.mts";
import { backlogConversation } from "./backlog-conversation.mts";

type Seen = { support?: string[]; fromIntentEvent?: boolean; rejection?: boolean; statedAsk?: boolean };
const load = async (root: string) => ({
  assess: (await import(path.join(root, "lib/scoring/judge-offline.ts"))).offlineAssess as (a: string, b: string, s?: Seen) => unknown,
  cached: (await import(path.join(root, "lib/scoring/judge-offline.ts"))).CACHED_VERDICTS as number,
});
const backlog = process.argv.includes("--backlog");
const [other, passes] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (!other) throw new Error("usage: npx tsx scripts/judge-ab.mts OTHER_ROOT [passes] [--backlog]");
const here = process.cwd();
const A = await load(path.resolve(other));
const B = await load(here);
const { loadCorpus, toRecords } = await import(path.join(here, "lib/scoring/eval.ts"));
const { analyzeConversation } = await import(path.join(here, "lib/scoring/run-scorers.ts"));
const { DEFAULT_SETTINGS } = await import(path.join(here, "lib/projects/settings.ts"));
const { offlineJudge } = await import(path.join(here, "lib/scoring/intent.ts"));

// the judge calls, recorded as the scorers make them
const calls: Array<[string, string, Seen | undefined]> = [];
const texts = new Set<string>();
const recorder = { name: offlineJudge.name, assess: (a: string, b: string, s?: Seen) => (calls.push([a, b, s]), [a, b, ...(s?.support ?? [])].forEach((t) => texts.add(t)), offlineJudge.assess(a, b, s)) };
const want = Math.round(A.cached * 1.2);
const dirs = ["tests/fixtures/conversations", "tests/fixtures/blind/a", "tests/fixtures/blind/b", "tests/fixtures/blind/h1"];
const convs = dirs.flatMap((d) => loadCorpus(path.join(here, d)).map((f: { events: unknown[] }) => f.events));
for (let round = 1, c = 0; calls.length < want; round++) {
  const set = backlog ? Array.from({ length: 100 }, () => backlogConversation(++c, toRecords)) : renewTexts(convs, (s) => rotateWords(s, round));
  for (const evs of set) if (calls.length < want) await analyzeConversation(evs as never, DEFAULT_SETTINGS, { judge: recorder as never });
}
const cpu = (v: typeof A, [a, b, s]: (typeof calls)[number]) => {
  const t = process.cpuUsage();
  v.assess(a, b, s);
  const u = process.cpuUsage(t);
  return (u.user + u.system) / 1e6;
};
for (const call of calls) (A.assess(...call), B.assess(...call)); // warm: every text parsed once in each tree
let ta = 0;
let tb = 0;
let n = 0;
for (let p = 0; p < Number(passes ?? 10); p++) {
  for (const call of calls) {
    if (n % 2 === 0) (ta += cpu(A, call), (tb += cpu(B, call)));
    else (tb += cpu(B, call), (ta += cpu(A, call)));
    n++;
  }
}
console.log(`${backlog ? "backlog shape" : "rotated text"}, ${calls.length} judge calls (${texts.size} texts) × ${passes ?? 10}: other ${((ta / n) * 1e6).toFixed(1)} µs/call, this ${((tb / n) * 1e6).toFixed(1)} µs/call, this/other ${(tb / ta).toFixed(3)}`);

// The scorers' in-process throughput, `npm run bench`'s scorerConversationsPerSecPerCore and …PerCoreWarm: the
// nine scorers on the labelled corpus (the original one), conversations/s on one core. It runs as one esbuild
// bundle in its own process (scripts/run-bundled.ts), as the worker runs the scorers; under tsx (keepNames'
// `__name` wraps every named closure as it is made) the bench's old cold measure gave about half this figure
// (issue 12, eighteenth session; docs/evaluation.md).
// One pass over the corpus first (loading the NLP model and lexicon, ~0.5 s, is start-up, not throughput), then
// two windows of `seconds` (default 5) of scoring in the same process:
// - the first (`perSec`, `cpuPerSec`) is the figure this key has always measured. About two of its seconds go to
//   V8 compiling the scorers: on the original corpus main runs ~4,000 conversations/s in its first second,
//   ~13,000 in its second and ~17,000 from its third; the pre-NLP tree, with less code, ~14,000 in its first and
//   ~20,000 from its second (forty-seventh session; docs/evaluation.md);
// - the second (`warmPerSec`, `warmCpuPerSec`) is the scorers once compiled. A worker compiles once per process
//   and then scores for hours, so this is its throughput.
// `--backlog`: the bench backlog's conversations instead (scripts/backlog-conversation.mts), each new, with its
// own order number and so its own user text: what the worker drains, where the parse memo answers only the
// agent's question and the summary.
// Prints one JSON line {"perSec", "cpuPerSec", "conversations", "warmPerSec", "warmCpuPerSec"}.
// `npx tsx scripts/scorer-throughput.mts [seconds] [--backlog]`
import { isBundled, runBundled } from "./run-bundled";
import { backlogConversation } from "./backlog-conversation.mts";
import { loadCorpus, toRecords } from "../lib/scoring/eval";
import type { EventRecord } from "../lib/ingest/schemas";
import { analyzeConversation } from "../lib/scoring/run-scorers";
import { DEFAULT_SETTINGS } from "../lib/projects/settings";
import { ORIGINAL_CORPUS_DIR } from "../tests/fixtures/corpora";

if (!isBundled()) process.exit((await runBundled(import.meta.url)).status);

const seconds = Number(process.argv.slice(2).find((a) => !a.startsWith("--")) ?? 5);
const original = loadCorpus(ORIGINAL_CORPUS_DIR).map((f) => f.events);
const backlog = process.argv.includes("--backlog");
let round = 0;
/** One pass: the original corpus, or as many new backlog conversations. */
const pass = (): EventRecord[][] =>
  backlog ? (round++, original.map((_, i) => backlogConversation(round * 100_000 + i, toRecords) as EventRecord[])) : original;
for (const events of pass()) await analyzeConversation(events, DEFAULT_SETTINGS);
/**
 * Passes over the corpus for `seconds` of scoring: conversations/s on the wall clock and per CPU-second of every
 * thread (a backlog pass's conversations are made before its clock starts).
 */
async function measure(): Promise<{ perSec: number; cpuPerSec: number; conversations: number }> {
  let done = 0;
  let wall = 0;
  let cpu = 0;
  while (wall < seconds * 1000) {
    const convs = pass();
    const cpu0 = process.cpuUsage();
    const started = performance.now();
    for (const events of convs) await analyzeConversation(events, DEFAULT_SETTINGS);
    wall += performance.now() - started;
    const used = process.cpuUsage(cpu0);
    cpu += used.user + used.system;
    done += convs.length;
  }
  return { perSec: done / (wall / 1000), cpuPerSec: done / (cpu / 1e6), conversations: done };
}
const first = await measure();
const warm = await measure();
console.log(JSON.stringify({ ...first, warmPerSec: warm.perSec, warmCpuPerSec: warm.cpuPerSec }));

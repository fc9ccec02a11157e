// The scorers' in-process throughput, `npm run bench`'s scorerConversationsPerSecPerCore: the nine
// scorers on the labelled corpus (the original one), conversations/s on one core. It runs as one
// esbuild bundle in its own process (scripts/run-bundled.ts), as the worker runs the scorers — under
// tsx (every named closure wrapped by keepNames' `__name`, an Object.defineProperty, as it is made: ~6 %
// of the scorers there, nothing in the worker) the bench's old cold measure gave about half this figure
// (issue 12, eighteenth session; docs/evaluation.md). One
// pass over the corpus first (loading the NLP model and lexicon, ~0.5 s, is start-up, not throughput),
// then passes for `seconds` (default 5) of wall time. Prints one JSON line {"perSec", "cpuPerSec", "conversations"}.
// `npx tsx scripts/scorer-throughput.mts [seconds]`
import { isBundled, runBundled } from "./run-bundled";
import { loadCorpus } from "../lib/scoring/eval";
import { analyzeConversation } from "../lib/scoring/run-scorers";
import { DEFAULT_SETTINGS } from "../lib/projects/settings";
import { ORIGINAL_CORPUS_DIR } from "../tests/fixtures/corpora";

if (!isBundled()) process.exit((await runBundled(import.meta.url)).status);

const seconds = Number(process.argv[2] ?? 5);
const convs = loadCorpus(ORIGINAL_CORPUS_DIR).map((f) => f.events);
for (const events of convs) await analyzeConversation(events, DEFAULT_SETTINGS);
let done = 0;
const cpu0 = process.cpuUsage();
const started = performance.now();
while (performance.now() - started < seconds * 1000) {
  for (const events of convs) await analyzeConversation(events, DEFAULT_SETTINGS);
  done += convs.length;
}
const wall = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({ perSec: done / wall, cpuPerSec: done / ((cpu.user + cpu.system) / 1e6), conversations: done }));

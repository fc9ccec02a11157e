// Scoring throughput on fresh text (every message/intent text made unique) vs seen text, and the
// RSS after scoring many distinct conversations. Run from the repo root: npx tsx scripts/intent-speed.mts [rss]
import path from "node:path";
import { renewTexts, rotateWords } from "./fresh-texts.mts";
const root = process.cwd();
const { loadCorpus } = await import(path.join(root, "lib/scoring/eval.ts"));
const { analyzeConversation } = await import(path.join(root, "lib/scoring/run-scorers.ts"));
const { DEFAULT_SETTINGS } = await import(path.join(root, "lib/projects/settings.ts"));
const convs = ["tests/fixtures/conversations", "tests/fixtures/blind/a", "tests/fixtures/blind/b"].flatMap((d) => loadCorpus(path.join(root, d)).map((f: any) => f.events));
let n = 0;
// FRESH=number makes texts unique with a number (" #123": a token wink knows how to read) instead of
// a new word (" z123": a word wink has never seen, which it tokenizes recursively and adds to its lexicon)
// FRESH=rotate makes them unique with known words only: the words of each text rotated by a
// different amount each round (new texts of words wink already knows, as real unseen text mostly is)
let round = 0;
const renew = (s: string) => (process.env.FRESH === "rotate" ? rotateWords(s, round) : s + (process.env.FRESH === "number" ? ` #${n++}` : ` z${n++}`));
const fresh = () => (round++, renewTexts(convs, renew));
for (const evs of convs) await analyzeConversation(evs, DEFAULT_SETTINGS); // warm
if (process.argv[2] === "rss") { globalThis.gc?.(); console.log("after warm-up rss MB", (process.memoryUsage().rss / 2 ** 20).toFixed(0), "heap MB", (process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)); }
if (process.argv[2] === "rss") {
  let done = 0;
  while (done < 6000) for (const evs of fresh()) { await analyzeConversation(evs as any, DEFAULT_SETTINGS); if (++done >= 6000) break; }
  globalThis.gc?.();
  console.log("conversations", done, "rss MB", (process.memoryUsage().rss / 2 ** 20).toFixed(0), "heap MB", (process.memoryUsage().heapUsed / 2 ** 20).toFixed(0));
} else {
  const rounds = Number(process.argv[2] ?? 3);
  const t0 = process.cpuUsage(); let done = 0;
  for (let r = 0; r < rounds; r++) for (const evs of fresh()) { await analyzeConversation(evs as any, DEFAULT_SETTINGS); done++; }
  const u = process.cpuUsage(t0); console.log("fresh texts conv/cpu-s", (done / ((u.user + u.system) / 1e6)).toFixed(0));
  const t1 = process.cpuUsage(); done = 0;
  for (let r = 0; r < 3; r++) for (const evs of convs) { await analyzeConversation(evs, DEFAULT_SETTINGS); done++; }
  const u1 = process.cpuUsage(t1); console.log("seen texts conv/cpu-s", (done / ((u1.user + u1.system) / 1e6)).toFixed(0));
}

// One hash of every analysis the scorers give on the development corpora, for changes that must keep
// every result (speed passes): `npx tsx scripts/analysis-hash.mts [--rounds N] [--no-prefixes]`.
// It hashes JSON.stringify(analyzeConversation(...)) of every conversation of every development corpus
// (the --dev list of scripts/eval.ts: never a held-out corpus), and of N rotated copies of them
// (scripts/fresh-texts.mts: unseen text of known words, as the worker mostly reads), for every prefix
// of every conversation (the worker scores a conversation again as its events arrive) unless
// --no-prefixes. Run it before and after a change: the hash must not move.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { renewTexts, rotateWords } from "./fresh-texts.mts";
import { arg } from "./args";

const root = process.cwd();
const { loadCorpus } = await import(path.join(root, "lib/scoring/eval.ts"));
const { analyzeConversation } = await import(path.join(root, "lib/scoring/run-scorers.ts"));
const { DEFAULT_SETTINGS } = await import(path.join(root, "lib/projects/settings.ts"));
const { CORPORA } = await import(path.join(root, "tests/fixtures/corpora.ts"));

const rounds = Number(arg("rounds") ?? 2);
const prefixes = !process.argv.includes("--no-prefixes");
const dev = (CORPORA as Array<{ name: string; dir: string }>).filter((c) => !c.name.includes("held out") && fs.existsSync(c.dir));
const convs: unknown[][] = dev.flatMap((c) => loadCorpus(c.dir).map((f: { events: unknown[] }) => f.events));

const hash = createHash("sha256");
let analyses = 0;
const t0 = process.cpuUsage();
for (let round = 0; round <= rounds; round++) {
  // round 0: the corpora as written; round r: every text rotated by an amount that changes with r
  const set = round === 0 ? convs : renewTexts(convs, (s) => rotateWords(s, round));
  for (const evs of set) {
    for (let k = prefixes ? 1 : evs.length; k <= evs.length; k++) {
      hash.update(JSON.stringify(await analyzeConversation(evs.slice(0, k), DEFAULT_SETTINGS)));
      hash.update("\n");
      analyses++;
    }
  }
}
const u = process.cpuUsage(t0);
console.log(`corpora ${dev.length}, conversations ${convs.length}, rounds 1+${rounds}, prefixes ${prefixes ? "all" : "none"}: ${analyses} analyses, ${((u.user + u.system) / 1e6).toFixed(1)} CPU-s`);
console.log(`hash ${hash.digest("hex").slice(0, 16)}`);

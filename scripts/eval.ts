// `npm run eval [-- --dir FOLDER | --file EXPORT.json] [--dev] [--redact hash|mask]`: per corpus and per scorer, precision,
// recall, false-positive rate on clean conversations, coverage, and the misses; dropped-field
// naming. Exits non-zero when a corpus misses a target (lib/scoring/eval.ts TARGETS). With
// --redact, every event first goes through ingest's PII redaction (hash mode with a fixed
// evaluation key unless `mask` is given), as a project with redaction on would store it. --file
// reads a project's reviewed conversations as exported by GET /api/v1/reviews/export (README "Reviews").
import fs from "node:fs";
import { belowTargets, evaluateCorpus, evaluateFixtures, loadExport, type EvalResult } from "../lib/scoring/eval";
import { CORPORA, isHeldOut } from "../tests/fixtures/corpora";
import type { Redactor } from "../lib/privacy/redact";
import { arg } from "./args";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

function print(name: string, r: EvalResult): string[] {
  console.log(`\n== ${name}: ${r.conversations} conversations, ${r.clean} clean (${pct(r.clean / Math.max(1, r.conversations)).trim()})`);
  console.log("scorer          precision  recall  FP/clean  coverage   TP  FP  FN  TN  abstain");
  for (const f of r.flags) {
    console.log(
      `${f.flag.padEnd(15)} ${pct(f.precision).padStart(9)} ${pct(f.recall)} ${pct(f.fpRateClean).padStart(9)} ${pct(f.coverage).padStart(9)} ${String(f.tp).padStart(4)} ${String(f.fp).padStart(3)} ${String(f.fn).padStart(3)} ${String(f.tn).padStart(3)} ${String(f.abstained).padStart(8)}`,
    );
  }
  const n = r.naming;
  console.log(`dropped-field naming: ${n.named}/${n.expected} labelled fields named = ${pct(n.accuracy).trim()}; ${n.extra.length} extra in dropout conversations; ${n.invented.length} in conversations without dropout`);
  if (r.reaskCounts.labelled) console.log(`re-ask count exact on ${r.reaskCounts.agree}/${r.reaskCounts.labelled} conversations with a labelled count`);
  const misses = r.flags.filter((f) => f.misses.length);
  if (misses.length) console.log("misses:");
  for (const f of misses) console.log(`  ${f.flag}: ${f.misses.join("; ")}`);
  if (n.extra.length) console.log(`  naming, extra: ${n.extra.join("; ")}`);
  if (n.invented.length) console.log(`  naming, invented: ${n.invented.join("; ")}`);
  const below = belowTargets(r);
  console.log(below.length ? `BELOW TARGET: ${below.join("; ")}` : "all targets met");
  return below;
}

const dir = arg("dir");
const file = arg("file");
const redactMode = process.argv.includes("--redact") ? (arg("redact") === "mask" ? "mask" : "hash") : null;
const redactor: Redactor | undefined = redactMode
  ? { mode: redactMode, key: "baton-eval-redaction-key", projectId: "eval", fieldKeys: new Set() }
  : undefined;
if (redactor) console.log(`PII redaction on (${redactor.mode} mode): scoring the corpora as a project with redaction stores them`);
// --dev: only the development corpora (a developer must not see a held-out corpus's misses)
const dev = process.argv.includes("--dev");
const corpora = dir ? [{ name: dir, dir }] : CORPORA.filter((c) => fs.existsSync(c.dir) && !(dev && isHeldOut(c)));
let failed = 0;
if (file) {
  // a project's reviews: the scorers of this checkout against the labels its team gave
  const { settings, fixtures } = loadExport(file, redactor);
  const below = print(file, await evaluateFixtures(fixtures, settings, redactor));
  process.exit(below.length ? 1 : 0);
}
for (const c of corpora) if (print(c.name, await evaluateCorpus(c.dir, undefined, redactor)).length) failed++;
process.exit(failed ? 1 : 0);

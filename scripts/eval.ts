// `npm run eval`: precision/recall per scorer on the labelled corpus, a confusion table, and
// intent-drift agreement. Exits non-zero below the targets (0.9 P/R; 0.85 drift agreement).
import { CORPUS_DIR, evaluateCorpus } from "../lib/scoring/eval";

const r = await evaluateCorpus(CORPUS_DIR);
console.log(`${r.conversations} labelled conversations\n`);
console.log("flag            precision  recall   TP  FP  FN  TN");
let ok = true;
for (const f of r.flags) {
  ok &&= f.precision >= 0.9 && f.recall >= 0.9;
  console.log(`${f.flag.padEnd(15)} ${f.precision.toFixed(2).padStart(9)} ${f.recall.toFixed(2).padStart(7)} ${String(f.tp).padStart(4)} ${String(f.fp).padStart(3)} ${String(f.fn).padStart(3)} ${String(f.tn).padStart(3)}${f.misses.length ? `   ${f.misses.join(", ")}` : ""}`);
}
ok &&= r.drift.agreement >= 0.85;
console.log(`\nintent drift agreement (offline judge): ${r.drift.agree}/${r.drift.total} = ${r.drift.agreement.toFixed(2)}${r.drift.misses.length ? `   misses: ${r.drift.misses.join(", ")}` : ""}`);
console.log(ok ? "\nall targets met" : "\nBELOW TARGET");
process.exit(ok ? 0 : 1);

// How reliable each rule of the intent-drift judge is: every drift verdict of the development corpora
// (never a held-out one) and of any --dir given, counted by the rule that decided it (the verdict's
// path, intent.ts IntentResult.path) and by confidence band, as true drift, a false alarm on a clean
// conversation, or a false alarm on a conversation labelled with something else; with the corpora
// each path's false alarms come from (a path wrong in one writer's text only may be fitted to it),
// the labelled drifts each path calls preserved, and each corpus's coverage (docs/evaluation.md,
// drift17). Usage:
//   npx tsx scripts/drift-paths.mts [--dir /work/wt/dev-o1 --dir …] [--only] [--off rule,…] [--list]
// --only: the --dir folders alone; --off: run with those DRIFT_RULES switched off; --list: one line
// per drift verdict and per labelled drift missed (path, label, conversation, reason).
import { DRIFT_RULES, tuneDrift, type DriftRule } from "../lib/scoring/drift-tuning";
import { eligibleFor, isClean, loadCorpus } from "../lib/scoring/eval";
import { DEFAULT_SETTINGS } from "../lib/projects/settings";
import { analyzeConversation } from "../lib/scoring/run-scorers";
import { driftCorpora } from "../tests/fixtures/corpora";

const args = process.argv.slice(2);
const corpora = driftCorpora(args);
const offAt = args.indexOf("--off");
const off = offAt >= 0 ? (args[offAt + 1].split(",") as DriftRule[]) : [];
for (const r of off) if (!DRIFT_RULES.includes(r)) throw new Error(`unknown rule ${r}`);
tuneDrift({}, off);
const list = args.includes("--list");

type Label = "drift" | "clean" | "other";
interface Row { corpus: string; name: string; label: Label; drift: boolean | null; path: string; confidence: number | null; reason: string }
const rows: Row[] = [];
const coverage: string[] = [];
for (const c of corpora) {
  let eligible = 0;
  let abstained = 0;
  for (const { name, fixture, events } of loadCorpus(c.dir)) {
    const a = await analyzeConversation(events, DEFAULT_SETTINGS);
    const s = a.scores;
    const label: Label = fixture.labels.drift ? "drift" : isClean(fixture) ? "clean" : "other";
    if (eligibleFor("drift", a)) eligible++;
    if (s.intentDrift === null) abstained++;
    rows.push({ corpus: c.name, name, label, drift: s.intentDrift, path: s.intentPath ?? (s.intentDrift === null ? "(abstained)" : "(none)"), confidence: s.intentConfidence, reason: s.intentReason ?? a.scoreReasons.intentDrift ?? "" });
  }
  const tp = rows.filter((r) => r.corpus === c.name && r.drift && r.label === "drift").length;
  const fp = rows.filter((r) => r.corpus === c.name && r.drift && r.label !== "drift").length;
  const labelled = rows.filter((r) => r.corpus === c.name && r.label === "drift").length;
  coverage.push(`${c.name.padEnd(12)} coverage ${pct(eligible ? (eligible - abstained) / eligible : 1)}  drift TP ${tp}/${labelled}, false alarms ${fp}, abstained ${abstained}`);
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}
const band = (c: number | null) => (c === null ? "—" : c < 0.6 ? "<0.60" : c < 0.75 ? "0.60-0.74" : ">=0.75");
const top = (p: string) => p.split(">")[0];

function table(title: string, key: (r: Row) => string) {
  console.log(`\n${title}`);
  console.log(`${"path".padEnd(28)} drift  TP  FPclean  FPother  precision  FP corpora              preserved-on-drift`);
  const keys = [...new Set(rows.map(key))].sort();
  for (const k of keys) {
    const mine = rows.filter((r) => key(r) === k);
    const flagged = mine.filter((r) => r.drift);
    const tp = flagged.filter((r) => r.label === "drift").length;
    const fpClean = flagged.filter((r) => r.label === "clean").length;
    const fpOther = flagged.filter((r) => r.label === "other").length;
    const fpCorpora = [...new Set(flagged.filter((r) => r.label !== "drift").map((r) => r.corpus))].join(",");
    const missed = mine.filter((r) => r.drift === false && r.label === "drift").length;
    if (!flagged.length && !missed) continue;
    const precision = flagged.length ? pct(tp / flagged.length) : "—";
    console.log(`${k.padEnd(28)} ${String(flagged.length).padStart(5)} ${String(tp).padStart(3)} ${String(fpClean).padStart(8)} ${String(fpOther).padStart(8)} ${precision.padStart(10)}  ${fpCorpora.padEnd(24)} ${String(missed).padStart(3)}`);
  }
}

console.log(`drift verdicts by deciding path, ${rows.length} conversations in ${corpora.length} corpora${off.length ? ` (off: ${off.join(",")})` : ""}`);
table("by path", (r) => r.path);
table("by rule (the first step of the path)", (r) => top(r.path));
table("by rule and confidence band", (r) => `${top(r.path)} ${band(r.confidence)}`);
const flagged = rows.filter((r) => r.drift);
const labelled = rows.filter((r) => r.label === "drift");
const clean = rows.filter((r) => r.label === "clean");
console.log(`\nall: ${flagged.length} drift verdicts, TP ${flagged.filter((r) => r.label === "drift").length}/${labelled.length}, false alarms on clean ${flagged.filter((r) => r.label === "clean").length}/${clean.length}, on other ${flagged.filter((r) => r.label === "other").length}, abstained ${rows.filter((r) => r.drift === null).length} (on labelled drift ${labelled.filter((r) => r.drift === null).length})`);
for (const line of coverage) console.log(line);
if (list) {
  console.log("\nverdicts:");
  for (const r of rows.filter((x) => x.drift || x.label === "drift")) {
    const what = r.drift === null ? "ABSTAIN" : r.drift ? (r.label === "drift" ? "TP" : `FP-${r.label}`) : "FN";
    console.log(`${what.padEnd(9)} ${r.path.padEnd(26)} ${r.corpus}/${r.name}: ${r.reason.slice(0, 160)}`);
  }
}

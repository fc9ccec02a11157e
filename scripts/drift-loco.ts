// `npx tsx scripts/drift-loco.ts [--only similar,preserved] [--no-rules]`: how well the intent-drift
// judge's figures and rules carry from one corpus to another (docs/evaluation.md, drift12f).
// For each tunable figure (lib/scoring/drift-tuning.ts) it prints drift recall / false alarms on
// clean conversations / coverage per development corpus at each value of a small grid, then, leaving
// one corpus out at a time, the value the OTHER corpora would choose and what that gives the corpus
// left out (against the default). Then it switches each rule off and prints, per corpus, what the
// rule is worth: a rule only one corpus needs is fitted to it. Utility = recall − 3 × false alarms
// on clean − coverage shortfall below 90 % (a false alarm costs more trust than a miss).
// Only development corpora and the stress set are read: never a held-out one.
import fs from "node:fs";
import path from "node:path";
import { evaluateCorpus } from "../lib/scoring/eval";
import { DRIFT_DEFAULTS, DRIFT_RULES, tuneDrift, type DriftRule, type DriftTuning } from "../lib/scoring/drift-tuning";
import { CORPORA, isHeldOut } from "../tests/fixtures/corpora";
import { arg } from "./args";

const STRESS = { name: "stress-12f", dir: path.join(process.cwd(), "tests/fixtures/stress/drift12f") };
const sets = [...CORPORA.filter((c) => !isHeldOut(c) && fs.existsSync(c.dir)), STRESS].map((c) => ({ name: c.name.replace(" (dev)", ""), dir: c.dir }));

const GRID: Record<keyof DriftTuning, number[]> = {
  similar: [0.5, 0.55, 0.6, 0.65, 0.7],
  preserved: [0.15, 0.2, 0.25, 0.3, 0.35],
  otherBack: [0.2, 0.25, 0.35, 0.45, 0.5],
  absenceFound: [0.06, 0.09, 0.12, 0.16, 0.2],
  absenceBack: [0.1, 0.15, 0.2, 0.3, 0.4],
  related: [0.4, 0.45, 0.5, 0.55, 0.6],
  partReached: [0.15, 0.2, 0.25, 0.35, 0.5],
  joinedPartReached: [0.25, 0.34, 0.4, 0.45, 0.5],
  unaddressed: [0.05, 0.1, 0.15, 0.2],
};

interface Fig {
  precision: number;
  recall: number;
  fp: number;
  coverage: number;
  tp: number;
  fpN: number;
  abst: number;
}
const utility = (f: Fig) => f.recall - 3 * f.fp - Math.max(0, 0.9 - f.coverage);

async function measure(figures: Partial<DriftTuning> = {}, off: DriftRule[] = []): Promise<Fig[]> {
  tuneDrift(figures, off);
  const out: Fig[] = [];
  for (const s of sets) {
    const d = (await evaluateCorpus(s.dir)).flags.find((f) => f.flag === "drift")!;
    out.push({ precision: d.precision, recall: d.recall, fp: d.fpRateClean, coverage: d.coverage, tp: d.tp, fpN: d.fp, abst: d.abstained });
  }
  return out;
}

const pct = (x: number) => (x * 100).toFixed(0);
const cell = (f: Fig) => `${pct(f.recall)}/${pct(f.fp)}/${pct(f.coverage)}`.padStart(12);
const header = () => console.log(`${"".padEnd(16)}${sets.map((s) => s.name.slice(0, 11).padStart(12)).join("")}   (recall/FP clean/coverage %)`);

const only = arg("only")?.split(",");
const base = await measure();
header();
console.log(`${"defaults".padEnd(16)}${base.map(cell).join("")}`);
console.log(`${"  precision %".padEnd(16)}${base.map((f) => pct(f.precision).padStart(12)).join("")}`);

for (const knob of Object.keys(GRID) as Array<keyof DriftTuning>) {
  if (only && !only.includes(knob)) continue;
  const values = GRID[knob];
  const rows: Fig[][] = [];
  console.log(`\n${knob} (default ${DRIFT_DEFAULTS[knob]})`);
  for (const v of values) {
    rows.push(await measure({ [knob]: v }));
    console.log(`${`  ${v}`.padEnd(16)}${rows.at(-1)!.map(cell).join("")}`);
  }
  // leave one corpus out: the value the others would choose (ties go to the default's side)
  const loco = sets.map((s, x) => {
    const score = (r: Fig[]) => r.reduce((n, f, i) => (i === x ? n : n + utility(f)), 0);
    let best = values.indexOf(DRIFT_DEFAULTS[knob]);
    for (const [i, r] of rows.entries()) if (score(r) > score(rows[best]) + 1e-9) best = i;
    const atDefault = utility(base[x]);
    const atChosen = utility(rows[best][x]);
    return `${s.name.slice(0, 11)}: ${values[best]} (${atChosen >= atDefault ? "+" : ""}${(atChosen - atDefault).toFixed(2)})`;
  });
  console.log(`  chosen on the others (utility change for the one left out): ${loco.join("; ")}`);
}

if (!process.argv.includes("--no-rules")) {
  console.log("\nrule switched off: Δ drifts found / Δ false alarms on clean / Δ abstentions, per corpus (- = no change)");
  header();
  for (const rule of DRIFT_RULES) {
    const r = await measure({}, [rule]);
    const d = r.map((f, i) => {
      const t = f.tp - base[i].tp;
      const p = f.fpN - base[i].fpN;
      const a = f.abst - base[i].abst;
      return (t || p || a ? `${t}/${p}/${a}` : "-").padStart(12);
    });
    const needs = r.map((f, i) => (utility(f) < utility(base[i]) - 1e-9 ? sets[i].name.slice(0, 11) : null)).filter(Boolean);
    console.log(`${rule.padEnd(16)}${d.join("")}   needed by: ${needs.join(", ") || "none"}`);
  }
}
tuneDrift();

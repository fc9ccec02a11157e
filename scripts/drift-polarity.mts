// How often the ask and the final interpretation go opposite ways on the same thing in closed-class
// words (issue 12, drift20: nlp/polarity.ts, intent-polarity.ts): per development corpus (never a
// held-out one) and any --dir given, by label, how many eligible conversations carry the signal —
// drift the judge misses without the rule (what it can add), drift found anyway, clean, other (a false
// alarm it could add). Read on the interpretation alone (what the rule reads), and with the final
// agent's other messages or replies too (--support). Counts only unless --list, so it can be run on
// corpora nobody may read. Usage: npx tsx scripts/drift-polarity.mts [--dir FOLDER …] [--only] [--support] [--list]
import { eligibleFor, isClean, loadCorpus } from "../lib/scoring/eval";
import { DEFAULT_SETTINGS } from "../lib/projects/settings";
import { tuneDrift } from "../lib/scoring/drift-tuning";
import { finalInterpretation, originalRequest } from "../lib/scoring/intent";
import { oppositePolarity } from "../lib/scoring/intent-polarity";
import { askClauses, sameObject } from "../lib/scoring/judge-offline";
import { parseText } from "../lib/scoring/nlp/parse";
import { analyzeConversation } from "../lib/scoring/run-scorers";
import { buildTimeline } from "../lib/scoring/timeline";
import type { ScoringContext } from "../lib/scoring/context";
import { driftCorpora } from "../tests/fixtures/corpora";

const args = process.argv.slice(2);
const list = args.includes("--list");
const withSupport = args.includes("--support");
// (what the judge decides without the rule: a drift it finds anyway needs no new signal)
tuneDrift({}, ["polarity"]);

const KEYS = ["drift missed", "drift found", "clean", "other"] as const;
const total: Record<string, [number, number]> = {};
console.log(`${"corpus".padEnd(14)}${KEYS.map((k) => `${k} (signal/all)`.padStart(26)).join("")}`);
for (const c of driftCorpora(args)) {
  const row: Record<string, [number, number]> = {};
  for (const { name, fixture, events } of loadCorpus(c.dir)) {
    const a = await analyzeConversation(events, DEFAULT_SETTINGS);
    if (!eligibleFor("drift", a)) continue;
    const ctx = { timeline: buildTimeline(events) } as ScoringContext;
    const original = originalRequest(ctx);
    const interp = finalInterpretation(ctx);
    const key = fixture.labels.drift ? (a.scores.intentDrift ? "drift found" : "drift missed") : isClean(fixture) ? "clean" : "other";
    const counts = (row[key] ??= [0, 0]);
    counts[1]++;
    if (!original || !interp) continue;
    const texts = [interp.text, ...(withSupport ? (interp.fromIntentEvent ? interp.replies : interp.support) : [])];
    const reason = oppositePolarity(askClauses(parseText(original).clauses), texts.flatMap((t) => parseText(t).clauses), sameObject);
    if (!reason) continue;
    counts[0]++;
    if (list) console.log(`  ${key.padEnd(13)} ${c.name}/${name}: ${reason}`);
  }
  console.log(`${c.name.padEnd(14)}${KEYS.map((k) => `${row[k]?.[0] ?? 0}/${row[k]?.[1] ?? 0}`.padStart(26)).join("")}`);
  for (const k of KEYS) total[k] = [(total[k]?.[0] ?? 0) + (row[k]?.[0] ?? 0), (total[k]?.[1] ?? 0) + (row[k]?.[1] ?? 0)];
}
console.log(`${"TOTAL".padEnd(14)}${KEYS.map((k) => `${total[k][0]}/${total[k][1]}`.padStart(26)).join("")}`);

// Every labelled drift the judge misses on the development corpora (never a held-out one), one JSON
// line each: corpus, conversation, labelled kind and lost part, the judge's path and reason, and the
// events, for reading the misses by mechanism (docs/evaluation.md, miss33). With --all, one line per
// development conversation (drift, clean or other), to compare two checkouts' verdicts line by line.
// Usage: npx tsx scripts/miss33-list.mts [--all] > rows.jsonl
import fs from "node:fs";
import { isClean, loadCorpus } from "../lib/scoring/eval";
import { DEFAULT_SETTINGS } from "../lib/projects/settings";
import { analyzeConversation } from "../lib/scoring/run-scorers";
import { CORPORA, isHeldOut } from "../tests/fixtures/corpora";

const all = process.argv.includes("--all");
for (const c of CORPORA) {
  if (isHeldOut(c) || !fs.existsSync(c.dir)) continue;
  for (const { name, fixture, events } of loadCorpus(c.dir)) {
    const a = await analyzeConversation(events, DEFAULT_SETTINGS);
    const s = a.scores;
    if (!all && !(fixture.labels.drift && s.intentDrift !== true)) continue;
    const expect = fixture.expect as { driftKind?: string; lostPart?: string } | undefined;
    console.log(JSON.stringify({
      corpus: c.name.replace(" (dev)", ""), name, drift: fixture.labels.drift, clean: isClean(fixture), got: s.intentDrift,
      kind: expect?.driftKind ?? null, lostPart: expect?.lostPart ?? null, path: s.intentPath, reason: s.intentReason ?? a.scoreReasons.intentDrift ?? "", events: fixture.events,
    }));
  }
}

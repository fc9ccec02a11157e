// Measures the drift-record (drift-record.ts): every conversation of the corpora given — the held-out
// ones, tests/fixtures/corpora.ts heldOutCorpora() — analysed by the real scorers with DEFAULT_SETTINGS,
// each drift flag counted under the rule that decided it (scores.intentPath) and as right when the
// conversation is labelled drift. Only counts leave this module: no conversation's name or text.
// The file it formats has no date and sorted keys, so it is byte-stable and a test can compare it
// (drift-record-measure.test.ts); `npx tsx scripts/drift-record.mts` is the one command that writes it.
import { DEFAULT_SETTINGS } from "../projects/settings";
import type { DriftRecord } from "./drift-record";
import { loadCorpus } from "./eval";
import { analyzeConversation } from "./run-scorers";

export const DRIFT_RECORD_COMMAND = "npx tsx scripts/drift-record.mts";
export const DRIFT_RECORD_FILE = "lib/scoring/drift-record.json";

export async function measureDriftRecord(corpora: ReadonlyArray<{ name: string; dir: string }>): Promise<DriftRecord> {
  const rules = new Map<string, { flagged: number; right: number }>();
  let conversations = 0;
  let labelledDrift = 0;
  for (const c of corpora) {
    for (const { fixture, events } of loadCorpus(c.dir)) {
      const { scores } = await analyzeConversation(events, DEFAULT_SETTINGS);
      conversations++;
      if (fixture.labels.drift) labelledDrift++;
      if (scores.intentDrift !== true) continue;
      // a drift verdict always names its rule; "(none)" would show a judge that stopped naming one
      const rule = rules.get(scores.intentPath ?? "(none)") ?? { flagged: 0, right: 0 };
      rule.flagged++;
      if (fixture.labels.drift) rule.right++;
      rules.set(scores.intentPath ?? "(none)", rule);
    }
  }
  return {
    source: `${DRIFT_RECORD_COMMAND}: drift flags of the offline judge (default settings) on the held-out corpora, by deciding rule (scores.intentPath); right = labelled drift`,
    corpora: corpora.map((c) => c.name),
    conversations,
    labelledDrift,
    rules: Object.fromEntries([...rules].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}

/** The file's text: two-space JSON, keys in the order above, one newline at the end. */
export const formatDriftRecord = (r: DriftRecord): string => `${JSON.stringify(r, null, 2)}\n`;

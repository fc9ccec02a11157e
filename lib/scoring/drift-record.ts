// Each intent-drift rule's measured record: how many drift flags the offline judge raised by that
// rule (scores.intentPath) on the held-out labelled corpora — text nobody tuned the rules on — and
// how many of them were labelled drift. The figures are lib/scoring/drift-record.json, written by
// `npx tsx scripts/drift-record.mts` (lib/scoring/drift-record-measure.ts) and held equal to what
// the scorers give today by drift-record-measure.test.ts. The confidence a rule states is a number
// set by hand; this is how often its flags were right, so a user can trust or discount one.
// Imported by the read model and the drill-down: the JSON is bundled, never read from disk.
import { z } from "zod";
import STORED from "./drift-record.json" with { type: "json" };
import { OFFLINE_JUDGE } from "./judge-name";
import type { Scores } from "./run-scorers";

export const RuleRecord = z.object({ flagged: z.number().int().nonnegative(), right: z.number().int().nonnegative() }).refine((r) => r.right <= r.flagged, "right ≤ flagged");
export type RuleRecord = z.output<typeof RuleRecord>;

export const DriftRecord = z.object({
  /** how the file was made (the command that regenerates it) */
  source: z.string(),
  /** the held-out corpora measured, and their conversations and labelled drifts in all */
  corpora: z.array(z.string()),
  conversations: z.number().int().nonnegative(),
  labelledDrift: z.number().int().nonnegative(),
  /** per deciding rule (scores.intentPath of a drift verdict), sorted by path */
  rules: z.record(z.string(), RuleRecord),
});
export type DriftRecord = z.output<typeof DriftRecord>;

const RECORD: DriftRecord = DriftRecord.parse(STORED);

/** Fewer held-out flags than this and a rule's share right says little: the drill-down gives the count, not a rate. */
export const MIN_RATED_FLAGS = 10;

/** The held-out record of one rule; null when the rule raised no drift flag there (or no rule is named). */
export function ruleRecord(path: string | null | undefined, record: DriftRecord = RECORD): RuleRecord | null {
  if (!path || !Object.hasOwn(record.rules, path)) return null;
  const { flagged, right } = record.rules[path];
  return { flagged, right };
}

type RuleScores = Pick<Scores, "intentDrift" | "intentJudge" | "intentPath">;

/** The offline judge flagged drift by a named rule: the verdicts a rule's record speaks for (an LLM judge's names none of them). */
export const isRuleDriftFlag = (scores: RuleScores | null): scores is RuleScores & { intentPath: string } =>
  !!scores && scores.intentDrift === true && scores.intentJudge === OFFLINE_JUDGE && !!scores.intentPath;

/** The record shown for a conversation: only for a drift flag of the offline judge (an LLM judge's or a preserved verdict has none). */
export function driftRuleRecord(scores: RuleScores | null): RuleRecord | null {
  return isRuleDriftFlag(scores) ? ruleRecord(scores.intentPath) : null;
}

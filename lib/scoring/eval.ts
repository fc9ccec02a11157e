// Accuracy of the scorers on the labelled corpus (tests/fixtures/conversations): precision and
// recall per flag, a confusion table, and intent-drift agreement. Used by `npm run eval` and by
// corpus.test.ts, which holds the targets.
import fs from "node:fs";
import path from "node:path";
import type { EventRecord } from "../ingest/schemas";
import { IngestEvent } from "../ingest/schemas";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { analyzeConversation } from "./run-scorers";

export const EVAL_FLAGS = ["dropout", "reask", "stale", "role_confusion", "deep", "ping_pong"] as const;

export interface FlagResult {
  flag: string;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  misses: string[];
}

export interface EvalResult {
  conversations: number;
  flags: FlagResult[];
  drift: { agree: number; total: number; agreement: number; misses: string[] };
}

/** Fixtures are written in the wire format; store-and-read-back normalises them like ingest does. */
function toRecords(raw: unknown[]): EventRecord[] {
  return raw.map((r) => {
    const e = IngestEvent.parse(r);
    const out: Record<string, unknown> = { ...e, timestamp: e.timestamp.toISOString() };
    if (e.type === "handoff" && !e.agent) out.agent = e.from;
    if (e.type === "tool_call" && e.resultAt) out.resultAt = e.resultAt.toISOString();
    return out as unknown as EventRecord;
  });
}

export async function evaluateCorpus(dir: string): Promise<EvalResult> {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  const rows: Array<{ file: string; labels: Record<string, boolean>; flags: string[]; drift: boolean | null }> = [];
  for (const f of files) {
    const fx = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
    const a = await analyzeConversation(toRecords(fx.events), DEFAULT_SETTINGS);
    rows.push({ file: f.replace(/\.json$/, ""), labels: fx.labels, flags: a.conversation.flags, drift: a.scores.intentDrift });
  }
  const flags = EVAL_FLAGS.map((flag) => {
    const r: FlagResult = { flag, tp: 0, fp: 0, fn: 0, tn: 0, precision: 1, recall: 1, misses: [] };
    for (const row of rows) {
      const truth = !!row.labels[flag];
      const got = row.flags.includes(flag);
      if (truth && got) r.tp++;
      else if (!truth && got) (r.fp++, r.misses.push(`FP ${row.file}`));
      else if (truth && !got) (r.fn++, r.misses.push(`FN ${row.file}`));
      else r.tn++;
    }
    r.precision = r.tp + r.fp ? r.tp / (r.tp + r.fp) : 1;
    r.recall = r.tp + r.fn ? r.tp / (r.tp + r.fn) : 1;
    return r;
  });
  const judged = rows.filter((r) => r.drift !== null);
  const agree = judged.filter((r) => r.drift === !!r.labels.drift);
  return {
    conversations: rows.length,
    flags,
    drift: {
      agree: agree.length,
      total: judged.length,
      agreement: judged.length ? agree.length / judged.length : 1,
      misses: judged.filter((r) => r.drift !== !!r.labels.drift).map((r) => r.file),
    },
  };
}

export const CORPUS_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../tests/fixtures/conversations");

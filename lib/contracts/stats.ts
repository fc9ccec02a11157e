// Per-edge contract statistics kept incrementally by the worker (issue 16 §1: "recomputed
// incrementally, no full scan per page"). Each executed handoff's shape becomes a few entries of
// the conversation's metric_rollups contribution (dim "contract"), so they follow the same exact
// arithmetic as every other rollup: a rescore subtracts the old entries and adds the new ones, an
// erasure subtracts them, and a page sums one edge's hourly rows over the window instead of
// reading its handoffs. dim_value is a JSON array [from, to, release, ...], so one edge's rows
// share a prefix (`starts_with`) and no agent name can collide with a separator.
//
//   contract_seen   [from, to, release]              sum = summary length, count = handoffs
//   contract_at     [from, to, release]              sum = seconds since 2026-01-01 (mean time orders releases)
//   contract_field  [from, to, release, field, type] sum = handoffs whose receiver used it, count = carried
//   contract_prose  [from, to, release, fact]        count = handoffs stating the fact only in the summary
//
// Conversations scored before these entries existed contribute nothing until `npm run rescore`.
// Pure (imported by lib/scoring/rollups.ts); ./edge-stats.ts reads the rows back.
import type { HandoffShape } from "./observe";

export const CONTRACT_DIM = "contract";
export const SEEN = "contract_seen";
export const AT = "contract_at";
export const FIELD = "contract_field";
export const PROSE = "contract_prose";
/** contract_at's origin, so a sum of seconds keeps sub-second precision in a float8 */
export const ORIGIN_MS = Date.UTC(2026, 0, 1);

export interface ContractEntry {
  metric: string;
  dimValue: string;
  sum: number;
  count: number;
}

/** One executed handoff's entries (the bucket, its hour, is added by rollupContributions). */
export function contractEntries(from: string, to: string, at: string, shape: HandoffShape): ContractEntry[] {
  // the same text as JSON.stringify([from, to, release, ...rest]), with the shared prefix encoded once
  const edge = JSON.stringify([from, to, shape.release ?? ""]);
  const head = edge.slice(0, -1);
  const key = (...rest: string[]) => (rest.length ? `${head},${rest.map((r) => JSON.stringify(r)).join(",")}]` : edge);
  const out: ContractEntry[] = [
    { metric: SEEN, dimValue: key(), sum: shape.summaryLength, count: 1 },
    { metric: AT, dimValue: key(), sum: (Date.parse(at) - ORIGIN_MS) / 1000, count: 1 },
  ];
  for (const [name, f] of Object.entries(shape.fields)) out.push({ metric: FIELD, dimValue: key(name, f.type), sum: f.used ? 1 : 0, count: 1 });
  for (const p of shape.prose) if (!Object.hasOwn(shape.fields, p)) out.push({ metric: PROSE, dimValue: key(p), sum: 0, count: 1 });
  return out;
}


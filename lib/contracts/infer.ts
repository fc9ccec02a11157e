// Contract inference for one edge from the shapes of its recent handoffs (pure): per field its
// presence rate, JSON types, an example and how often the receiver used it; a field carried in at
// least `presence` (project setting, default 90 %) of handoffs and used downstream is *expected*
// and becomes `required` in the pinnable schema. Facts carried only in the summary's prose are
// listed apart (source "prose"). Also release drift: consecutive releases (metadata.release, in
// order of first appearance) compared field by field and by mean summary length.
import type { HandoffShape } from "./observe";
import type { ContractSchema, JsonType } from "./schema";

export interface FieldStat {
  name: string;
  source: "structured" | "prose";
  /** handoffs carrying it / handoffs observed */
  presence: number;
  present: number;
  types: Partial<Record<JsonType, number>>;
  /** share of the handoffs carrying it whose receiver used the value */
  usedRate: number;
  example: unknown;
  expected: boolean;
}

export interface InferredContract {
  handoffs: number;
  fields: FieldStat[];
  schema: ContractSchema;
}

/** What a set of handoffs carried, as counts: what the worker keeps incrementally (./stats.ts) and what shapes reduce to. */
export interface ShapeCounts {
  release: string | null;
  handoffs: number;
  summaryChars: number;
  /** ordering of releases: the first hour seen (ms), then the mean handoff time */
  firstSeen: number;
  meanAt: number;
  fields: Map<string, { present: number; used: number; types: Partial<Record<JsonType, number>>; example?: unknown }>;
  /** facts stated only in the summary, by slot name */
  prose: Map<string, number>;
}

/** Adds shapes (or other counts) into `into`. */
function addShape(into: ShapeCounts, s: HandoffShape) {
  into.handoffs++;
  into.summaryChars += s.summaryLength;
  for (const [name, f] of Object.entries(s.fields)) {
    const c = into.fields.get(name) ?? { present: 0, used: 0, types: {}, example: f.example };
    c.present++;
    if (f.used) c.used++;
    c.types[f.type] = (c.types[f.type] ?? 0) + 1;
    into.fields.set(name, c);
  }
  for (const p of s.prose) if (!Object.hasOwn(s.fields, p)) into.prose.set(p, (into.prose.get(p) ?? 0) + 1);
}

export function mergeCounts(list: ShapeCounts[]): ShapeCounts {
  const out = blankCounts(null, list[0]?.firstSeen ?? 0);
  for (const c of list) {
    out.handoffs += c.handoffs;
    out.summaryChars += c.summaryChars;
    for (const [name, f] of c.fields) {
      const o = out.fields.get(name) ?? { present: 0, used: 0, types: {}, example: f.example };
      o.present += f.present;
      o.used += f.used;
      for (const [t, n] of Object.entries(f.types) as Array<[JsonType, number]>) o.types[t] = (o.types[t] ?? 0) + n;
      out.fields.set(name, o);
    }
    for (const [p, n] of c.prose) out.prose.set(p, (out.prose.get(p) ?? 0) + n);
  }
  return out;
}

export const blankCounts = (release: string | null, firstSeen: number): ShapeCounts => ({
  release, handoffs: 0, summaryChars: 0, firstSeen, meanAt: firstSeen, fields: new Map(), prose: new Map(),
});

/** Shapes grouped by release, in order of first appearance. */
export function countByRelease(shapes: HandoffShape[]): ShapeCounts[] {
  const by = new Map<string | null, ShapeCounts>();
  shapes.forEach((s, i) => {
    let c = by.get(s.release);
    if (!c) by.set(s.release, (c = blankCounts(s.release, i)));
    addShape(c, s);
  });
  return [...by.values()];
}

export function inferContract(input: HandoffShape[] | ShapeCounts, opts: { presence?: number } = {}): InferredContract {
  const threshold = opts.presence ?? 0.9;
  const counts = Array.isArray(input) ? mergeCounts(countByRelease(input)) : input;
  const n = counts.handoffs;
  const fields: FieldStat[] = [...counts.fields.entries()].map(([name, f]) => {
    const usedRate = f.present ? f.used / f.present : 0;
    const presence = n ? f.present / n : 0;
    return { name, source: "structured" as const, presence, present: f.present, types: f.types, usedRate, example: f.example ?? null, expected: presence >= threshold && usedRate > 0 };
  });
  for (const [name, count] of counts.prose) {
    if (counts.fields.has(name)) continue;
    fields.push({ name, source: "prose", presence: n ? count / n : 0, present: count, types: { string: count }, usedRate: 0, example: "[prose]", expected: false });
  }
  fields.sort((a, b) => b.presence - a.presence || a.name.localeCompare(b.name));
  return { handoffs: n, fields, schema: schemaFrom(fields) };
}

/** The schema a user pins from an inference: every structured field typed as seen, expected ones required. */
function schemaFrom(fields: FieldStat[]): ContractSchema {
  const properties: ContractSchema["properties"] = {};
  for (const f of fields) {
    if (f.source !== "structured") continue;
    const types = (Object.keys(f.types) as JsonType[]).sort();
    // an integer-only field may carry a fraction tomorrow: "number" is the contract type
    const normal = [...new Set(types.map((t) => (t === "integer" ? "number" : t)))];
    properties[f.name] = { type: normal.length === 1 ? normal[0] : normal };
  }
  return {
    type: "object",
    properties,
    required: fields.filter((f) => f.expected).map((f) => f.name),
    additionalProperties: true,
  };
}

export interface ReleaseChange {
  release: string;
  previous: string;
  kind: "field_removed" | "field_added" | "type_changed" | "summary_length";
  field: string | null;
  before: number;
  after: number;
  detail: string;
}

/**
 * Shape changes between consecutive releases: `records` in time order, or per-release counts
 * already in order of first appearance. The summary comparison uses the mean length (what the
 * incremental statistics can keep exactly).
 */
export function releaseDrift(records: Array<{ shape: HandoffShape }> | ShapeCounts[], opts: { presence?: number; minSamples?: number } = {}): ReleaseChange[] {
  const threshold = opts.presence ?? 0.9;
  const minSamples = opts.minSamples ?? 5;
  const counts = isCounts(records) ? records : countByRelease(records.map((r) => r.shape));
  const releases = counts.filter((c) => c.release !== null && c.handoffs >= minSamples);
  const out: ReleaseChange[] = [];
  for (let i = 1; i < releases.length; i++) {
    const prev = releases[i - 1];
    const cur = releases[i];
    const before = inferContract(prev, { presence: threshold });
    const after = inferContract(cur, { presence: threshold });
    const afterBy = new Map(after.fields.filter((f) => f.source === "structured").map((f) => [f.name, f]));
    const beforeBy = new Map(before.fields.filter((f) => f.source === "structured").map((f) => [f.name, f]));
    const base = { release: cur.release!, previous: prev.release! };
    for (const b of beforeBy.values()) {
      const a = afterBy.get(b.name);
      const ap = a?.presence ?? 0;
      if (b.presence >= threshold && ap < threshold / 2)
        out.push({ ...base, kind: "field_removed", field: b.name, before: b.presence, after: ap, detail: `${b.name} no longer sent` });
      else if (a && dominant(a.types) !== dominant(b.types))
        out.push({ ...base, kind: "type_changed", field: b.name, before: b.presence, after: ap, detail: `${b.name}: ${dominant(b.types)} → ${dominant(a.types)}` });
    }
    for (const a of afterBy.values()) {
      const bp = beforeBy.get(a.name)?.presence ?? 0;
      if (a.presence >= threshold && bp < threshold / 2)
        out.push({ ...base, kind: "field_added", field: a.name, before: bp, after: a.presence, detail: `${a.name} newly sent` });
    }
    const mb = Math.round(prev.summaryChars / prev.handoffs);
    const ma = Math.round(cur.summaryChars / cur.handoffs);
    if ((mb > 0 || ma > 0) && (ma > 2 * mb || ma < mb / 2))
      out.push({ ...base, kind: "summary_length", field: null, before: mb, after: ma, detail: `mean summary ${mb} → ${ma} chars` });
  }
  return out;
}

/** The latest release seen (of the last in order of appearance). */
export function latestRelease(counts: ShapeCounts[]): string | null {
  let best: ShapeCounts | null = null;
  for (const c of counts) if (c.release !== null && (!best || c.meanAt >= best.meanAt)) best = c;
  return best?.release ?? null;
}

const isCounts = (x: Array<{ shape: HandoffShape }> | ShapeCounts[]): x is ShapeCounts[] => x.length > 0 && "handoffs" in x[0];

function dominant(types: Partial<Record<JsonType, number>>): string {
  const norm = new Map<string, number>();
  for (const [t, c] of Object.entries(types)) norm.set(t === "integer" ? "number" : t, (norm.get(t === "integer" ? "number" : t) ?? 0) + (c ?? 0));
  return [...norm.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "none";
}

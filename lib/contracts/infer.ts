// Contract inference for one edge from the shapes of its recent handoffs (pure): per field its
// presence rate, JSON types, an example and how often the receiver used it; a field carried in at
// least `presence` (project setting, default 90 %) of handoffs and used downstream is *expected*
// and becomes `required` in the pinnable schema. Facts carried only in the summary's prose are
// listed apart (source "prose"). Also release drift: consecutive releases (metadata.release, in
// order of first appearance) compared field by field and by median summary length.
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

export function inferContract(shapes: HandoffShape[], opts: { presence?: number } = {}): InferredContract {
  const threshold = opts.presence ?? 0.9;
  const n = shapes.length;
  const stats = new Map<string, FieldStat>();
  const prose = new Map<string, number>();
  for (const s of shapes) {
    for (const [name, f] of Object.entries(s.fields)) {
      const st = stats.get(name) ?? { name, source: "structured" as const, presence: 0, present: 0, types: {}, usedRate: 0, example: f.example, expected: false };
      st.present++;
      st.types[f.type] = (st.types[f.type] ?? 0) + 1;
      if (f.used) st.usedRate++; // a count until the end
      stats.set(name, st);
    }
    for (const p of s.prose) if (!(p in s.fields)) prose.set(p, (prose.get(p) ?? 0) + 1);
  }
  const fields: FieldStat[] = [...stats.values()].map((st) => {
    const usedRate = st.present ? st.usedRate / st.present : 0;
    const presence = n ? st.present / n : 0;
    return { ...st, presence, usedRate, expected: presence >= threshold && usedRate > 0 };
  });
  for (const [name, count] of prose) {
    if (stats.has(name)) continue;
    fields.push({ name, source: "prose", presence: count / n, present: count, types: { string: count }, usedRate: 0, example: "[prose]", expected: false });
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

/** Shape changes between consecutive releases; `records` in time order. */
export function releaseDrift(records: Array<{ shape: HandoffShape }>, opts: { presence?: number; minSamples?: number } = {}): ReleaseChange[] {
  const threshold = opts.presence ?? 0.9;
  const minSamples = opts.minSamples ?? 5;
  const byRelease = new Map<string, HandoffShape[]>();
  for (const r of records) {
    if (r.shape.release === null) continue;
    const list = byRelease.get(r.shape.release) ?? [];
    list.push(r.shape);
    byRelease.set(r.shape.release, list);
  }
  const releases = [...byRelease.entries()].filter(([, l]) => l.length >= minSamples);
  const out: ReleaseChange[] = [];
  for (let i = 1; i < releases.length; i++) {
    const [prevName, prevShapes] = releases[i - 1];
    const [name, shapes] = releases[i];
    const before = inferContract(prevShapes, { presence: threshold });
    const after = inferContract(shapes, { presence: threshold });
    const afterBy = new Map(after.fields.filter((f) => f.source === "structured").map((f) => [f.name, f]));
    const beforeBy = new Map(before.fields.filter((f) => f.source === "structured").map((f) => [f.name, f]));
    const base = { release: name, previous: prevName };
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
    const mb = median(prevShapes.map((s) => s.summaryLength));
    const ma = median(shapes.map((s) => s.summaryLength));
    if ((mb > 0 || ma > 0) && (ma > 2 * mb || ma < mb / 2))
      out.push({ ...base, kind: "summary_length", field: null, before: mb, after: ma, detail: `median summary ${mb} → ${ma} chars` });
  }
  return out;
}

/** The release of the most recent handoff that carried one. */
export function latestRelease(records: Array<{ shape: HandoffShape }>): string | null {
  for (let i = records.length - 1; i >= 0; i--) if (records[i].shape.release !== null) return records[i].shape.release;
  return null;
}

function dominant(types: Partial<Record<JsonType, number>>): string {
  const norm = new Map<string, number>();
  for (const [t, c] of Object.entries(types)) norm.set(t === "integer" ? "number" : t, (norm.get(t === "integer" ? "number" : t) ?? 0) + (c ?? 0));
  return [...norm.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "none";
}

function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

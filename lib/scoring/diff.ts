// Field-by-field state diff across a handoff (SPEC §3.1, the drill-down's diff card): nested keys
// as dotted paths; top-level keys matched by canonical field name so `orderId` before and
// `order_id` after count as the same field. A field whose value becomes null or "" counts as removed.
import { canonicalField, DEFAULT_VOCABULARY, type Vocabulary } from "./slots";

export interface StateDiff {
  removed: Array<{ path: string; value: unknown }>;
  added: Array<{ path: string; value: unknown }>;
  changed: Array<{ path: string; from: unknown; to: unknown }>;
  unchanged: Array<{ path: string; value: unknown }>;
}

const MAX_DEPTH = 6;
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

export function diffState(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  tracked: string[] = [],
  vocab: Vocabulary = DEFAULT_VOCABULARY,
): StateDiff {
  const out: StateDiff = { removed: [], added: [], changed: [], unchanged: [] };
  const afterByField = new Map<string, string>();
  for (const k of Object.keys(after)) afterByField.set(canonicalField(k, tracked, vocab), k);
  const matched = new Set<string>();
  for (const [k, v] of Object.entries(before)) {
    // (own keys only: a payload key "constructor" or "toString" must not find Object.prototype's member)
    const ak = Object.hasOwn(after, k) && after[k] !== undefined ? k : afterByField.get(canonicalField(k, tracked, vocab));
    if (ak === undefined) out.removed.push({ path: k, value: v });
    else {
      matched.add(ak);
      walk(k, v, after[ak], out, 1);
    }
  }
  for (const [k, v] of Object.entries(after)) if (!matched.has(k)) out.added.push({ path: k, value: v });
  return out;
}

function walk(path: string, a: unknown, b: unknown, out: StateDiff, depth: number) {
  if (isObject(a) && isObject(b) && depth < MAX_DEPTH) {
    for (const [k, v] of Object.entries(a)) {
      if (Object.hasOwn(b, k)) walk(`${path}.${k}`, v, b[k], out, depth + 1);
      else out.removed.push({ path: `${path}.${k}`, value: v });
    }
    for (const [k, v] of Object.entries(b)) if (!Object.hasOwn(a, k)) out.added.push({ path: `${path}.${k}`, value: v });
    return;
  }
  if (equal(a, b)) out.unchanged.push({ path, value: a });
  // a value handed over as null or "" is lost, not changed (a typed handoff input left empty)
  else if ((b === null || b === "") && a !== null && a !== "") out.removed.push({ path, value: a });
  else out.changed.push({ path, from: a, to: b });
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // "8812" and 8812 are the same id to a person reading the diff
  if ((typeof a === "number" || typeof a === "string") && (typeof b === "number" || typeof b === "string")) return String(a) === String(b);
  return JSON.stringify(a) === JSON.stringify(b);
}

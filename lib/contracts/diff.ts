// Field-level difference between two versions of a contract (pure), stored with every version so
// the history shows what changed without re-diffing.
import { allowedTypes, type ContractSchema } from "./schema";

export interface ContractChange {
  field: string | null;
  change: "added" | "removed" | "type" | "required" | "optional" | "additionalProperties";
  before: unknown;
  after: unknown;
}

export function diffContracts(before: ContractSchema | null, after: ContractSchema | null): ContractChange[] {
  const out: ContractChange[] = [];
  const b = before?.properties ?? {};
  const a = after?.properties ?? {};
  const typeOf = (s: ContractSchema["properties"][string] | undefined) => (s ? (allowedTypes(s)?.join(" | ") ?? "any") : null);
  for (const f of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (!Object.hasOwn(b, f)) out.push({ field: f, change: "added", before: null, after: typeOf(a[f]) });
    else if (!Object.hasOwn(a, f)) out.push({ field: f, change: "removed", before: typeOf(b[f]), after: null });
    else if (typeOf(b[f]) !== typeOf(a[f])) out.push({ field: f, change: "type", before: typeOf(b[f]), after: typeOf(a[f]) });
  }
  const rb = new Set(before?.required ?? []);
  const ra = new Set(after?.required ?? []);
  for (const f of ra) if (!rb.has(f)) out.push({ field: f, change: "required", before: false, after: true });
  for (const f of rb) if (!ra.has(f)) out.push({ field: f, change: "optional", before: true, after: false });
  if ((before?.additionalProperties ?? true) !== (after?.additionalProperties ?? true))
    out.push({ field: null, change: "additionalProperties", before: before?.additionalProperties ?? true, after: after?.additionalProperties ?? true });
  return out;
}

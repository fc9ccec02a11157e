// The contract checker: one handoff's observed shape against its edge's contract. Pure, shared by
// the worker (every handoff on an edge with a contract, as it is scored), POST
// /api/v1/contracts/check and the offline CLI. Rules:
//  - missing:        a required field is not carried;
//  - only_in_prose:  a required field is not carried but its value is stated in the summary text
//                    (the structured contract was replaced by prose — the receiver must re-parse);
//  - wrong_type:     a field's JSON type is not one the contract allows ("number" accepts integers);
//  - unexpected:     a field the contract does not list, when additionalProperties is false.
import { normaliseKey, slotForKey } from "../scoring/slots";
import type { HandoffShape } from "./observe";
import { allowedTypes, typeMatches, type ContractSchema } from "./schema";

export type BreakRule = "missing" | "only_in_prose" | "wrong_type" | "unexpected";

export interface ContractBreak {
  rule: BreakRule;
  field: string;
  expected: string;
  got: string;
}

export function checkShape(contract: ContractSchema, shape: HandoffShape): ContractBreak[] {
  const out: ContractBreak[] = [];
  for (const field of contract.required) {
    if (Object.hasOwn(shape.fields, field)) continue;
    const prose = shape.prose.some((p) => sameField(p, field));
    out.push(
      prose
        ? { rule: "only_in_prose", field, expected: "a structured field", got: "only stated in the summary" }
        : { rule: "missing", field, expected: "present", got: "absent" },
    );
  }
  for (const [field, seen] of Object.entries(shape.fields)) {
    // (own fields only: a field named "constructor" or "toString" is no member of Object.prototype here)
    const spec = Object.hasOwn(contract.properties, field) ? contract.properties[field] : undefined;
    if (!spec) {
      if (!contract.additionalProperties) out.push({ rule: "unexpected", field, expected: "not sent (additionalProperties: false)", got: seen.type });
      continue;
    }
    const allowed = allowedTypes(spec);
    if (allowed && !typeMatches(seen.type, allowed)) out.push({ rule: "wrong_type", field, expected: allowed.join(" | "), got: seen.type });
  }
  return out;
}

/** A fact's slot name and a contract field name mean the same thing ("order_id" ~ "orderNumber"). */
function sameField(fact: string, field: string): boolean {
  return normaliseKey(fact) === normaliseKey(field) || slotForKey(field)?.name === fact;
}

/** "missing order_id (expected present, got absent)" — the one-line form the CLI and cards show. */
export const describeBreak = (b: ContractBreak) => `${b.rule.replace(/_/g, " ")} ${b.field} (expected ${b.expected}, got ${b.got})`;

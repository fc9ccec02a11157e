// The handoff contract format (issue 16): what one edge (from → to) promises to carry, as a JSON
// Schema subset — `type: "object"`, `properties` (each with `type`, a JSON type or a list of them;
// `{}` = any type, an allowed extra field), `required`, `additionalProperties` (false = a field not
// listed is a break). One file per project holds every edge's contract so it can live in a repo.
// Validated with zod; every problem names its path (400 from the API, one line from the CLI).
import { z } from "zod";

export const JSON_TYPES = ["string", "number", "integer", "boolean", "object", "array", "null"] as const;
export type JsonType = (typeof JSON_TYPES)[number];
export const MAX_FIELDS = 500;

const FieldName = z.string().min(1).max(256);
const isType = (t: unknown): t is JsonType => (JSON_TYPES as readonly unknown[]).includes(t);
/** A JSON type or a non-empty list of them; an unknown name is reported at its own path. */
const TypeSpec = z
  .union([z.string(), z.array(z.string()).min(1).max(JSON_TYPES.length)], { error: "must be a type name or a list of type names" })
  .superRefine((v, ctx) => {
    (Array.isArray(v) ? v : [v]).forEach((t, i) => {
      if (!isType(t)) ctx.addIssue({ code: "custom", path: Array.isArray(v) ? [i] : [], message: `unknown type "${t}" (one of ${JSON_TYPES.join(", ")})` });
    });
  })
  .transform((v) => v as JsonType | JsonType[]);

export const FieldSchema = z
  .object({
    type: TypeSpec.optional(),
    description: z.string().max(2000).optional(),
  })
  .strict();
export type FieldSchema = z.output<typeof FieldSchema>;

export const ContractSchema = z
  .object({
    type: z.literal("object").default("object"),
    properties: z
      .record(FieldName, FieldSchema)
      .default({})
      .refine((p) => Object.keys(p).length <= MAX_FIELDS, `more than ${MAX_FIELDS} fields`),
    required: z.array(FieldName).max(MAX_FIELDS).default([]),
    additionalProperties: z.boolean().default(true),
  })
  .strict()
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    c.required.forEach((f, i) => {
      if (seen.has(f)) ctx.addIssue({ code: "custom", path: ["required", i], message: `duplicate field "${f}"` });
      seen.add(f);
    });
  });
export type ContractSchema = z.output<typeof ContractSchema>;

const AgentName = z.string().min(1).max(256);

/** One edge's contract inside a project file. */
export const EdgeContract = z.object({ from: AgentName, to: AgentName, schema: ContractSchema }).strict();
export type EdgeContract = z.output<typeof EdgeContract>;

/** The export/import file: every pinned contract of a project. */
export const ContractsFile = z
  .object({
    version: z.literal(1).default(1),
    contracts: z.array(EdgeContract).max(10_000),
  })
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.contracts.forEach((c, i) => {
      const k = `${c.from}→${c.to}`;
      if (seen.has(k)) ctx.addIssue({ code: "custom", path: ["contracts", i], message: `duplicate contract for edge ${k}` });
      seen.add(k);
    });
  });
export type ContractsFile = z.output<typeof ContractsFile>;

/** The allowed JSON types of a field; null = any type. */
export function allowedTypes(f: FieldSchema): JsonType[] | null {
  if (f.type === undefined) return null;
  return Array.isArray(f.type) ? f.type : [f.type];
}

/** The JSON type of a value ("integer" is reported for whole numbers; a contract's "number" accepts it). */
export function jsonTypeOf(v: unknown): JsonType {
  if (v === null || v === undefined) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  if (typeof v === "string" || typeof v === "boolean" || typeof v === "object") return typeof v as JsonType;
  return "string";
}

export const typeMatches = (got: JsonType, allowed: JsonType[]) =>
  allowed.includes(got) || (got === "integer" && allowed.includes("number"));

/**
 * Keys that appear twice in the same JSON object of a raw text (JSON.parse silently keeps the
 * last). Returns the dotted path of each repeat, so a hand-written contract with a field listed
 * twice is rejected rather than half-applied.
 */
export function duplicateKeyPaths(text: string): string[] {
  const out: string[] = [];
  type Frame = { kind: "obj" | "arr"; keys: Set<string>; path: string[]; key: string | null; index: number };
  const stack: Frame[] = [];
  let i = 0;
  let expectKey = false;
  const here = () => stack[stack.length - 1];
  const childPath = (f: Frame) => [...f.path, f.kind === "obj" ? (f.key ?? "") : String(f.index)];
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      const f = here();
      if (f?.kind === "obj" && expectKey) {
        let key: string;
        try {
          key = JSON.parse(text.slice(i, j + 1));
        } catch {
          key = text.slice(i + 1, j);
        }
        if (f.keys.has(key)) out.push([...f.path, key].join("."));
        f.keys.add(key);
        f.key = key;
        expectKey = false;
      }
      i = j + 1;
      continue;
    }
    if (ch === "{" || ch === "[") {
      const parent = here();
      stack.push({ kind: ch === "{" ? "obj" : "arr", keys: new Set(), path: parent ? childPath(parent) : [], key: null, index: 0 });
      expectKey = ch === "{";
    } else if (ch === "}" || ch === "]") stack.pop();
    else if (ch === ",") {
      const f = here();
      if (f?.kind === "obj") expectKey = true;
      else if (f) f.index++;
    }
    i++;
  }
  return out;
}

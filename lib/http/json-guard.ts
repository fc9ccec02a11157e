// The one check every parsed JSON body (and every protobuf-decoded OTLP request) goes through
// before anything else reads it: an iterative walk, so no body can exhaust the stack, that bounds
// nesting and rejects strings and keys PostgreSQL cannot store — NUL (\u0000: text and jsonb refuse
// it) and lone UTF-16 surrogates ("\ud800": jsonb refuses the escape, text turns it into U+FFFD).
// It reports the first bad path, so the error names the field (SPEC §8).
import { ValidationError } from "../errors";

/**
 * Deepest nesting a request body may have. Native events allow 32 levels inside one event
 * (schemas.ts); OTLP spends 3 levels per nested attribute value (kvlistValue.values[i].value) and
 * 8 to reach a span's attributes, so 128 leaves room for ~40 levels of real nesting there.
 */
export const MAX_BODY_DEPTH = 128;

export interface JsonProblem {
  path: Array<string | number>;
  message: string;
}

export const NUL_MESSAGE = "contains a NUL character (\\u0000), which cannot be stored";
export const SURROGATE_MESSAGE = "contains a lone UTF-16 surrogate (e.g. \\ud800), which is not valid Unicode";

/** Why a string cannot be stored, or null. */
export function stringProblem(s: string): string | null {
  if (s.includes("\0")) return NUL_MESSAGE;
  if (!s.isWellFormed()) return SURROGATE_MESSAGE;
  return null;
}

export interface GuardOptions {
  maxDepth?: number;
  /** false: check nesting only (the caller checks strings item by item, to keep the good items) */
  strings?: boolean;
}

/**
 * The first problem in `value` (depth past `maxDepth`, a bad string or key), or null. Every ingest
 * request walks each event through here, and almost all are clean: a first walk keeps no paths
 * (two flat stacks, scalars checked in place — ~40 % of the guard's time on a 500-event batch went
 * to one stack entry per node), and only a value that has a problem is walked again to name it.
 */
export function findJsonProblem(value: unknown, { maxDepth = MAX_BODY_DEPTH, strings = true }: GuardOptions = {}): JsonProblem | null {
  return isCleanJson(value, maxDepth, strings) ? null : locateJsonProblem(value, maxDepth, strings);
}

/** Whether `value` has no problem findJsonProblem reports; the same rules, without paths. */
function isCleanJson(value: unknown, maxDepth: number, strings: boolean): boolean {
  if (typeof value === "string") return !strings || stringProblem(value) === null;
  if (value === null || typeof value !== "object") return true;
  const values: object[] = [value];
  const depths: number[] = [0];
  while (values.length) {
    const v = values.pop()!;
    const depth = depths.pop()!;
    if (depth >= maxDepth) return false;
    const isArray = Array.isArray(v);
    const keys = isArray ? null : Object.keys(v);
    const n = isArray ? (v as unknown[]).length : keys!.length;
    for (let i = 0; i < n; i++) {
      let child: unknown;
      if (isArray) child = (v as unknown[])[i];
      else {
        const k = keys![i];
        if (strings && stringProblem(k) !== null) return false;
        child = (v as Record<string, unknown>)[k];
      }
      if (typeof child === "string") {
        if (strings && stringProblem(child) !== null) return false;
      } else if (child !== null && typeof child === "object") {
        values.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return true;
}

/** The first problem in `value` with its path (the walk findJsonProblem does once it knows there is one). */
function locateJsonProblem(value: unknown, maxDepth: number, strings: boolean): JsonProblem | null {
  type Entry = { v: unknown; depth: number; parent: Entry | null; key: string | number };
  const pathOf = (e: Entry | null): Array<string | number> => {
    const out: Array<string | number> = [];
    for (let x = e; x && x.parent; x = x.parent) out.unshift(x.key);
    return out;
  };
  const stack: Entry[] = [{ v: value, depth: 0, parent: null, key: "" }];
  while (stack.length) {
    const e = stack.pop()!;
    const v = e.v;
    if (typeof v === "string") {
      if (!strings) continue;
      const why = stringProblem(v);
      if (why) return { path: pathOf(e), message: why };
      continue;
    }
    if (v === null || typeof v !== "object") continue;
    if (e.depth >= maxDepth) return { path: pathOf(e), message: `nested deeper than ${maxDepth} levels` };
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], depth: e.depth + 1, parent: e, key: i });
    } else {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i];
        const why = strings ? stringProblem(k) : null;
        if (why) return { path: [...pathOf(e), k], message: `key ${why}` };
        stack.push({ v: (v as Record<string, unknown>)[k], depth: e.depth + 1, parent: e, key: k });
      }
    }
  }
  return null;
}

/** Throws a 400 naming the first bad path of `value` (prefixed with `where`). */
export function assertCleanJson(value: unknown, where: Array<string | number> = ["body"], opts: GuardOptions = {}): void {
  const p = findJsonProblem(value, opts);
  if (!p) return;
  const path = [...where, ...p.path].join(".");
  throw new ValidationError(`invalid ${where[0] ?? "body"}: ${path}: ${p.message}`, [{ path, message: p.message }]);
}

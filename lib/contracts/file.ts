// Parsing a contract or a project's contracts file from raw text or a parsed body, with every
// problem as { path, message } — the API's 400 issues and the CLI's lines come from here. Raw text
// is also scanned for keys repeated in one object (JSON.parse would keep only the last).
import { ValidationError, zodIssues, type Issue } from "../errors";
import { ContractSchema, ContractsFile, duplicateKeyPaths } from "./schema";

type Parsed<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export const parseContractsText = (text: string) => parseText(text, parseContractsFile);
export const parseContractText = (text: string) => parseText(text, parseContract);

function parseText<T>(text: string, parse: (v: unknown) => Parsed<T>): Parsed<T> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, issues: [{ path: "", message: `not valid JSON (${(e as Error).message})` }] };
  }
  const dups = duplicateKeyPaths(text);
  if (dups.length) return { ok: false, issues: dups.map((path) => ({ path, message: "duplicate field" })) };
  return parse(value);
}

/** The parsed value, or a ValidationError (400) naming each failing path under `where`. */
export function orThrow<T>(r: Parsed<T>, where: string): T {
  if (r.ok) return r.value;
  const issues = r.issues.map((i) => ({ path: [where, i.path].filter(Boolean).join("."), message: i.message }));
  throw new ValidationError(`invalid ${where}: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`, issues);
}

export function parseContractsFile(value: unknown): Parsed<ContractsFile> {
  const r = ContractsFile.safeParse(value);
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: zodIssues(r.error.issues) };
}

export function parseContract(value: unknown): Parsed<ContractSchema> {
  const r = ContractSchema.safeParse(value);
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: zodIssues(r.error.issues) };
}

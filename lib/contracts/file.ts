// Parsing a contract or a project's contracts file from raw text or a parsed body, with every
// problem as { path, message } — the API's 400 issues and the CLI's lines come from here. Raw text
// is also scanned for keys repeated in one object (JSON.parse would keep only the last).
import type { Issue } from "../errors";
import { zodIssues } from "../errors";
import { ContractSchema, ContractsFile, duplicateKeyPaths } from "./schema";

type Parsed<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export function parseContractsText(text: string): Parsed<ContractsFile> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, issues: [{ path: "", message: `not valid JSON (${(e as Error).message})` }] };
  }
  const dups = duplicateKeyPaths(text);
  if (dups.length) return { ok: false, issues: dups.map((path) => ({ path, message: "duplicate field" })) };
  return parseContractsFile(value);
}

export function parseContractsFile(value: unknown): Parsed<ContractsFile> {
  const r = ContractsFile.safeParse(value);
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: zodIssues(r.error.issues) };
}

export function parseContract(value: unknown): Parsed<ContractSchema> {
  const r = ContractSchema.safeParse(value);
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: zodIssues(r.error.issues) };
}

// `baton-contracts check --contracts contracts.json --events run.jsonl`: validates the handoffs of
// a recorded test run against the project's contracts file, offline (no server, no database).
// Exit codes: 0 clean, 1 contract breaks, 2 unreadable input or bad usage — one line per problem.
import { readFileSync } from "node:fs";
import { readCapture } from "./capture";
import { checkEvents, formatReport } from "./check-events";
import { parseContractsText } from "./file";

const USAGE = "usage: baton-contracts check --contracts <contracts.json> --events <run.jsonl> [--json]";

export function runCli(argv: string[], out: (s: string) => void = console.log, err: (s: string) => void = console.error): number {
  const [cmd, ...rest] = argv;
  if (cmd !== "check") return fail(err, [cmd ? `unknown command "${cmd}"` : "missing command", USAGE]);
  const opts: Record<string, string> = {};
  let json = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === "--json") json = true;
    else if ((a === "--contracts" || a === "--events") && rest[i + 1] !== undefined) opts[a.slice(2)] = rest[++i];
    else return fail(err, [`unknown or incomplete option "${a}"`, USAGE]);
  }
  if (!opts.contracts || !opts.events) return fail(err, [USAGE]);

  const contractsText = readText(opts.contracts);
  const eventsText = readText(opts.events);
  const problems: string[] = [];
  if (typeof contractsText !== "string") problems.push(`${opts.contracts}: ${contractsText.error}`);
  if (typeof eventsText !== "string") problems.push(`${opts.events}: ${eventsText.error}`);
  if (problems.length) return fail(err, problems);

  const file = parseContractsText(contractsText as string);
  if (!file.ok) return fail(err, file.issues.map((i) => `${opts.contracts}: ${i.path || "(root)"}: ${i.message}`));
  const capture = readCapture(eventsText as string);
  if (capture.problems.length) return fail(err, capture.problems.map((p) => `${opts.events}: ${p}`));

  const report = checkEvents(file.value.contracts, capture.events);
  out(json ? JSON.stringify(report, null, 2) : formatReport(report));
  return report.broken > 0 ? 1 : 0;
}

function readText(path: string): string | { error: string } {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    return { error: (e as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : (e as Error).message };
  }
}

function fail(err: (s: string) => void, lines: string[]): number {
  for (const l of lines) err(l);
  return 2;
}

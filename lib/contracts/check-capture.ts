// POST /api/v1/contracts/check: the CLI's check against a running Baton — the given contracts
// file or, without one, the project's pinned contracts. Unreadable events are a 400 naming each.
import { ValidationError } from "../errors";
import { readCaptureValue } from "./capture";
import { checkEvents } from "./check-events";
import { orThrow, parseContractsFile } from "./file";
import { listPinnedContracts } from "./queries";

export async function checkCapture({ projectId, events, contracts }: { projectId: string; events: unknown[]; contracts?: unknown }) {
  const list = contracts === undefined ? await listPinnedContracts({ projectId }) : orThrow(parseContractsFile(contracts), "body.contracts").contracts;
  const capture = readCaptureValue({ events }, "body");
  if (capture.problems.length)
    throw new ValidationError(`unreadable events: ${capture.problems.join("; ")}`, capture.problems.map((p) => ({ path: p.split(":")[0], message: p })));
  const report = checkEvents(list, capture.events);
  return { ok: report.broken === 0, ...report };
}

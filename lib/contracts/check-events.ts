// Checks recorded events against a project's contracts (pure): the offline CLI and POST
// /api/v1/contracts/check both call this, so CI and a running Baton give the same verdict.
import { groupBy } from "../collections";
import { edgeKey } from "../edges/href";
import type { EventRecord } from "../ingest/schemas";
import { checkShape, describeBreak, type ContractBreak } from "./check";
import { observeEvents } from "./observe";
import type { ContractSchema, EdgeContract } from "./schema";


export interface HandoffVerdict {
  edge: string;
  eventId: string;
  conversationId: string;
  breaks: ContractBreak[];
}

export interface CheckReport {
  handoffs: number;
  checked: number;
  broken: number;
  /** edges seen in the events that have no contract */
  uncovered: string[];
  breaks: HandoffVerdict[];
}

export function checkEvents(contracts: Array<Pick<EdgeContract, "from" | "to" | "schema">>, events: EventRecord[], tracked: string[] = []): CheckReport {
  const byEdge = new Map<string, ContractSchema>(contracts.map((c) => [edgeKey(c.from, c.to), c.schema]));
  const report: CheckReport = { handoffs: 0, checked: 0, broken: 0, uncovered: [], breaks: [] };
  const uncovered = new Set<string>();
  for (const list of groupBy(events, (e) => e.conversationId).values()) {
    for (const h of observeEvents(list, tracked)) {
      report.handoffs++;
      const edge = edgeKey(h.from, h.to);
      const contract = byEdge.get(edge);
      if (!contract) {
        uncovered.add(edge);
        continue;
      }
      report.checked++;
      const breaks = checkShape(contract, h.shape);
      if (breaks.length) {
        report.broken++;
        report.breaks.push({ edge, eventId: h.eventId, conversationId: h.conversationId, breaks });
      }
    }
  }
  report.uncovered = [...uncovered].sort();
  return report;
}

/** The readable report: one line per break, then a summary line. */
export function formatReport(r: CheckReport): string {
  const lines = r.breaks.flatMap((v) => v.breaks.map((b) => `BREAK ${v.edge} ${describeBreak(b)} — event ${v.eventId} (conversation ${v.conversationId})`));
  for (const e of r.uncovered) lines.push(`note: no contract for edge ${e}`);
  lines.push(`${r.checked} of ${r.handoffs} handoffs checked, ${r.broken} broken`);
  return lines.join("\n");
}

// The production check (issue 16 §3): while the worker scores a conversation, every executed
// handoff on an edge with a pinned contract is checked against it; a break sets the handoff's
// contractBreaks and flags (`contract_break`) and the conversation's flag. Pure over the analysis.
import type { ConversationAnalysis } from "../scoring/run-scorers";
import { checkShape } from "./check";
import { edgeKey } from "../edges/href";
import type { ContractSchema } from "./schema";

export type ContractsByEdge = Map<string, ContractSchema>;

export function applyContracts(analysis: ConversationAnalysis, contracts: ContractsByEdge): void {
  if (!contracts.size) return;
  let broken = false;
  for (const h of analysis.handoffs) {
    const contract = h.shape && contracts.get(edgeKey(h.from, h.to));
    if (!contract || !h.shape) continue;
    h.contractBreaks = checkShape(contract, h.shape);
    if (h.contractBreaks.length) {
      h.flags.push("contract_break");
      broken = true;
    }
  }
  if (broken && !analysis.conversation.flags.includes("contract_break")) analysis.conversation.flags.push("contract_break");
}

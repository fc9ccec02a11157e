// An edge's key ("from→to": rollup dim values, alert groups, list filters, contracts) and the links
// to its page and to the conversations that crossed it, built one way everywhere (the agent graph,
// the edge tables, alerts grouped by edge, the contract page). Pure.

export const edgeKey = (from: string, to: string) => `${from}→${to}`;

export const edgeHref = (from: string, to: string) => `/edges/${encodeURIComponent(from)}/${encodeURIComponent(to)}`;

/** "from→to" (an alert group, a rollup dim value) → its page; null when it is not an edge. */
export function edgeHrefOf(group: string): string | null {
  const parts = group.split("→");
  return parts.length === 2 && parts[0] && parts[1] ? edgeHref(parts[0], parts[1]) : null;
}

export const edgeConversationsQuery = (from: string, to: string) => new URLSearchParams({ edge: edgeKey(from, to) });

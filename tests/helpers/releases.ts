// A known two-release data set for the release tests (API and end-to-end): on the edge
// triage → billing, release r1 (3 days ago) drops order_id in 2 of 20 conversations; release r2
// (1 day ago) drops email in 10 of 20, shortens the summary and adds a payload key `priority`.
// Dropped conversations re-ask for the dropped field and rate CSAT 2; clean ones rate 4.
export function twoReleases({ perRelease = 20 }: { perRelease?: number } = {}): Array<Record<string, unknown>> {
  const events: Array<Record<string, unknown>> = [];
  for (const [release, daysAgo, dropouts] of [["r1", 3, 2], ["r2", 1, 10]] as const) {
    for (let i = 0; i < perRelease; i++) {
      const id = `cmp-${release}-${i}`;
      const t0 = Date.now() - daysAgo * 86_400_000 + i * 60_000;
      const drop = i < dropouts;
      const payload =
        release === "r1" ? (drop ? { email: "ann@example.com" } : { order_id: "8812", email: "ann@example.com" })
        : drop ? { order_id: "8812", priority: "high" } : { order_id: "8812", email: "ann@example.com", priority: "high" };
      const ask = !drop ? "I see order 8812, the refund is on its way." : release === "r1" ? "Could you give me your order number?" : "What is your email address?";
      const meta = { release };
      events.push(
        { id: `${id}-1`, conversationId: id, timestamp: t0, type: "message", role: "user", content: "Refund order 8812 please, my email is ann@example.com", metadata: meta },
        { id: `${id}-2`, conversationId: id, timestamp: t0 + 1000, type: "handoff", from: "triage", to: "billing", summary: release === "r1" ? "Customer wants a refund" : "Refund", payload, metadata: meta },
        { id: `${id}-3`, conversationId: id, timestamp: t0 + 2000, type: "message", role: "agent", agent: "billing", content: ask, metadata: meta },
        { id: `${id}-4`, conversationId: id, timestamp: t0 + 3000, type: "resolution", agent: "billing", status: "resolved", csat: drop ? 2 : 4, metadata: meta },
      );
    }
  }
  return events;
}


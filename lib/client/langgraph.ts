// LangGraph → native handoff events, with the graph state before and after each handoff (package
// export "baton/client/langgraph"; no LangGraph import needed at runtime).
//
// Control belongs to the top-level node that last wrote to the state (an agent of a swarm, a
// supervisor or its workers). When the writer changes from A to B, that is a handoff A→B:
// stateBefore = the state A had produced when it let go, stateAfter = the state B started from
// (the checkpoint after A's step, with A's Command update applied). Messages are kept out of the
// state (their count stays) and the last messages handed over go in the payload, so facts in them
// count as carried.
//
//   // after a run: every handoff in the thread's history
//   baton.send(langGraphHandoffs(await graph.getStateHistory(config), { conversationId }));
//   // while streaming
//   const adapter = langGraphStreamAdapter({ conversationId, send: (e) => baton.send(e) });
//   for await (const chunk of await graph.stream(input, { ...config, streamMode: ["updates", "debug"] })) adapter.push(chunk);
import { compactMessages } from "../integrations/langsmith-map";
import type { BatonEvent } from "./index";

/** The parts of a LangGraph StateSnapshot used here. */
export interface SnapshotLike {
  values: Record<string, unknown>;
  next?: string[];
  metadata?: { step?: number; writes?: Record<string, unknown> | null; source?: string } | null;
  config?: { configurable?: { checkpoint_id?: string; thread_id?: string } };
  createdAt?: string;
}

const INTERNAL = new Set(["__start__", "__end__", "__input__", "__interrupt__"]);

/** The node whose step produced checkpoint `s`: its writes, else what the checkpoint before said would run next. */
function writer(s: SnapshotLike, before: SnapshotLike | undefined): string | null {
  const written = Object.keys(s.metadata?.writes ?? {}).filter((n) => !INTERNAL.has(n));
  const nodes = written.length ? written : (before?.next ?? []).filter((n) => !INTERNAL.has(n));
  return nodes.length === 1 ? nodes[0] : null;
}

function split(values: Record<string, unknown>) {
  const state: Record<string, unknown> = {};
  let messages: Array<{ role: string; content: string }> = [];
  for (const [k, v] of Object.entries(values ?? {})) {
    if (k === "messages" && Array.isArray(v)) {
      state.messages = v.length;
      messages = compactMessages(v);
    } else state[k] = JSON.parse(JSON.stringify(v ?? null));
  }
  return { state, messages };
}

function handoff(conversationId: string, id: string, from: string, to: string, before: SnapshotLike, after: SnapshotLike): BatonEvent {
  const b = split(before.values);
  const a = split(after.values);
  return {
    id,
    conversationId,
    timestamp: after.createdAt ?? new Date().toISOString(),
    type: "handoff",
    agent: from,
    from,
    to,
    payload: { messages: a.messages.slice(-20) },
    stateBefore: b.state,
    stateAfter: a.state,
    metadata: { source: "langgraph" },
  };
}

/** Handoff events from `graph.getStateHistory()` (newest first, as LangGraph returns it, or any order). */
export async function langGraphHandoffs(history: Iterable<SnapshotLike> | AsyncIterable<SnapshotLike>, { conversationId }: { conversationId: string }): Promise<BatonEvent[]> {
  const all: SnapshotLike[] = [];
  for await (const s of history as AsyncIterable<SnapshotLike>) all.push(s);
  all.sort((x, y) => (x.metadata?.step ?? 0) - (y.metadata?.step ?? 0) || String(x.createdAt ?? "").localeCompare(String(y.createdAt ?? "")));
  const out: BatonEvent[] = [];
  let current: string | null = null;
  let lastWrite = -1; // index of the checkpoint after the current agent's latest step
  for (let i = 0; i < all.length; i++) {
    const node = writer(all[i], all[i - 1]);
    if (!node) continue;
    if (current && node !== current && lastWrite >= 0) {
      const after = all[lastWrite];
      out.push(handoff(conversationId, `lg:${conversationId}:${after.config?.configurable?.checkpoint_id ?? lastWrite}`, current, node, all[lastWrite - 1] ?? after, after));
    }
    current = node;
    lastWrite = i;
  }
  return out;
}

/** Handoff events while streaming with `streamMode: ["updates", "debug"]`. */
export function langGraphStreamAdapter({ conversationId, send }: { conversationId: string; send: (e: BatonEvent) => void }) {
  let current: string | null = null;
  let previous: SnapshotLike | null = null; // the checkpoint the current step started from
  let latest: SnapshotLike | null = null; // the newest checkpoint
  return {
    push(chunk: unknown) {
      if (!Array.isArray(chunk) || chunk.length !== 2) return;
      const [mode, data] = chunk as [string, Record<string, unknown>];
      if (mode === "debug" && data?.type === "checkpoint") {
        const p = (data.payload ?? {}) as { values?: Record<string, unknown>; config?: SnapshotLike["config"]; metadata?: SnapshotLike["metadata"] };
        previous = latest;
        latest = { values: p.values ?? {}, config: p.config, metadata: p.metadata, createdAt: String(data.timestamp ?? new Date().toISOString()) };
      } else if (mode === "updates") {
        const node = Object.keys(data ?? {}).find((n) => !INTERNAL.has(n));
        if (!node) return;
        if (current && node !== current && latest) {
          // B's update arrives after the checkpoint it started from (A's step applied): stateAfter;
          // the checkpoint before it is what A started its last step from: stateBefore
          send(handoff(conversationId, `lg:${conversationId}:${latest.metadata?.step ?? 0}:${current}>${node}`, current, node, previous ?? latest, latest));
        }
        current = node;
      }
    },
  };
}

import { FanOutLanes } from "@/components/conversations/fan-out-lanes";
import { HandoffCard, type HandoffView } from "@/components/handoffs/handoff-card";
import { layoutTimeline } from "@/lib/conversations/fan-out";
import { formatDuration } from "@/lib/dashboard/format";

type Ev = Record<string, unknown> & { id: string; type: string; timestamp: string; agent?: string };

export interface Marks {
  reasks: Map<string, Array<{ field: string; known: string | null; handoff: number }>>;
  stale: Map<string, Array<{ tool: string; ageTurns: number; ageSeconds: number }>>;
  handoffByEvent: Map<string, HandoffView>;
}

const time = (iso: string) => iso.slice(11, 19);

/** Events in order; each parallel fan-out as one block of lanes (lib/conversations/fan-out.ts). */
export function Timeline({ events, marks }: { events: Ev[]; marks: Marks }) {
  const handoffs = [...marks.handoffByEvent].map(([eventId, h]) => ({ ...h, eventId }));
  const byIndex = new Map(handoffs.map((h) => [h.index, h]));
  const card = (h: HandoffView) => <HandoffCard h={h} pairOf={h.mode === "return" && h.pair !== null && h.pair !== undefined ? byIndex.get(h.pair) : null} />;
  return (
    <ol className="space-y-3">
      {layoutTimeline(events, handoffs).map((item) => {
        const first = item.kind === "event" ? item.event : events.find((e) => e.id === item.lanes[0].delegation.eventId)!;
        return (
          <li key={first.id} id={`event-${first.id}`} className="flex gap-3">
            <span className="w-16 shrink-0 pt-1 text-right font-mono text-xs text-muted max-sm:w-12">{time(first.timestamp)}</span>
            <div className="min-w-0 flex-1">
              {item.kind === "event" ? (
                <EventView e={item.event} marks={marks} card={card} />
              ) : (
                <FanOutLanes lead={item.lead} lanes={item.lanes} renderHandoff={card} renderEvent={(e) => <EventView e={e} marks={marks} card={card} />} />
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

function EventView({ e, marks, card }: { e: Ev; marks: Marks; card: (h: HandoffView) => React.ReactNode }) {
  if (e.type === "handoff") {
    const h = marks.handoffByEvent.get(e.id);
    if (h) return card(h);
    return <div className="panel p-3 text-sm">{String(e.from)} → {String(e.to)} (not scored yet)</div>;
  }
  if (e.type === "message") {
    const user = e.role === "user";
    const reasks = marks.reasks.get(e.id) ?? [];
    const stale = marks.stale.get(e.id) ?? [];
    const border = reasks.length ? "var(--c-reask)" : stale.length ? "var(--c-stale)" : undefined;
    return (
      <div className={`rounded-lg border border-border p-3 text-sm ${user ? "bg-bg" : "bg-panel"}`} style={border ? { borderColor: border } : undefined}>
        <div className="mb-1 text-xs text-muted">{user ? "user" : `${String(e.role)} · ${e.agent ?? "?"}`}</div>
        <div className="whitespace-pre-wrap break-words">{String(e.content)}</div>
        {reasks.map((r) => (
          <div key={r.field} className="mt-2 rounded bg-bg px-2 py-1 text-xs" style={{ color: "var(--c-reask)" }}>
            ⟲ Re-ask: asked the user for <b>{r.field}</b>
            {r.known ? (
              <>
                {" "}— already known before <a className="underline" href={`#handoff-${r.handoff}`}>handoff #{r.handoff + 1}</a>: <span className="font-mono">{r.known}</span>
              </>
            ) : null}
          </div>
        ))}
        {stale.map((s) => (
          <div key={s.tool} className="mt-2 rounded bg-bg px-2 py-1 text-xs" style={{ color: "var(--c-stale)" }}>
            ⌛ Stale tool result: states a value from <b>{s.tool}</b> fetched {s.ageTurns} turn{s.ageTurns === 1 ? "" : "s"} / {formatDuration(s.ageSeconds)} earlier, not re-fetched
          </div>
        ))}
      </div>
    );
  }
  if (e.type === "tool_call") {
    return (
      <details className="rounded-lg border border-dashed border-border p-3 text-sm">
        <summary className="cursor-pointer">
          <span className="text-xs text-muted">{e.agent ?? "?"} called </span>
          <span className="font-mono">{String(e.tool)}</span>
          <span className="ml-2 break-all font-mono text-xs text-muted">{JSON.stringify(e.args ?? {}).slice(0, 80)}</span>
        </summary>
        <pre className="mt-2 overflow-x-auto rounded bg-bg p-2 text-xs">{JSON.stringify(e.result ?? null, null, 2)}</pre>
      </details>
    );
  }
  const text =
    e.type === "intent"
      ? `interpreted the ask as: “${String(e.intent)}”`
      : e.type === "resolution"
        ? `marked the conversation ${String(e.status)}${e.csat ? ` (CSAT ${e.csat})` : ""}`
        : e.type === "state"
          ? `state snapshot: ${JSON.stringify(e.state).slice(0, 160)}`
          : e.type;
  return (
    <div className="px-1 text-xs text-muted">
      <span className="font-mono">{e.agent ?? ""}</span> {text}
    </div>
  );
}

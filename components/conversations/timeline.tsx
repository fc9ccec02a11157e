import { FanOutLanes } from "@/components/conversations/fan-out-lanes";
import { HandoffCard } from "@/components/handoffs/handoff-card";
import { layoutTimeline } from "@/lib/conversations/fan-out";
import type { Handoff, StaleUse } from "@/lib/conversations/read-model";
import { formatDuration } from "@/lib/dashboard/format";
import { formatInZone } from "@/lib/dashboard/timezone";
import type { EventRecord } from "@/lib/ingest/schemas";
import { collapseRuns } from "./collapse-runs";
import { DelegatedStretch } from "./delegated-stretch";
import { nestDelegations, type NestedItem } from "./nest-delegations";

type Ev = EventRecord;

export interface Marks {
  reasks: Map<string, Array<{ field: string; known: string | null; handoff: number }>>;
  stale: Map<string, Array<Pick<StaleUse, "tool" | "ageTurns" | "ageSeconds">>>;
  handoffByEvent: Map<string, Handoff>;
}

const time = (iso: string, tz: string) => formatInZone(iso, tz, { label: false }).slice(11, 19);

/**
 * Events in order; each parallel fan-out as one block of lanes (lib/conversations/fan-out.ts), each
 * delegated stretch nested under the agent that delegated until its return (nest-delegations.ts),
 * and runs of 4+ similar unmarked events folded (collapse-runs.ts). Times in `tz`.
 */
export function Timeline({ events, marks, tz = "UTC" }: { events: Ev[]; marks: Marks; tz?: string }) {
  const handoffs = [...marks.handoffByEvent.values()];
  const byIndex = new Map(handoffs.map((h) => [h.index, h]));
  const card = (h: Handoff) => <HandoffCard h={h} pairOf={h.mode === "return" && h.pair !== null ? byIndex.get(h.pair) : null} />;
  const marked = (e: Ev) => marks.reasks.has(e.id) || marks.stale.has(e.id);
  // inside a delegated stretch a phone has no room for a time column per level, so it hides there
  const row = (first: Ev, body: React.ReactNode, nested: boolean) => (
    <li key={first.id} id={`event-${first.id}`} className="flex gap-3 max-sm:gap-2">
      <span className={`w-16 shrink-0 pt-1 text-right font-mono text-xs text-muted max-sm:w-12 ${nested ? "max-sm:hidden" : ""}`}>{time(first.timestamp, tz)}</span>
      <div className="min-w-0 flex-1">{body}</div>
    </li>
  );
  const eventRow = (e: Ev, nested: boolean) =>
    row(
      e,
      <>
        <EventView e={e} marks={marks} card={card} />
        <EventMetadata metadata={e.metadata} />
      </>,
      nested,
    );
  const render = (items: Array<NestedItem<Ev, Handoff>>, nested: boolean): React.ReactNode[] => {
    const out: React.ReactNode[] = [];
    let run: Ev[] = [];
    const flush = () => {
      for (const s of collapseRuns(run, marked))
        out.push(
          s.kind === "one" ? (
            eventRow(s.event, nested)
          ) : (
            <li key={s.first.id} className="space-y-3">
              <ol className="space-y-3">{eventRow(s.first, nested)}</ol>
              <details className={`ml-[4.75rem] ${nested ? "max-sm:ml-0" : "max-sm:ml-14"}`}>
                <summary className="cursor-pointer text-xs text-muted hover:text-fg">⋯ {s.label}</summary>
                <ol className="mt-3 space-y-3">{s.rest.map((e) => eventRow(e, nested))}</ol>
              </details>
            </li>
          ),
        );
      run = [];
    };
    for (const item of items) {
      if (item.kind === "event") {
        run.push(item.event);
        continue;
      }
      flush();
      if (item.kind === "delegation") {
        out.push(
          row(
            item.event,
            <>
              {card(item.delegation)}
              <DelegatedStretch lead={item.lead} worker={item.worker} returned={item.ret !== null}>
                {render(item.items, true)}
              </DelegatedStretch>
            </>,
            nested,
          ),
        );
        continue;
      }
      const first = events.find((e) => e.id === item.lanes[0].delegation.eventId)!;
      out.push(row(first, <FanOutLanes lead={item.lead} lanes={item.lanes} renderHandoff={card} renderEvent={(e) => <EventView e={e} marks={marks} card={card} />} />, nested));
    }
    flush();
    return out;
  };
  const tree = nestDelegations(layoutTimeline(events, handoffs), (e) => marks.handoffByEvent.get(e.id));
  return <ol className="space-y-3">{render(tree, false)}</ol>;
}

/** An event's metadata (release, prompt version, …) as a quiet key=value line. */
function EventMetadata({ metadata }: { metadata: EventRecord["metadata"] }) {
  if (!metadata || !Object.keys(metadata).length) return null;
  return (
    <div className="mt-1 flex flex-wrap gap-x-3 font-mono text-[11px] text-muted" aria-label="Event metadata">
      {Object.entries(metadata).map(([k, v]) => (
        <span key={k}>{k}={typeof v === "string" ? v : JSON.stringify(v)}</span>
      ))}
    </div>
  );
}

function EventView({ e, marks, card }: { e: Ev; marks: Marks; card: (h: Handoff) => React.ReactNode }) {
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
        : `state snapshot: ${JSON.stringify(e.state).slice(0, 160)}`;
  return (
    <div className="px-1 text-xs text-muted">
      <span className="font-mono">{e.agent ?? ""}</span> {text}
    </div>
  );
}

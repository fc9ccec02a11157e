// Long runs of similar timeline cards fold into one expandable line (issue 15, item 7): RUN_MIN or
// more consecutive events of the same kind (type, role, agent, tool) with nothing marked on them
// (no handoff, re-ask or stale use). The first of a run stays visible so the reader sees what folded.
export const RUN_MIN = 4;

export interface RunEvent {
  id: string;
  type: string;
  agent?: string;
  role?: unknown;
  tool?: unknown;
}

export type Segment<E> = { kind: "one"; event: E } | { kind: "run"; first: E; rest: E[]; label: string };

const kindOf = (e: RunEvent) => `${e.type}|${String(e.role ?? "")}|${e.agent ?? ""}|${String(e.tool ?? "")}`;

export function collapseRuns<E extends RunEvent>(events: readonly E[], isMarked: (e: E) => boolean, min = RUN_MIN): Array<Segment<E>> {
  const out: Array<Segment<E>> = [];
  let i = 0;
  while (i < events.length) {
    let j = i;
    const foldable = (e: E) => e.type !== "handoff" && !isMarked(e);
    if (foldable(events[i])) while (j + 1 < events.length && foldable(events[j + 1]) && kindOf(events[j + 1]) === kindOf(events[i])) j++;
    if (j - i + 1 >= min) {
      const e = events[i];
      const what = e.type === "tool_call" ? `calls of ${String(e.tool)}` : e.type === "message" ? `${e.role === "user" ? "user" : (e.agent ?? "agent")} messages` : `${e.type} events`;
      out.push({ kind: "run", first: e, rest: events.slice(i + 1, j + 1), label: `${j - i} more ${what}` });
    } else for (let k = i; k <= j; k++) out.push({ kind: "one", event: events[k] });
    i = j + 1;
  }
  return out;
}

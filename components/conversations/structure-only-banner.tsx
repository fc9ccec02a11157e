// The drill-down's notice for a structure-only conversation: its events carry handoffs and tool
// calls but no message text (the OpenAI Agents SDK's Responses model exports none, an OTLP trace
// without LLM message attributes neither). Without it, the "—" in the scores panel reads like a
// bug; the banner names each score that could not be computed and the scorer's own reason (the
// conversation's `scoreReasons`), so it says nothing the scorers did not. Which events count as
// content is lib/scoring/timeline.ts's `hasMessageContent`, the same test the scorers use.
import type { Scores } from "@/lib/conversations/read-model";
import type { EventRecord } from "@/lib/ingest/schemas";
import { buildTimeline, hasMessageContent } from "@/lib/scoring/timeline";

/** [score key, label, …] rows, as the drill-down's scores panel lists them. */
type ScoreLabels = ReadonlyArray<readonly [keyof Scores, string, ...unknown[]]>;

export function StructureOnlyBanner({
  events,
  scores,
  reasons,
  labels,
}: {
  events: EventRecord[];
  scores: Scores | null;
  reasons: Record<string, string>;
  labels: ScoreLabels;
}) {
  if (!scores || hasMessageContent(buildTimeline(events))) return null;
  const missing = labels.filter(([key]) => scores[key] === null);
  return (
    <section role="note" aria-label="Structure only" className="panel border-l-4 border-l-accent p-4 text-sm">
      <div className="font-medium">Structure only: this conversation has no message content</div>
      <p className="mt-1 text-muted">
        Its events carry handoffs and tool calls but no message text: the OpenAI Agents SDK&apos;s default Responses model
        exports none (<code>setOpenAIAPI(&quot;chat_completions&quot;)</code> makes it export the messages). Structure is
        scored; {missing.length ? "these scores cannot be computed:" : "every score could still be computed."}
      </p>
      {missing.length > 0 && (
        <ul className="mt-2 space-y-0.5">
          {missing.map(([key, label]) => (
            <li key={key}>
              <span className="font-medium">{label}</span> <span className="text-muted">— {reasons[key] ?? "no reason recorded"}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

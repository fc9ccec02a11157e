// The drill-down's notice for a conversation that starts mid-way: its first user message was
// preceded by earlier turns it does not contain (lib/scoring/missing-start.ts, the same test the
// intent scorer uses). Typically an OpenAI Agents SDK app without `groupId`: every run is its own
// trace and conversation, so the user's original request sits in another one. Without the
// banner, the missing intent score reads like a bug and the conversation like a complete one.
import type { EventRecord } from "@/lib/ingest/schemas";
import { startsMidConversation } from "@/lib/scoring/missing-start";
import { buildTimeline } from "@/lib/scoring/timeline";

export function MissingStartBanner({ events }: { events: EventRecord[] }) {
  if (!startsMidConversation(buildTimeline(events))) return null;
  return (
    <section role="note" aria-label="Conversation starts mid-way" className="panel border-l-4 border-l-accent p-4 text-sm">
      <div className="font-medium">Starts mid-conversation: the first user message is missing</div>
      <p className="mt-1 text-muted">
        The model was given earlier turns that are not part of this conversation, so the user&apos;s original request is
        elsewhere and intent preservation is not scored. With the OpenAI Agents SDK, pass the same <code>groupId</code> to
        every run of a conversation (<code>new Runner({"{ groupId: threadId }"})</code>): each run is one trace, and without a
        group id each trace becomes a conversation of its own.
      </p>
    </section>
  );
}

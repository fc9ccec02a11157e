import Link from "next/link";
import { notFound } from "next/navigation";
import { StructureOnlyBanner } from "@/components/conversations/structure-only-banner";
import { MissingStartBanner } from "@/components/conversations/missing-start-banner";
import { Timeline, type Marks } from "@/components/conversations/timeline";
import { AgentPath, FlagBadge } from "@/components/ui/flag-badge";
import { getConversationOrThrow } from "@/lib/conversations/queries";
import type { ConversationDetail, Scores } from "@/lib/conversations/read-model";
import { NotFoundError } from "@/lib/errors";
import { formatInZone } from "@/lib/dashboard/timezone";
import { getTimeZone } from "@/lib/dashboard/timezone-cookie";
import { requireViewer } from "@/lib/dashboard/session";
import { IntentVerdict } from "./intent-verdict";
import { ReviewPanel } from "./review-panel";
import { canEditProject } from "@/lib/auth/permissions";
import { formatAgo } from "@/lib/dashboard/format";
import { REVIEW_FLAGS } from "@/lib/reviews/review";
import { flagVerdict } from "@/lib/scoring/agreement";
import { Text } from "@/lib/http/params";

export const metadata = { title: "Conversation · Baton" };
const PAGE = 300;

export default async function ConversationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ all?: string; list?: string }> }) {
  const v = await requireViewer();
  const { id } = await params;
  const { all, list } = await searchParams;
  const back = backToList(list);
  const conversationId = Text(256).safeParse(safeDecode(id));
  if (!conversationId.success) notFound();
  let c: ConversationDetail;
  try {
    c = await getConversationOrThrow({ projectId: v.projectId, id: conversationId.data });
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
  const handoffs = c.handoffs;
  const marks: Marks = { reasks: new Map(), stale: new Map(), handoffByEvent: new Map() };
  for (const h of handoffs) {
    marks.handoffByEvent.set(h.eventId, h);
    for (const r of h.reasks) {
      const known = h.dropped.find((d) => d.field === r.field)?.value ?? h.diff.unchanged.find((u) => u.path === r.field)?.value ?? null;
      marks.reasks.set(r.eventId, [...(marks.reasks.get(r.eventId) ?? []), { field: r.field, known: known === null ? null : String(known), handoff: h.index }]);
    }
    for (const s of h.staleUses) marks.stale.set(s.eventId, [...(marks.stale.get(s.eventId) ?? []), s]);
  }
  const events = all ? c.events : c.events.slice(0, PAGE);
  const tz = await getTimeZone();
  const formatTime = (iso: string) => formatInZone(iso, tz);
  // the worker's stored row: the release from every source (and the project's releaseKey), the last rating
  const { csat, release, agentPath: path } = c.conversation;
  // the first handoff that lost something (else the first with any flag): where to start reading
  const culprit = handoffs.find((h) => h.dropped.length > 0) ?? handoffs.find((h) => h.flags.length > 0) ?? null;
  const reasons = c.scoreReasons;
  return (
    <div className="space-y-5">
      <div>
        <Link href={back} className="text-xs text-muted hover:underline">← Conversations</Link>
        <div className="mt-1 flex flex-wrap items-center gap-3">
          <h1 className="font-mono text-lg font-semibold">{c.conversation.id}</h1>
          <span className="rounded-full bg-bg px-2 py-0.5 text-xs">{c.conversation.status}</span>
          {c.conversation.flags.map((f) => <FlagBadge key={f} flag={f} />)}
        </div>
        <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm" aria-label="Outcome">
          <div className="flex gap-1.5"><dt className="text-muted">Outcome</dt><dd>{c.conversation.status}</dd></div>
          <div className="flex gap-1.5"><dt className="text-muted">CSAT</dt><dd className={csat !== null && csat <= 2 ? "text-dropout" : ""}>{csat ?? "not rated"}</dd></div>
          <div className="flex gap-1.5"><dt className="text-muted">Release</dt><dd className="font-mono">{release ?? "—"}</dd></div>
          <div className="flex gap-1.5">
            <dt className="text-muted">First culprit</dt>
            <dd>
              {culprit ? (
                <a href={`#handoff-${culprit.index}`} className="text-dropout hover:underline" data-testid="culprit-link">
                  handoff #{culprit.index + 1} {culprit.from} → {culprit.to}
                  {culprit.dropped.length ? ` dropped ${culprit.dropped.map((d) => d.field).join(", ")}` : ` (${culprit.flags.join(", ")})`}
                </a>
              ) : (
                <span className="text-muted">none: no handoff lost state</span>
              )}
              {culprit && (
                <Link className="ml-2 text-xs text-muted hover:underline" href={`/edges/${encodeURIComponent(culprit.from)}/${encodeURIComponent(culprit.to)}`}>edge page</Link>
              )}
            </dd>
          </div>
        </dl>
        <div className="mt-1 text-xs text-muted">
          {formatTime(c.conversation.firstAt)} → {formatTime(c.conversation.lastAt)} · {c.events.length} events · {c.conversation.handoffCount} handoff{c.conversation.handoffCount === 1 ? "" : "s"}
        </div>
      </div>
      <section className="panel p-4" aria-label="Agent chain">
        <div className="mb-2 text-xs font-medium uppercase tracking-wide text-muted">Agent chain</div>
        <AgentPath path={path} />
      </section>
      <StructureOnlyBanner events={c.events} scores={c.scores} reasons={reasons} labels={SCORES} />
      <MissingStartBanner events={c.events} />
      <section className="panel p-4" aria-label="Scores">
        <div className="mb-2 text-xs font-medium uppercase tracking-wide text-muted">Scores {c.scoredAt ? `· scored ${formatTime(c.scoredAt)}` : "· not scored yet"}</div>
        <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-4 lg:grid-cols-6">
          {SCORES.map(([key, label, fmt]) => {
            const v = c.scores?.[key] ?? null;
            return (
              <div key={key}>
                <dt className="text-xs text-muted">{label}</dt>
                <dd className="tabular-nums" title={reasons[key]}>
                  {v === null ? <span className="text-muted">— {reasons[key] ? <span className="text-xs">({reasons[key]})</span> : null}</span> : fmt(v)}
                </dd>
              </div>
            );
          })}
        </dl>
        {c.scores && <IntentVerdict scores={c.scores} records={c} />}
      </section>
      {c.scores && (
        <ReviewPanel
          projectId={v.projectId}
          conversationId={c.conversation.id}
          rows={REVIEW_FLAGS.map((flag) => ({ flag, baton: flagVerdict(flag, { flags: c.conversation.flags, scores: c.scores, handoffs: c.handoffs.length }) }))}
          review={c.review}
          canEdit={canEditProject(v.role)}
          reviewedAgo={c.review ? formatAgo(c.review.at) : null}
          eventsNow={c.events.length}
        />
      )}
      <section aria-label="Timeline">
        <Timeline events={events} marks={marks} tz={tz} />
        {!all && c.events.length > PAGE && (
          <Link className="btn mt-4" href={`?all=1${list ? `&list=${encodeURIComponent(list)}` : ""}`}>Show all {c.events.length} events</Link>
        )}
      </section>
    </div>
  );
}

const pct = (v: unknown) => `${Math.round(Number(v) * 100)}%`;
const num = (v: unknown) => String(typeof v === "number" ? +v.toFixed(2) : v);
const yes = (v: unknown) => (v ? "yes" : "no");
const SCORES: Array<[keyof Scores, string, (v: NonNullable<Scores[keyof Scores]>) => string]> = [
  ["dropoutRate", "Dropout rate", pct],
  ["droppedFields", "Dropped fields", num],
  ["reaskCount", "Re-asks", num],
  ["intentPreservation", "Intent preservation", num],
  ["intentDrift", "Intent drift", yes],
  ["handoffsToResolution", "Handoffs to resolution", num],
  ["staleUseCount", "Stale uses", num],
  ["maxDepth", "Max depth", num],
  ["depthLevel", "Depth level", num],
  ["roleConfusion", "Role confusion", yes],
  ["pingPong", "Ping-pong", yes],
  ["contextBytes", "Max context", (v) => `${v} B`],
  ["askCarried", "Ask carried (weakest delegation)", pct],
  ["compressionRatio", "Worker compression (max)", (v) => `${num(v)}×`],
  ["resultUsed", "Worker results used", pct],
];

/** The list this conversation was opened from, filters and page kept (re-serialised: only a query string survives). */
function backToList(list: string | undefined): string {
  if (typeof list !== "string" || list.length > 4000 || list.includes("\0")) return "/conversations";
  const q = new URLSearchParams(list).toString();
  return q ? `/conversations?${q}` : "/conversations";
}

/** A malformed escape ("%E0") is an unknown conversation, not a crash. */
function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

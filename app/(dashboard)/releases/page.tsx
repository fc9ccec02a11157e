import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import { formatTime } from "@/lib/dashboard/format";
import { requireViewer } from "@/lib/dashboard/session";
import { edgeHref } from "@/lib/edges/href";
import { compareReleases, listReleases, type EdgeComparison, type ReleaseRow } from "@/lib/releases/queries";
import { diffColumns, type DiffLine } from "./diff-columns";
import { pickPair } from "./params";

export const metadata = { title: "Releases · Baton" };

type Search = Promise<Record<string, string | string[] | undefined>>;
const hour = (iso: string) => formatTime(iso).slice(0, 13) + "h UTC";
const n = (v: number) => Math.round(v).toLocaleString("en-US");
/** A release's conversations (optionally on one edge): the list from the hour the release was first seen. */
const conversationsOf = (r: ReleaseRow | undefined, release: string, edge?: string) =>
  `/conversations?${new URLSearchParams({ ...(r ? { range: "custom", from: r.firstSeen } : { range: "30d" }), release, ...(edge ? { edge } : {}) })}`;

export default async function ReleasesPage({ searchParams }: { searchParams: Search }) {
  const v = await requireViewer();
  const releases = await listReleases(v.projectId);
  const pair = pickPair(await searchParams, releases.map((r) => r.release));
  const comparison = pair ? await compareReleases({ projectId: v.projectId, ...pair }) : null;
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Releases</h1>
      {!releases.length ? (
        <div className="panel p-10 text-center text-sm text-muted">
          No release seen yet. Send it as <code>metadata.release</code> on your events, OpenTelemetry <code>service.version</code>, OpenAI Agents
          <code> traceMetadata.release</code> or LangSmith <code>revision_id</code> (docs/integrations.md, “Releases”).
        </div>
      ) : (
        <section className="panel min-w-0 p-4" aria-label="Release list">
          <DataTable columns={RELEASE_COLUMNS} rows={releases} rowKey={(r) => r.release} rowHref={(r) => conversationsOf(r, r.release)} minWidth={520} nowrap />
          {releases.length >= 2 && pair && (
            <form className="mt-4 flex flex-wrap items-end gap-3 text-sm" action="/releases" aria-label="Compare releases">
              {(["a", "b"] as const).map((k) => (
                <label key={k} className="flex flex-col gap-1 text-xs text-muted">
                  {k === "a" ? "Release A (baseline)" : "Release B (compared)"}
                  <select name={k} defaultValue={pair[k]} className="rounded-md border border-border bg-panel px-2 py-1.5 text-sm text-fg">
                    {releases.map((r) => (
                      <option key={r.release} value={r.release}>{r.release}</option>
                    ))}
                  </select>
                </label>
              ))}
              <button type="submit" className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white">Compare</button>
            </form>
          )}
        </section>
      )}
      {comparison && <Comparison a={comparison.a} b={comparison.b} edges={comparison.edges} releases={releases} />}
    </div>
  );
}

const RELEASE_COLUMNS: Column<ReleaseRow>[] = [
  { header: "release", className: "font-mono text-xs", cell: (r) => r.release },
  { header: "first seen", numeric: true, className: "text-xs", cell: (r) => hour(r.firstSeen) },
  { header: "last seen", numeric: true, className: "text-xs", cell: (r) => hour(r.lastSeen) },
  { header: "conversations", numeric: true, cell: (r) => <Link className="hover:underline" href={conversationsOf(r, r.release)}>{n(r.conversations)}</Link> },
  { header: "handoffs", numeric: true, cell: (r) => n(r.handoffs) },
];

const metricLines = (e: EdgeComparison): DiffLine[] => [
  { label: "Dropout", d: e.dropout, unit: "rate", higherIsWorse: true },
  { label: "Re-asks per handoff", d: e.reask, unit: "number", higherIsWorse: true },
  { label: "Intent drift", d: e.intentDrift, unit: "rate", higherIsWorse: true },
  { label: "Handoffs to resolution", d: e.handoffsToResolution, unit: "number", higherIsWorse: true },
  { label: "CSAT", d: e.csat, unit: "number", higherIsWorse: false },
  { label: "Summary length (chars)", d: e.summaryLength, unit: "number", higherIsWorse: false },
];

function Comparison({ a, b, edges, releases }: { a: string; b: string; edges: EdgeComparison[]; releases: ReleaseRow[] }) {
  const columns = diffColumns(a, b);
  const on = (release: string, e: EdgeComparison) => conversationsOf(releases.find((r) => r.release === release), release, e.edge);
  const keyColumns = diffColumns(a, b, "payload key");
  return (
    <section className="space-y-4" aria-label="Release comparison">
      <div>
        <h2 className="text-lg font-semibold">
          <span className="font-mono">{b}</span> vs <span className="font-mono">{a}</span>, per edge
        </h2>
        <p className="text-xs text-muted">
          Each release over its whole life. Difference = B − A with a 95 % interval: proportions (dropout, intent drift, payload keys) by
          Newcombe&apos;s hybrid Wilson score interval with a pooled two-proportion z-test; re-asks per handoff by the normal approximation for
          two Poisson rates; means (H2R, CSAT, summary length) by Welch&apos;s interval. * = p &lt; 0.05. Fewer than 10 samples on a side: “too few”.
        </p>
      </div>
      {!edges.length && <div className="panel p-6 text-center text-sm text-muted">Neither release has handoffs.</div>}
      {edges.map((e) => (
        <article key={e.edge} className="panel min-w-0 p-4" aria-label={`${e.from} → ${e.to}`}>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="font-mono text-sm font-medium">
              <Link className="hover:underline" href={edgeHref(e.from, e.to)}>{e.from} → {e.to}</Link>
            </h3>
            <span className="text-xs text-muted">
              handoffs {n(e.handoffs.a)} → {n(e.handoffs.b)} · conversations{" "}
              <Link className="underline-offset-2 hover:underline" href={on(a, e)} title={`The conversations of ${a} on this edge`}>{n(e.conversations.a)}</Link> →{" "}
              <Link className="underline-offset-2 hover:underline" href={on(b, e)} title={`The conversations of ${b} on this edge`}>{n(e.conversations.b)}</Link>
            </span>
          </div>
          <DataTable className="mt-2" columns={columns} rows={metricLines(e)} rowKey={(l) => l.label} rowProps={(l) => ({ "data-metric": l.label })} minWidth={560} />
          <div className="mt-3 grid gap-3 text-sm md:grid-cols-2">
            <KeyList title="Started being dropped" tone="text-dropout" items={e.startedDropping.map((k) => `${k.key} (${n(k.countB)})`)} />
            <KeyList title="Stopped being dropped" tone="text-ok" items={e.stoppedDropping.map((k) => `${k.key} (${n(k.countA)})`)} />
            <KeyList title="Payload keys added" tone="" items={e.keysAdded} />
            <KeyList title="Payload keys removed" tone="text-dropout" items={e.keysRemoved} />
          </div>
          {e.payloadKeys.length > 0 && (
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer text-xs text-muted">Payload key set ({e.payloadKeys.length} keys)</summary>
              <DataTable
                className="mt-2"
                columns={keyColumns}
                rows={e.payloadKeys.map((k) => ({ label: k.key, d: k.diff, unit: "rate" as const, higherIsWorse: false }))}
                rowKey={(l) => l.label}
                minWidth={560}
              />
            </details>
          )}
        </article>
      ))}
    </section>
  );
}

function KeyList({ title, items, tone }: { title: string; items: string[]; tone: string }) {
  return (
    <div aria-label={title}>
      <div className="text-xs text-muted">{title}</div>
      <div className={`font-mono text-xs ${items.length ? tone : "text-muted"}`}>{items.length ? items.join(", ") : "none"}</div>
    </div>
  );
}

"use client";
import { useActionState } from "react";
import type { ProjectSettings } from "@/lib/projects/settings";
import { createKeyAction, createProjectAction, renameProjectAction, rescoreAction, saveSettingsAction, type FormState } from "./actions";

function Status({ s }: { s: FormState }) {
  if (s.error) return <p role="status" className="text-sm text-dropout">{s.error}</p>;
  if (s.ok) return <p role="status" className="text-sm text-ok">{s.ok}</p>;
  return null;
}

export function ProjectForms({ name }: { name: string }) {
  const [r, rename, p1] = useActionState(renameProjectAction, {});
  const [c, create, p2] = useActionState(createProjectAction, {});
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <form action={rename} className="space-y-2">
        <label className="flex flex-col text-xs text-muted">Project name<input name="name" defaultValue={name} className="input mt-1" /></label>
        <button className="btn" disabled={p1}>Rename</button>
        <Status s={r} />
      </form>
      <form action={create} className="space-y-2">
        <label className="flex flex-col text-xs text-muted">New project<input name="name" placeholder="e.g. Checkout agents" className="input mt-1" /></label>
        <button className="btn" disabled={p2}>Create project</button>
        <Status s={c} />
      </form>
    </div>
  );
}

export function CreateKeyForm() {
  const [s, action, pending] = useActionState(createKeyAction, {});
  return (
    <form action={action} className="space-y-2">
      {/* wraps under the field on a phone: a 16rem field and the button do not fit a 390 px card side by side */}
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex min-w-0 flex-col text-xs text-muted">Key name<input name="name" placeholder="e.g. production ingest" className="input mt-1 w-64 max-w-full" /></label>
        <button className="btn-primary" disabled={pending}>Create key</button>
      </div>
      <Status s={s} />
      {s.secret && (
        <pre aria-label="New key secret" className="overflow-x-auto rounded-md border border-ok bg-bg p-3 font-mono text-sm">{s.secret}</pre>
      )}
    </form>
  );
}

export function ScoringForm({ settings, envJudge }: { settings: ProjectSettings; envJudge: string | null }) {
  const [s, action, pending] = useActionState(saveSettingsAction, {});
  const field = (name: keyof ProjectSettings, label: string, help: string, step = "1") => (
    <label className="flex flex-col text-xs text-muted" title={help}>
      {label}
      <input name={name} type="number" step={step} defaultValue={String(settings[name])} className="input mt-1" />
      <span className="mt-0.5 text-[11px]">{help}</span>
    </label>
  );
  return (
    <form action={action} className="space-y-4">
      <label className="flex flex-col text-xs text-muted">
        Tracked fields
        <input name="trackedFields" defaultValue={settings.trackedFields.join(", ")} placeholder="loyalty_tier, warranty_id" className="input mt-1" />
        <span className="mt-0.5 text-[11px]">Extra state keys that count as known facts when seen in tool results (comma separated).</span>
      </label>
      <label className="flex flex-col text-xs text-muted">
        Release key
        <input name="releaseKey" defaultValue={settings.releaseKey ?? ""} placeholder="deploy_tag" className="input mt-1" />
        <span className="mt-0.5 text-[11px]">
          A metadata key naming the release, read before release/version (native events), service.version (OpenTelemetry), the trace
          metadata (OpenAI Agents) and revision_id (LangSmith). Empty: the built-in keys only.
        </span>
      </label>
      <label className="flex flex-col text-xs text-muted">
        Slot vocabulary
        <textarea
          name="vocabulary"
          rows={4}
          defaultValue={settings.vocabulary.length ? JSON.stringify(settings.vocabulary, null, 2) : ""}
          placeholder={'[{"name": "loyalty_number", "keys": ["loyaltyNo"], "nouns": ["loyalty number"], "pattern": "LY-\\d{6}"}]'}
          className="input mt-1 font-mono"
        />
        <span className="mt-0.5 text-[11px]">
          Extra slots (or extra names for a built-in one such as policy_number): state-key spellings, the nouns agents use to ask for
          it, and a pattern its values match. Used by dropout and re-ask detection; rescore to apply it to history.
        </span>
      </label>
      <div className="grid gap-4 sm:grid-cols-3 lg:grid-cols-6">
        {field("freshnessTurns", "Stale after turns", "a tool result older than this many turns is stale")}
        {field("freshnessSeconds", "Stale after seconds", "…or older than this many seconds")}
        {field("depthWarn", "Depth warn", "chains deeper than this warn")}
        {field("depthCritical", "Depth critical", "chains deeper than this are critical")}
        {field("driftThreshold", "Drift threshold", "intent preservation below this is drift", "0.05")}
        {field("pingPongHops", "Ping-pong hops", "A→B→A within this many hops")}
        {field("compressionFlagRatio", "Worker compression limit", "a worker return compressed more than this many times that loses facts is flagged")}
        {field("contractPresence", "Contract: expected presence", "a field carried in at least this share of an edge's handoffs, and used downstream, is expected (0.5–1)", "0.05")}
        {field("contractWindowDays", "Contract window (days)", "days of handoffs a contract is inferred from, and rescored when it changes")}
      </div>
      <label className="flex items-start gap-2 text-xs text-muted">
        {/* unchecked boxes send nothing: the hidden "off" comes first, a checked box's "on" after it wins */}
        <input type="hidden" name="ratingEvidence" value="off" />
        <input type="checkbox" name="ratingEvidence" value="on" defaultChecked={settings.ratingEvidence} className="mt-0.5" />
        <span>
          <span className="text-fg">Read customer ratings as drift evidence</span>
          <span className="mt-0.5 block text-[11px]">
            A conversation rated 1 (or 1–2 when the words are weak) that nothing else explains is flagged as drift, and one resolved and
            rated 5 withdraws an opposite-act or other-thing verdict. Turn off when your CSAT is not the customer&apos;s verdict on this
            conversation (a survey sent days later). Rescore to apply it to history.
          </span>
        </span>
      </label>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <label className="flex flex-col text-xs text-muted">
          Intent judge
          <select name="judgeKind" defaultValue={settings.judge.kind} className="input mt-1">
            <option value="offline">offline (deterministic, built in)</option>
            <option value="llm">LLM (OpenAI-compatible endpoint)</option>
          </select>
          <span className="mt-0.5 text-[11px]">
            {envJudge ? `Environment judge configured: ${envJudge}. ` : ""}
            BATON_JUDGE_API_KEY is sent only to BATON_JUDGE_URL; an endpoint set here gets no API key and may not be a private address.
          </span>
        </label>
        <label className="flex flex-col text-xs text-muted">Endpoint URL<input name="judgeUrl" defaultValue={settings.judge.url ?? ""} placeholder="https://api.openai.com/v1" className="input mt-1" /></label>
        <label className="flex flex-col text-xs text-muted">Model<input name="judgeModel" defaultValue={settings.judge.model ?? ""} placeholder="gpt-4o-mini" className="input mt-1" /></label>
      </fieldset>
      <button className="btn-primary" disabled={pending}>Save scoring settings</button>
      <Status s={s} />
    </form>
  );
}

export function RescoreButton() {
  const [s, action, pending] = useActionState(rescoreAction, {});
  return (
    <form action={action} className="flex items-center gap-3">
      <button className="btn" disabled={pending}>Rescore all conversations</button>
      <Status s={s} />
    </form>
  );
}

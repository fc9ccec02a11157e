"use client";
// The create/edit form of an alert rule, with all of its webhooks: a row a webhook (add and remove
// rows); a stored webhook's secret field left empty keeps the stored secret (sent as the mask).
import { useActionState, useState } from "react";
import { MAX_WEBHOOKS } from "@/lib/alerts/limits";
import { METRICS } from "@/lib/dashboard/metrics";
import { saveRuleAction, testRuleAction } from "./actions";

export interface RuleDefaults {
  id?: string;
  name?: string;
  metric?: string;
  kind?: string;
  direction?: string;
  comparator?: string;
  threshold?: number;
  windowMinutes?: number;
  minSamples?: number;
  intervalSeconds?: number;
  pendingEvaluations?: number;
  severity?: string;
  groupBy?: string | null;
  enabled?: boolean;
  /** the stored webhooks' URLs; their secrets never reach the browser */
  webhookUrls?: string[];
}

const label = "flex flex-col text-xs text-muted";

export function RuleForm({ rule = {} }: { rule?: RuleDefaults }) {
  const [s, action, pending] = useActionState(saveRuleAction, {});
  const editing = !!rule.id;
  return (
    <form action={action} className="space-y-3" aria-label={editing ? `Edit ${rule.name}` : "New rule"}>
      {editing && <input type="hidden" name="id" value={rule.id} />}
      {editing && <input type="hidden" name="enabled" value={rule.enabled === false ? "off" : "on"} />}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <label className={label}>Name<input name="name" defaultValue={rule.name ?? ""} placeholder="Re-ask spike" className="input mt-1" /></label>
        <label className={label}>
          Metric
          <select name="metric" defaultValue={rule.metric ?? "reask_rate"} className="input mt-1">
            {METRICS.map((m) => <option key={m.id} value={m.id}>{m.label}</option>)}
          </select>
        </label>
        <label className={label}>
          Kind
          <select name="kind" defaultValue={rule.kind ?? "threshold"} className="input mt-1">
            <option value="threshold">value crosses a limit</option><option value="change">level shift detected</option>
          </select>
        </label>
        <label className={label}>
          Change direction
          <select name="direction" defaultValue={rule.direction ?? "any"} className="input mt-1">
            <option value="any">either way</option><option value="up">up</option><option value="down">down</option>
          </select>
          <span className="mt-0.5 text-[11px]">for a level shift, the Condition value is the minimum shift (0 = any)</span>
        </label>
        <label className={label}>
          Condition
          <span className="mt-1 flex gap-2">
            <select name="comparator" defaultValue={rule.comparator ?? "gt"} className="input w-20">
              <option value="gt">&gt;</option><option value="gte">≥</option><option value="lt">&lt;</option><option value="lte">≤</option>
            </select>
            <input name="threshold" type="number" step="any" defaultValue={rule.threshold ?? 0.08} aria-label="Threshold" className="input" />
          </span>
          <span className="mt-0.5 text-[11px]">rates as fractions: 0.08 = 8%</span>
        </label>
        <label className={label}>
          Split by
          <select name="groupBy" defaultValue={rule.groupBy ?? ""} className="input mt-1">
            <option value="">whole project</option><option value="agent">agent</option><option value="edge">from→to edge</option>
          </select>
        </label>
        <label className={label}>Window (minutes)<input name="windowMinutes" type="number" defaultValue={rule.windowMinutes ?? 60} className="input mt-1" /></label>
        <label className={label}>At least (samples)<input name="minSamples" type="number" defaultValue={rule.minSamples ?? 50} className="input mt-1" /></label>
        <label className={label}>Evaluate every (s)<input name="intervalSeconds" type="number" defaultValue={rule.intervalSeconds ?? 60} className="input mt-1" /></label>
        <label className={label}>Fire after (evaluations)<input name="pendingEvaluations" type="number" defaultValue={rule.pendingEvaluations ?? 1} className="input mt-1" /></label>
        <label className={label}>
          Severity
          <select name="severity" defaultValue={rule.severity ?? "warning"} className="input mt-1">
            <option value="info">info</option><option value="warning">warning</option><option value="critical">critical</option>
          </select>
        </label>
      </div>
      <Webhooks stored={rule.webhookUrls ?? []} />
      <div className="flex items-center gap-3">
        <button className="btn-primary" disabled={pending}>{editing ? "Save rule" : "Create rule"}</button>
        {s.error && <p role="status" className="text-sm text-dropout">{s.error}</p>}
        {s.ok && <p role="status" className="text-sm text-ok">{s.ok}</p>}
      </div>
    </form>
  );
}

/** One row a webhook; a row left without a URL is ignored. Stored rows may leave the secret empty. */
function Webhooks({ stored }: { stored: string[] }) {
  const [rows, setRows] = useState(() => (stored.length ? stored : [""]).map((url, key) => ({ key, url, stored: !!url })));
  const [next, setNext] = useState(rows.length);
  return (
    <div className="space-y-2">
      <p className="text-xs text-muted">Webhooks (Slack incoming webhooks work as is); each request is signed with its secret.</p>
      {rows.map((w, i) => (
        <fieldset key={w.key} aria-label={`Webhook ${i + 1}`} className="grid items-end gap-3 sm:grid-cols-[2fr_1fr_auto]">
          <label className={label}>Webhook URL<input name="webhookUrl" defaultValue={w.url} placeholder="https://hooks.slack.com/services/…" className="input mt-1" /></label>
          <label className={label}>Signing secret<input name="webhookSecret" type="password" placeholder={w.stored ? "unchanged" : "at least 8 characters"} className="input mt-1" /></label>
          <button type="button" className="btn" aria-label={`Remove webhook ${i + 1}`} onClick={() => setRows(rows.filter((r) => r.key !== w.key))}>Remove</button>
        </fieldset>
      ))}
      {rows.length < MAX_WEBHOOKS && (
        <button type="button" className="btn" onClick={() => (setRows([...rows, { key: next, url: "", stored: false }]), setNext(next + 1))}>Add webhook</button>
      )}
    </div>
  );
}

export function TestButton({ id, name }: { id: string; name: string }) {
  const [s, action, pending] = useActionState(testRuleAction, {});
  return (
    <form action={action} className="inline-flex items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <button className="btn" disabled={pending} aria-label={`Send test for ${name}`}>Send test</button>
      {s.error && <span className="text-xs text-dropout">{s.error}</span>}
      {s.ok && <span className="text-xs text-ok">{s.ok}</span>}
    </form>
  );
}

"use client";
// The "Privacy and retention" form of /settings: retention windows and PII redaction at ingest.
import { useActionState } from "react";
import type { ProjectSettings } from "@/lib/projects/settings";
import type { FormState } from "./actions";
import { savePrivacyAction } from "./privacy-actions";

function Status({ s }: { s: FormState }) {
  if (s.error) return <p role="status" className="text-sm text-dropout">{s.error}</p>;
  if (s.ok) return <p role="status" className="text-sm text-ok">{s.ok}</p>;
  return null;
}

export function PrivacyForm({ settings, hashKeySet }: { settings: ProjectSettings; hashKeySet: boolean }) {
  const [s, action, pending] = useActionState(savePrivacyAction, {});
  return (
    <form action={action} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <label className="flex flex-col text-xs text-muted">
          Keep conversations (days)
          <input name="eventRetentionDays" type="number" min={1} defaultValue={settings.eventRetentionDays} className="input mt-1" />
          <span className="mt-0.5 text-[11px]">A conversation whose last event is older is removed with its events and handoffs (hourly).</span>
        </label>
        <label className="flex flex-col text-xs text-muted">
          Keep trend rollups (days)
          <input name="rollupRetentionDays" type="number" min={1} defaultValue={settings.rollupRetentionDays} className="input mt-1" />
          <span className="mt-0.5 text-[11px]">Trend panels and alerts read hourly rollups, which outlive the conversations they count.</span>
        </label>
        <label className="flex flex-col text-xs text-muted">
          PII redaction
          <select name="redactionMode" defaultValue={settings.redaction.mode} className="input mt-1">
            <option value="off">off (stored as sent)</option>
            <option value="mask">mask (&lt;email&gt;)</option>
            <option value="hash" disabled={!hashKeySet && settings.redaction.mode !== "hash"}>
              hash (&lt;email:3f9a…&gt;, equal values still match){hashKeySet ? "" : " — needs BATON_REDACTION_KEY"}
            </option>
          </select>
          <span className="mt-0.5 text-[11px]">Emails, phone numbers, card numbers (Luhn) and IBANs in content and payloads.</span>
        </label>
        <label className="flex flex-col text-xs text-muted">
          Always redact keys
          <input name="redactionKeys" defaultValue={settings.redaction.keys.join(", ")} placeholder="customer_id, address" className="input mt-1" />
          <span className="mt-0.5 text-[11px]">Payload, state and metadata keys whose values are replaced (comma separated).</span>
        </label>
      </div>
      <p className="text-xs text-muted" role="note">
        A redaction change applies to events received after you save it; events already stored are not changed (erase them from the API
        if they must go). Removing old data never changes the rollups already counted.
      </p>
      <button className="btn-primary" disabled={pending}>Save privacy settings</button>
      <Status s={s} />
    </form>
  );
}

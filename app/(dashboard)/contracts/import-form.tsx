"use client";
import { useActionState } from "react";
import { importContractsAction } from "./actions";
import { FormStatus } from "./form-status";

export function ImportForm() {
  const [s, action, pending] = useActionState(importContractsAction, {});
  return (
    <form action={action} className="mt-2 space-y-2">
      <textarea name="file" rows={4} className="input w-full font-mono text-xs" placeholder='{"version": 1, "contracts": [{"from": "triage", "to": "billing", "schema": {...}}]}' aria-label="Contracts file" />
      <button className="btn" disabled={pending}>Import</button>
      <FormStatus s={s} />
    </form>
  );
}

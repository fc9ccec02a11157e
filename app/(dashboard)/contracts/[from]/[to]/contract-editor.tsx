"use client";
import { useActionState } from "react";
import { pinInferredAction, saveContractAction } from "../../actions";
import { FormStatus } from "../../form-status";

export function ContractEditor({ from, to, initial, canPinInferred }: { from: string; to: string; initial: string; canPinInferred: boolean }) {
  const [pinState, pin, pinning] = useActionState(pinInferredAction, {});
  const [saveState, save, saving] = useActionState(saveContractAction, {});
  return (
    <div className="space-y-3">
      {canPinInferred && (
        <form action={pin} className="flex items-center gap-2">
          <input type="hidden" name="from" value={from} />
          <input type="hidden" name="to" value={to} />
          <button className="btn-primary" disabled={pinning}>Pin inferred contract</button>
          <FormStatus s={pinState} />
        </form>
      )}
      <form action={save} className="space-y-2">
        <input type="hidden" name="from" value={from} />
        <input type="hidden" name="to" value={to} />
        <textarea key={initial} name="schema" rows={12} defaultValue={initial} className="input w-full font-mono text-xs" aria-label="Contract JSON" />
        <button className="btn" disabled={saving}>Save contract</button>
        <FormStatus s={saveState} />
      </form>
    </div>
  );
}

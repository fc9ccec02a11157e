import type { ContractFormState } from "./actions";

export function FormStatus({ s }: { s: ContractFormState }) {
  if (s.error) return <p role="status" className="text-sm text-dropout">{s.error}</p>;
  if (s.ok) return <p role="status" className="text-sm text-ok">{s.ok}</p>;
  return null;
}

"use server";
// Dashboard mutations of contracts: the same domain verbs as PUT /api/v1/contracts/{from}/{to}
// and POST /api/v1/contracts/import, with the viewer as author.
import { revalidatePath } from "next/cache";
import { parseContractsText, parseContractText } from "@/lib/contracts/file";
import { importContracts, putContract } from "@/lib/contracts/pin";
import { getEdgeContract } from "@/lib/contracts/queries";
import { requireViewer } from "@/lib/dashboard/session";

export type ContractFormState = { error?: string; ok?: string };

const explain = (issues: Array<{ path: string; message: string }>) => issues.map((i) => `${i.path || "contract"}: ${i.message}`).join("; ");
const pagePath = (from: string, to: string) => `/contracts/${encodeURIComponent(from)}/${encodeURIComponent(to)}`;

export async function pinInferredAction(_: ContractFormState, form: FormData): Promise<ContractFormState> {
  const v = await requireViewer();
  const from = String(form.get("from"));
  const to = String(form.get("to"));
  const edge = await getEdgeContract({ projectId: v.projectId, from, to });
  const r = await putContract({ projectId: v.projectId, from, to, schema: edge.inferred.schema, author: v.user.email });
  revalidatePath(pagePath(from, to));
  return { ok: r.changed ? `Pinned as version ${r.contract.version}` : "Unchanged" };
}

export async function saveContractAction(_: ContractFormState, form: FormData): Promise<ContractFormState> {
  const v = await requireViewer();
  const from = String(form.get("from"));
  const to = String(form.get("to"));
  const parsed = parseContractText(String(form.get("schema") ?? ""));
  if (!parsed.ok) return { error: explain(parsed.issues) };
  const r = await putContract({ projectId: v.projectId, from, to, schema: parsed.value, author: v.user.email });
  revalidatePath(pagePath(from, to));
  return { ok: r.changed ? `Saved as version ${r.contract.version}` : "Unchanged" };
}

export async function importContractsAction(_: ContractFormState, form: FormData): Promise<ContractFormState> {
  const v = await requireViewer();
  const parsed = parseContractsText(String(form.get("file") ?? ""));
  if (!parsed.ok) return { error: explain(parsed.issues) };
  const r = await importContracts({ projectId: v.projectId, file: parsed.value, author: v.user.email });
  revalidatePath("/contracts");
  return { ok: `${r.contracts} contracts read, ${r.changed} changed` };
}

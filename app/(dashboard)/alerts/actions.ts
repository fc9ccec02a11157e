"use server";
import { revalidatePath } from "next/cache";
import { testAlertRule } from "@/lib/alerts/jobs";
import { createAlertRule, deleteAlertRule, getAlertRuleOrThrow, updateAlertRule } from "@/lib/alerts/queries";
import { AlertRuleInput, SECRET_MASK } from "@/lib/alerts/schemas";
import { canEditProject } from "@/lib/auth/permissions";
import { ValidationError } from "@/lib/errors";
import { refused, requireViewer } from "@/lib/dashboard/session";

export type RuleFormState = { error?: string; ok?: string };

/** The form's fields → the API's rule shape, validated by the same zod schema. */
function fromForm(form: FormData) {
  const num = (k: string) => (form.get(k) === "" || form.get(k) === null ? undefined : Number(form.get(k)));
  // one URL and one secret field a webhook row, in order; a row without a URL is an unused row
  const secrets = form.getAll("webhookSecret").map((v) => String(v).trim());
  const webhooks = form.getAll("webhookUrl").flatMap((v, i) => {
    const url = String(v).trim();
    return url ? [{ url, secret: secrets[i] || SECRET_MASK }] : [];
  });
  return AlertRuleInput.safeParse({
    name: form.get("name"),
    metric: form.get("metric"),
    kind: form.get("kind") ?? undefined,
    direction: form.get("direction") ?? undefined,
    comparator: form.get("comparator"),
    threshold: num("threshold"),
    windowMinutes: num("windowMinutes"),
    minSamples: num("minSamples"),
    intervalSeconds: num("intervalSeconds"),
    pendingEvaluations: num("pendingEvaluations"),
    severity: form.get("severity"),
    groupBy: form.get("groupBy") || null,
    webhooks,
    enabled: form.get("enabled") !== "off",
  });
}

const explain = (e: { issues: Array<{ path: PropertyKey[]; message: string }> }) =>
  e.issues.map((i) => `${i.path.join(".") || "form"}: ${i.message}`).join("; ");

export async function saveRuleAction(_: RuleFormState, form: FormData): Promise<RuleFormState> {
  const v = await requireViewer();
  if (!canEditProject(v.role)) return refused(v);
  const parsed = fromForm(form);
  if (!parsed.success) return { error: explain(parsed.error) };
  const id = String(form.get("id") ?? "");
  try {
    if (id) await updateAlertRule({ projectId: v.projectId, id, patch: parsed.data });
    else await createAlertRule({ projectId: v.projectId, input: parsed.data });
  } catch (err) {
    if (err instanceof ValidationError) return { error: err.issues.map((i) => `${i.path.replace(/^body\./, "")}: ${i.message}`).join("; ") || err.message };
    throw err;
  }
  revalidatePath("/alerts");
  return { ok: id ? "Rule updated." : "Rule created." };
}

export async function toggleRuleAction(form: FormData): Promise<void> {
  const v = await requireViewer();
  if (!canEditProject(v.role)) return; // the page offers this button only to roles that may
  const id = String(form.get("id"));
  const rule = await getAlertRuleOrThrow({ projectId: v.projectId, id });
  await updateAlertRule({ projectId: v.projectId, id, patch: { enabled: !rule.enabled } });
  revalidatePath("/alerts");
}

export async function deleteRuleAction(form: FormData): Promise<void> {
  const v = await requireViewer();
  if (!canEditProject(v.role)) return; // the page offers this button only to roles that may
  await deleteAlertRule({ projectId: v.projectId, id: String(form.get("id")) });
  revalidatePath("/alerts");
}

export async function testRuleAction(_: RuleFormState, form: FormData): Promise<RuleFormState> {
  const v = await requireViewer();
  if (!canEditProject(v.role)) return refused(v);
  const rule = await getAlertRuleOrThrow({ projectId: v.projectId, id: String(form.get("id")) });
  if (!rule.webhooks.length) return { error: "This rule has no webhook." };
  const results = await testAlertRule(rule, v.projectId);
  const bad = results.filter((r) => !r.ok);
  return bad.length ? { error: bad.map((r) => `${r.url}: ${r.error}`).join("; ") } : { ok: `Test delivered (${results.map((r) => r.statusCode).join(", ")}).` };
}

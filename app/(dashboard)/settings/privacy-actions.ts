"use server";
// Saves the privacy settings of /settings (issue 17): retention windows and PII redaction. Kept
// apart from the scoring form's action: a redaction change has its own rules (hash mode needs
// BATON_REDACTION_KEY; it applies to events received from now on).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { canEditProject } from "@/lib/auth/permissions";
import { refused, requireViewer } from "@/lib/dashboard/session";
import { env } from "@/lib/env";
import { getProjectSettings, updateProjectSettings } from "@/lib/projects/manage";
import { ProjectSettings } from "@/lib/projects/settings";
import type { FormState } from "./actions";

const PrivacyForm = z.object({
  eventRetentionDays: z.coerce.number(),
  rollupRetentionDays: z.coerce.number(),
  redactionMode: z.enum(["off", "mask", "hash"]),
  redactionKeys: z
    .string()
    .max(10_000)
    .optional()
    .transform((s) => (s ?? "").split(",").map((k) => k.trim()).filter(Boolean)),
});

export async function savePrivacyAction(_: FormState, form: FormData): Promise<FormState> {
  const v = await requireViewer();
  if (!canEditProject(v.role)) return refused(v);
  const raw = PrivacyForm.safeParse(Object.fromEntries(form));
  if (!raw.success) return { error: `${raw.error.issues[0].path.join(".")}: ${raw.error.issues[0].message}` };
  const { redactionMode, redactionKeys, ...retention } = raw.data;
  if (redactionMode === "hash" && !env().BATON_REDACTION_KEY) {
    return { error: "redaction.mode: hash mode needs BATON_REDACTION_KEY in the server's environment (mask mode does not)" };
  }
  const next = ProjectSettings.safeParse({ ...(await getProjectSettings(v.projectId)), ...retention, redaction: { mode: redactionMode, keys: redactionKeys } });
  if (!next.success) return { error: `${next.error.issues[0].path.join(".")}: ${next.error.issues[0].message}` };
  await updateProjectSettings({ projectId: v.projectId, settings: next.data });
  revalidatePath("/settings");
  return { ok: "Saved. Redaction applies to events received from now on; events already stored are not changed." };
}

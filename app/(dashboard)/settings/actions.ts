"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createApiKey, revokeApiKey } from "@/lib/auth/keys";
import { canEditProject } from "@/lib/auth/permissions";
import { refused, requireViewer, setProjectCookie } from "@/lib/dashboard/session";
import { createProject, getProjectSettings, renameProject, startRescore, updateProjectSettings } from "@/lib/projects/manage";
import { ProjectSettings } from "@/lib/projects/settings";
import { judgeUrlProblem } from "@/lib/scoring/judge-llm";

export type FormState = { error?: string; ok?: string; secret?: string };
const Name = z.string().trim().min(1, "a name is required").max(100, "at most 100 characters");

export async function createProjectAction(_: FormState, form: FormData): Promise<FormState> {
  const v = await requireViewer();
  const name = Name.safeParse(form.get("name"));
  if (!name.success) return { error: `Name: ${name.error.issues[0].message}` };
  const id = await createProject({ userId: v.user.id, name: name.data });
  await setProjectCookie(id);
  revalidatePath("/", "layout");
  return { ok: `Created “${name.data}” and switched to it.` };
}

export async function renameProjectAction(_: FormState, form: FormData): Promise<FormState> {
  const v = await requireViewer();
  if (!canEditProject(v.role)) return refused(v);
  const name = Name.safeParse(form.get("name"));
  if (!name.success) return { error: `Name: ${name.error.issues[0].message}` };
  await renameProject({ projectId: v.projectId, name: name.data });
  revalidatePath("/", "layout");
  return { ok: "Renamed." };
}

export async function createKeyAction(_: FormState, form: FormData): Promise<FormState> {
  const v = await requireViewer();
  if (!canEditProject(v.role)) return refused(v);
  const name = Name.safeParse(form.get("name"));
  if (!name.success) return { error: `Key name: ${name.error.issues[0].message}` };
  const key = await createApiKey({ projectId: v.projectId, name: name.data });
  revalidatePath("/settings");
  return { ok: "Key created. Copy it now: it will not be shown again.", secret: key.secret };
}

export async function revokeKeyAction(form: FormData): Promise<void> {
  const v = await requireViewer();
  if (!canEditProject(v.role)) return; // the page offers this button only to roles that may
  await revokeApiKey({ projectId: v.projectId, keyId: String(form.get("keyId")) });
  revalidatePath("/settings");
}

const SettingsForm = z.object({
  trackedFields: z.string().max(5000).transform((s) => s.split(/[,\n]/).map((x) => x.trim()).filter(Boolean)),
  freshnessTurns: z.coerce.number(),
  freshnessSeconds: z.coerce.number(),
  depthWarn: z.coerce.number(),
  depthCritical: z.coerce.number(),
  driftThreshold: z.coerce.number(),
  /** a hidden "off" before the checkbox's "on" (the last value wins); absent keeps the current value */
  ratingEvidence: z.enum(["on", "off"]).optional(),
  pingPongHops: z.coerce.number(),
  /** empty clears it */
  releaseKey: z.string().trim().max(128).optional().transform((s) => s || undefined),
  compressionFlagRatio: z.coerce.number(),
  /** handoff contracts (lib/contracts); absent keeps the current value */
  contractPresence: z.coerce.number().optional(),
  contractWindowDays: z.coerce.number().optional(),
  judgeKind: z.enum(["offline", "llm"]),
  judgeUrl: z.string().trim().optional(),
  judgeModel: z.string().trim().optional(),
  vocabulary: z
    .string()
    .max(20_000)
    .optional()
    .transform((s, ctx) => {
      if (!s?.trim()) return [];
      try {
        return JSON.parse(s) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "not valid JSON (a list of {name, keys, nouns, pattern})" });
        return z.NEVER;
      }
    }),
});

export async function saveSettingsAction(_: FormState, form: FormData): Promise<FormState> {
  const v = await requireViewer();
  if (!canEditProject(v.role)) return refused(v);
  const raw = SettingsForm.safeParse(Object.fromEntries(form));
  if (!raw.success) return { error: `${raw.error.issues[0].path.join(".")}: ${raw.error.issues[0].message}` };
  const { judgeKind, judgeUrl, judgeModel, contractPresence, contractWindowDays, ratingEvidence, ...rest } = raw.data;
  const current = await getProjectSettings(v.projectId);
  const next = ProjectSettings.safeParse({
    ...current,
    ...rest,
    ...(contractPresence === undefined ? {} : { contractPresence }),
    ...(contractWindowDays === undefined ? {} : { contractWindowDays }),
    ...(ratingEvidence === undefined ? {} : { ratingEvidence: ratingEvidence === "on" }),
    judge: { kind: judgeKind, ...(judgeUrl ? { url: judgeUrl } : {}), ...(judgeModel ? { model: judgeModel } : {}) },
  });
  if (!next.success) return { error: `${next.error.issues[0].path.join(".")}: ${next.error.issues[0].message}` };
  const judgeProblem = next.data.judge.url ? judgeUrlProblem(next.data.judge.url) : null;
  if (judgeProblem) return { error: `judge.url: ${judgeProblem}` };
  if (next.data.depthCritical < next.data.depthWarn) return { error: "depthCritical: must be at least the warn level" };
  await updateProjectSettings({ projectId: v.projectId, settings: next.data });
  revalidatePath("/settings");
  return { ok: "Saved. Rescore to apply the new thresholds to past conversations." };
}

export async function rescoreAction(): Promise<FormState> {
  const v = await requireViewer();
  if (!canEditProject(v.role)) return refused(v);
  await startRescore({ projectId: v.projectId });
  revalidatePath("/settings");
  return { ok: "Rescore queued." };
}

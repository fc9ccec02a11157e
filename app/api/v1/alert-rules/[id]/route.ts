import { z } from "zod";
import { deleteAlertRule, getAlertRuleOrThrow, publicRule, updateAlertRule } from "@/lib/alerts/queries";
import { AlertRulePatch } from "@/lib/alerts/schemas";
import { Text } from "@/lib/http/params";
import { route } from "@/lib/http/route";
import { canEditProject } from "@/lib/auth/permissions";

const Params = z.object({ id: Text(64) });

export const GET = route({
  auth: "key-or-session",
  params: Params,
  handler: async ({ auth, params }) => publicRule(await getAlertRuleOrThrow({ projectId: auth.projectId, id: params.id })),
});

export const PATCH = route({
  auth: "key-or-session",
  allow: canEditProject,
  params: Params,
  body: AlertRulePatch,
  handler: async ({ auth, params, body }) => publicRule(await updateAlertRule({ projectId: auth.projectId, id: params.id, patch: body })),
});

export const DELETE = route({
  auth: "key-or-session",
  allow: canEditProject,
  params: Params,
  handler: async ({ auth, params }) => {
    await deleteAlertRule({ projectId: auth.projectId, id: params.id });
  },
});

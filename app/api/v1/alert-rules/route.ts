import { createAlertRule, listAlertRules, publicRule } from "@/lib/alerts/queries";
import { AlertRuleInput } from "@/lib/alerts/schemas";
import { route } from "@/lib/http/route";
import { canEditProject } from "@/lib/auth/permissions";

export const GET = route({
  auth: "key-or-session",
  handler: async ({ auth }) => ({ data: (await listAlertRules({ projectId: auth.projectId })).map(publicRule) }),
});

export const POST = route({
  auth: "key-or-session",
  allow: canEditProject,
  body: AlertRuleInput,
  handler: async ({ auth, body }) =>
    Response.json(publicRule(await createAlertRule({ projectId: auth.projectId, input: body })), { status: 201 }),
});

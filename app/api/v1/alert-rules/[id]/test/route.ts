import { z } from "zod";
import { testAlertRule } from "@/lib/alerts/jobs";
import { getAlertRuleOrThrow } from "@/lib/alerts/queries";
import { Text } from "@/lib/http/params";
import { route } from "@/lib/http/route";
import { canEditProject } from "@/lib/auth/permissions";

export const POST = route({
  auth: "key-or-session",
  allow: canEditProject,
  params: z.object({ id: Text(64) }),
  handler: async ({ auth, params }) => {
    const rule = await getAlertRuleOrThrow({ projectId: auth.projectId, id: params.id });
    return { results: await testAlertRule(rule, auth.projectId) };
  },
});

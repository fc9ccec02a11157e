import { route } from "@/lib/http/route";
import { listReleases } from "@/lib/releases/queries";

export const GET = route({
  auth: "key-or-session",
  handler: async ({ auth }) => ({ data: await listReleases(auth.projectId) }),
});

import { z } from "zod";
import { listContractEdgesForProject } from "@/lib/contracts/queries";
import { route } from "@/lib/http/route";

export const GET = route({
  auth: "key-or-session",
  query: z.object({ days: z.coerce.number().int().min(1).max(90).optional() }),
  handler: ({ auth, query }) => listContractEdgesForProject({ projectId: auth.projectId, days: query.days }),
});

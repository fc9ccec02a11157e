import { z } from "zod";
import { getConversationOrThrow } from "@/lib/conversations/queries";
import { route } from "@/lib/http/route";

export const GET = route({
  auth: "key-or-session",
  params: z.object({ id: z.string().min(1).max(256) }),
  handler: ({ auth, params }) => getConversationOrThrow({ projectId: auth.projectId, id: params.id }),
});

import { z } from "zod";
import { getConversationOrThrow } from "@/lib/conversations/queries";
import { Text } from "@/lib/http/params";
import { route } from "@/lib/http/route";

export const GET = route({
  auth: "key-or-session",
  params: z.object({ id: Text(256) }),
  handler: ({ auth, params }) => getConversationOrThrow({ projectId: auth.projectId, id: params.id }),
});

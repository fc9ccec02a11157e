import { z } from "zod";
import { getConversationOrThrow } from "@/lib/conversations/queries";
import { deleteConversation } from "@/lib/erasure/delete-conversation";
import { erasureActor } from "@/lib/erasure/actor";
import { Text } from "@/lib/http/params";
import { route } from "@/lib/http/route";

const params = z.object({ id: Text(256) });

export const GET = route({
  auth: "key-or-session",
  params,
  handler: ({ auth, params }) => getConversationOrThrow({ projectId: auth.projectId, id: params.id }),
});

/** Erasure of one conversation (API key of the project or a logged-in admin; lib/erasure). */
export const DELETE = route({
  auth: "key-or-session",
  params,
  handler: async ({ auth, params }) =>
    deleteConversation({ projectId: auth.projectId, conversationId: params.id, actor: await erasureActor(auth) }),
});

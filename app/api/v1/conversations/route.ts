import { ConversationFilter, listConversations } from "@/lib/conversations/list";
import { route } from "@/lib/http/route";

export const GET = route({
  auth: "key-or-session",
  query: ConversationFilter,
  handler: ({ auth, query }) => listConversations({ projectId: auth.projectId, filter: query }),
});

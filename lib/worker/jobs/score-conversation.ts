// Job: (re)score one conversation. Thin: validates the payload and calls the scoring domain.
// Errors are logged and rethrown so graphile-worker retries with backoff.
import type { Task } from "graphile-worker";
import { z } from "zod";
import { scoreConversation } from "../../scoring/persist";

const Payload = z.object({ projectId: z.string().min(1), conversationId: z.string().min(1) });

export const scoreConversationTask: Task = async (payload, helpers) => {
  const { projectId, conversationId } = Payload.parse(payload);
  try {
    await scoreConversation({ projectId, conversationId });
  } catch (err) {
    helpers.logger.error(`scoring ${projectId}/${conversationId} failed: ${(err as Error).message}`);
    throw err;
  }
};

// A person's (or a script's) review of one conversation's flags: PUT replaces it, DELETE removes it
// (lib/reviews/review.ts; members, admins and project keys; viewers read it in GET /conversations/{id}).
import { z } from "zod";
import { canEditProject } from "@/lib/auth/permissions";
import { Text } from "@/lib/http/params";
import { route } from "@/lib/http/route";
import { actorName } from "@/lib/auth/actor";
import { deleteReview, ReviewInput, saveReview } from "@/lib/reviews/review";

const params = z.object({ id: Text(256) });

export const PUT = route({
  auth: "key-or-session",
  allow: canEditProject,
  params,
  body: ReviewInput,
  handler: ({ auth, params, body }) => saveReview({ projectId: auth.projectId, conversationId: params.id, input: body, by: actorName(auth) }),
});

export const DELETE = route({
  auth: "key-or-session",
  allow: canEditProject,
  params,
  handler: async ({ auth, params }) => {
    await deleteReview({ projectId: auth.projectId, conversationId: params.id });
  },
});

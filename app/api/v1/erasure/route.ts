// POST /api/v1/erasure {identifier, force?}: erase every conversation mentioning an identifier
// (lib/erasure/erase-by-identifier.ts). API key of the project or a logged-in admin.
import { z } from "zod";
import { erasureActor } from "@/lib/erasure/actor";
import { eraseByIdentifier } from "@/lib/erasure/erase-by-identifier";
import { route } from "@/lib/http/route";

export const POST = route({
  auth: "key-or-session",
  body: z.object({ identifier: z.string().max(512), force: z.boolean().optional() }),
  handler: async ({ auth, body }) =>
    eraseByIdentifier({ projectId: auth.projectId, identifier: body.identifier, force: body.force, actor: await erasureActor(auth) }),
});

import { z } from "zod";
import { checkCapture } from "@/lib/contracts/check-capture";
import { MAX_CONTRACT_BYTES } from "@/lib/contracts/http";
import { route } from "@/lib/http/route";

/** Body: `{events: [...]}` (native events, OpenAI Agents items or LangSmith runs), optionally `contracts` (a file); else the project's pinned contracts. */
export const POST = route({
  auth: "key-or-session",
  maxBodyBytes: MAX_CONTRACT_BYTES,
  body: z.object({ events: z.array(z.unknown()).max(100_000), contracts: z.unknown().optional() }),
  handler: ({ auth, body }) => checkCapture({ projectId: auth.projectId, events: body.events, contracts: body.contracts }),
});

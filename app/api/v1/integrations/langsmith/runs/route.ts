// LangSmith single-run create (POST /runs); the update is PATCH /runs/{id}.
import { z } from "zod";
import { route } from "@/lib/http/route";
import { MAX_BODY_BYTES } from "@/lib/ingest/schemas";
import { ingestRunParts } from "@/lib/integrations/langsmith-route";

export const POST = route({
  auth: "key",
  body: z.record(z.string(), z.unknown()),
  maxBodyBytes: MAX_BODY_BYTES,
  handler: async ({ auth, body }) => ingestRunParts(auth, [{ op: "post", run: body }]),
});

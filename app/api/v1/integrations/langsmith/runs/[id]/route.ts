// LangSmith single-run update: PATCH /runs/{id} with the end time, outputs or error.
import { z } from "zod";
import { Text } from "@/lib/http/params";
import { route } from "@/lib/http/route";
import { MAX_BODY_BYTES } from "@/lib/ingest/schemas";
import { ingestRunParts } from "@/lib/integrations/langsmith-route";

export const PATCH = route({
  auth: "key",
  params: z.object({ id: Text(128) }),
  body: z.record(z.string(), z.unknown()),
  maxBodyBytes: MAX_BODY_BYTES,
  handler: async ({ auth, params, body }) => ingestRunParts(auth, [{ op: "patch", run: { ...body, id: params.id } }]),
});

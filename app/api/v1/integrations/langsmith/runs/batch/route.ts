// LangSmith JSON batch ingest: `{post: [run…], patch: [run…]}`.
import { z } from "zod";
import { route } from "@/lib/http/route";
import { MAX_BODY_BYTES } from "@/lib/ingest/schemas";
import { ingestRunParts } from "@/lib/integrations/langsmith-route";

const Batch = z.object({ post: z.array(z.record(z.string(), z.unknown())).default([]), patch: z.array(z.record(z.string(), z.unknown())).default([]) });

export const POST = route({
  auth: "key",
  body: Batch,
  maxBodyBytes: MAX_BODY_BYTES,
  // strings are checked run by run (stageRuns), so one bad run does not sink the batch
  bodyGuard: { strings: false },
  handler: async ({ auth, body }) =>
    ingestRunParts(auth, [...body.post.map((run) => ({ op: "post" as const, run })), ...body.patch.map((run) => ({ op: "patch" as const, run }))]),
});

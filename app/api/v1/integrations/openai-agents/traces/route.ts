// OpenAI Agents SDK: point `OpenAITracingExporter({ endpoint, apiKey })` here (SPEC §2.2).
import { parseJson, readBody, requireContentType } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { ingestAs, ingestContext, throttle } from "@/lib/ingest/http";
import { MAX_BODY_BYTES } from "@/lib/ingest/schemas";
import { deriveOpenAIEvents, stageOpenAIItems } from "@/lib/integrations/openai-agents";
import { integrationResponse } from "@/lib/integrations/respond";

export const POST = route({
  auth: "key",
  handler: async ({ req, auth }) => {
    throttle(auth);
    requireContentType(req, ["application/json"]);
    const ctx = ingestContext(auth);
    const staged = await stageOpenAIItems(ctx.projectId, ctx.redactor, parseJson(await readBody(req, MAX_BODY_BYTES), { strings: false }));
    const events = await deriveOpenAIEvents(ctx.projectId, staged.traceIds);
    const ingest = await ingestAs(ctx, events);
    return integrationResponse(staged.received, staged.errors, ingest);
  },
});

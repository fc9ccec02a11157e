// OpenAI Agents SDK: point `OpenAITracingExporter({ endpoint, apiKey })` here (SPEC §2.2).
import { parseJson, readBody, requireContentType } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { ingestAs, throttle } from "@/lib/ingest/http";
import { MAX_BODY_BYTES } from "@/lib/ingest/schemas";
import { deriveOpenAIEvents, stageOpenAIItems } from "@/lib/integrations/openai-agents";
import { integrationResponse } from "@/lib/integrations/respond";

export const POST = route({
  auth: "key",
  handler: async ({ req, auth }) => {
    throttle(auth);
    requireContentType(req, ["application/json"]);
    const staged = await stageOpenAIItems(auth.projectId, parseJson(await readBody(req, MAX_BODY_BYTES), { strings: false }));
    const events = await deriveOpenAIEvents(auth.projectId, staged.traceIds);
    const ingest = await ingestAs(auth, events);
    return integrationResponse(staged.received, staged.errors, ingest);
  },
});

// POST /api/v1/integrations/openai-agents/traces: point `OpenAITracingExporter({ endpoint, apiKey })`
// here (SPEC §2.2). One handler for both paths: the route file exports its `POST` for Next, and the
// ingest listener (lib/runtime/ingest-listener.ts) calls its `answer` ahead of Next (lib/http/key-route.ts).
import { parseJson, readBodyChunks, requireContentType } from "../http/body";
import { keyRoute } from "../http/key-route";
import { ingestAs, ingestContext, throttle } from "../ingest/http";
import { MAX_BODY_BYTES } from "../ingest/schemas";
import { deriveOpenAIEvents, stageOpenAIItems } from "./openai-agents";
import { integrationReply } from "./respond";

export const postOpenAITraces = keyRoute({
  handler: async ({ req, auth }) => {
    throttle(auth);
    requireContentType(req, ["application/json"]);
    const ctx = ingestContext(auth);
    const body = parseJson(await readBodyChunks(req.headers, req.body, MAX_BODY_BYTES), { strings: false });
    const staged = await stageOpenAIItems(ctx.projectId, ctx.redactor, body);
    const events = await deriveOpenAIEvents(ctx.projectId, staged.traceIds);
    const ingest = await ingestAs(ctx, events);
    return integrationReply(staged.received, staged.errors, ingest);
  },
});

import { ingestAs, ingestContext, ingestResponse, parseEnvelope, throttle } from "@/lib/ingest/http";
import { MAX_BODY_BYTES } from "@/lib/ingest/schemas";
import { parseJson, readBody, requireContentType } from "@/lib/http/body";
import { route } from "@/lib/http/route";

export const POST = route({
  auth: "key",
  handler: async ({ req, auth }) => {
    throttle(auth);
    requireContentType(req, ["application/json"]);
    // checked event by event (ingestEvents: strings; the schema: depth), so one bad event does not sink the batch
    const events = parseEnvelope(parseJson(await readBody(req, MAX_BODY_BYTES), false));
    return ingestResponse(await ingestAs(ingestContext(auth), events));
  },
});

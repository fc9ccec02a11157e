// POST /api/v1/events (SPEC §2.1): the one handler for native ingest. The route file re-exports it
// for Next, and the web process's ingest listener (lib/runtime/ingest-listener.ts) calls the same
// function ahead of Next, so auth, throttle, body limit, content type, JSON parse, validation,
// redaction and the insert exist once and answer the same bytes on either path.
import { parseJson, readBody, requireContentType } from "../http/body";
import { route } from "../http/route";
import { ingestAs, ingestContext, ingestResponse, parseEnvelope, throttle } from "./http";
import { MAX_BODY_BYTES } from "./schemas";

export const postEvents = route({
  auth: "key",
  handler: async ({ req, auth }) => {
    throttle(auth);
    requireContentType(req, ["application/json"]);
    // checked event by event (ingestEvents: strings; the schema: depth), so one bad event does not sink the batch
    const events = parseEnvelope(parseJson(await readBody(req, MAX_BODY_BYTES), false));
    return ingestResponse(await ingestAs(ingestContext(auth), events));
  },
});

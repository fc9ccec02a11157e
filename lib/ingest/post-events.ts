// POST /api/v1/events (SPEC §2.1): the one handler for native ingest. The route file exports its
// `POST` for Next, and the web process's ingest listener (lib/runtime/ingest-listener.ts) calls its
// `answer` on node's request ahead of Next, so auth, throttle, body limit, content type, gzip, JSON
// parse and guard, validation, redaction, the insert and error mapping exist once and answer the
// same bytes on either path. The key comes from the lookup cache; the INSERT checks it (keyRoute).
import { parseJson, readBodyChunks, requireContentType } from "../http/body";
import { keyRoute } from "../http/key-route";
import { ingestChecked, ingestReply, parseEnvelope, throttle } from "./http";
import { MAX_BODY_BYTES } from "./schemas";

export const postEvents = keyRoute({
  cachedKey: true,
  handler: async ({ req, auth, reauthenticate }) => {
    throttle(auth);
    requireContentType(req, ["application/json"]);
    // checked event by event (ingestEvents: strings; the schema: depth), so one bad event does not sink the batch
    const events = parseEnvelope(parseJson(await readBodyChunks(req.headers, req.body, MAX_BODY_BYTES), false));
    return ingestReply(await ingestChecked(auth, events, reauthenticate));
  },
});

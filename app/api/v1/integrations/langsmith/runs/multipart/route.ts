// LangSmith multipart run ingest: `post.<id>`, `patch.<id>` and their `.inputs/.outputs/.extra…` parts.
import { readBody, requireContentType } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { MAX_BODY_BYTES } from "@/lib/ingest/schemas";
import { parseMultipart } from "@/lib/integrations/langsmith";
import { ingestRunParts } from "@/lib/integrations/langsmith-route";

export const POST = route({
  auth: "key",
  handler: async ({ req, auth }) => {
    requireContentType(req, ["multipart/form-data"]);
    // the full header: it carries the boundary
    return ingestRunParts(auth, await parseMultipart(await readBody(req, MAX_BODY_BYTES), req.headers.get("content-type")!));
  },
});

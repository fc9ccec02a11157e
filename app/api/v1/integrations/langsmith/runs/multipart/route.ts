// LangSmith multipart run ingest: `post.<id>`, `patch.<id>` and their `.inputs/.outputs/.extra…` parts.
import { UnsupportedMediaTypeError } from "@/lib/errors";
import { readBody } from "@/lib/http/body";
import { route } from "@/lib/http/route";
import { MAX_BODY_BYTES } from "@/lib/ingest/schemas";
import { parseMultipart } from "@/lib/integrations/langsmith";
import { ingestRunParts } from "@/lib/integrations/langsmith-route";

export const POST = route({
  auth: "key",
  handler: async ({ req, auth }) => {
    const type = req.headers.get("content-type") ?? "";
    if (!type.toLowerCase().startsWith("multipart/form-data")) throw new UnsupportedMediaTypeError("content-type must be multipart/form-data");
    return ingestRunParts(auth, await parseMultipart(await readBody(req, MAX_BODY_BYTES), type));
  },
});
